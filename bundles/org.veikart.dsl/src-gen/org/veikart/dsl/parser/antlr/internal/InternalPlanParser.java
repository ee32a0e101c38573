package org.veikart.dsl.parser.antlr.internal;

import org.eclipse.xtext.*;
import org.eclipse.xtext.parser.*;
import org.eclipse.xtext.parser.impl.*;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.xtext.parser.antlr.AbstractInternalAntlrParser;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.eclipse.xtext.parser.antlr.XtextTokenStream.HiddenTokens;
import org.eclipse.xtext.parser.antlr.AntlrDatatypeRuleToken;
import org.veikart.dsl.services.PlanGrammarAccess;



import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalPlanParser extends AbstractInternalAntlrParser {
    public static final String[] tokenNames = new String[] {
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_ID", "RULE_STRING", "RULE_INT", "RULE_ML_COMMENT", "RULE_SL_COMMENT", "RULE_WS", "RULE_ANY_OTHER", "'actors'", "'{'", "'}'", "'plan'", "'code'", "'kind'", "'language'", "'owner'", "'revision'", "'adopted'", "'adopted-by'", "'published'", "'vocabulary'", "'sources'", "'text'", "'duplicate'", "'variant-of'", "','", "'contributes-to'", "'measured-by'", "'source'", "'line'", "'to'", "'page'", "'note'", "'template'", "'version'", "'element'", "'sdg'", "'unspecified'", "'quoted-from'", "'focus-area'", "'strategy'", "'sub-strategy'", "'measure'", "'responsible'", "'partners'", "'recurrence'", "'status'", "'priority'", "'scheduled'", "'in'", "'from'", "'until'", "'cost'", "'indicator'", "'unit'", "'direction'", "'data-source'", "'by'", "'frequency'", "'baseline'", "'target'", "'actual'", "'period'", "'value'", "'compared-to'", "'stated-in'", "'threshold'", "'/'", "'url'", "'id'", "'part'", "'elements'", "'actor'", "'alias'", "'part-of'", "'entry'", "'author'", "'year'", "'section'", "'paragraph'", "'quote'", "'figure'", "'image'", "'fact-box'", "'item'", "'bullets'", "'source-list'", "'entries'", "'.'", "'-'", "'action-plan'", "'master-plan'", "'master-plan-part'", "'sector-plan'", "'programme'", "'other'", "'strategy-part'", "'status-part'", "'action-part'", "'vision'", "'ambition'", "'main-goal'", "'effect-goal'", "'sub-goal'", "'concretises'", "'builds-on'", "'subordinate-to'", "'references'", "'replaces'", "'none'", "'once'", "'annual'", "'continuous'", "'planned'", "'ongoing'", "'completed'", "'postponed'", "'cancelled'", "'high'", "'medium'", "'low'", "'higher-is-better'", "'lower-is-better'", "'target-range'", "'on-track'", "'at-risk'", "'off-track'", "'anchored-in'", "'supports'", "'conflicts-with'", "'municipality'", "'county'", "'state-agency'", "'university'", "'college'", "'hospital'", "'business-council'", "'business'", "'cluster'", "'organisation'", "'political-body'", "'comment'", "'missing-in-source'", "'extraction-damage'", "'editorial'", "'assumption'"
    };
    public static final int T__144=144;
    public static final int T__143=143;
    public static final int T__146=146;
    public static final int T__50=50;
    public static final int T__145=145;
    public static final int T__140=140;
    public static final int T__142=142;
    public static final int T__141=141;
    public static final int T__59=59;
    public static final int T__55=55;
    public static final int T__56=56;
    public static final int T__57=57;
    public static final int T__58=58;
    public static final int T__51=51;
    public static final int T__137=137;
    public static final int T__52=52;
    public static final int T__136=136;
    public static final int T__53=53;
    public static final int T__139=139;
    public static final int T__54=54;
    public static final int T__138=138;
    public static final int T__133=133;
    public static final int T__132=132;
    public static final int T__60=60;
    public static final int T__135=135;
    public static final int T__61=61;
    public static final int T__134=134;
    public static final int RULE_ID=4;
    public static final int T__131=131;
    public static final int T__130=130;
    public static final int RULE_INT=6;
    public static final int T__66=66;
    public static final int RULE_ML_COMMENT=7;
    public static final int T__67=67;
    public static final int T__129=129;
    public static final int T__68=68;
    public static final int T__69=69;
    public static final int T__62=62;
    public static final int T__126=126;
    public static final int T__63=63;
    public static final int T__125=125;
    public static final int T__64=64;
    public static final int T__128=128;
    public static final int T__65=65;
    public static final int T__127=127;
    public static final int T__37=37;
    public static final int T__38=38;
    public static final int T__39=39;
    public static final int T__33=33;
    public static final int T__34=34;
    public static final int T__35=35;
    public static final int T__36=36;
    public static final int T__30=30;
    public static final int T__31=31;
    public static final int T__32=32;
    public static final int T__48=48;
    public static final int T__49=49;
    public static final int T__44=44;
    public static final int T__45=45;
    public static final int T__46=46;
    public static final int T__47=47;
    public static final int T__40=40;
    public static final int T__148=148;
    public static final int T__41=41;
    public static final int T__147=147;
    public static final int T__42=42;
    public static final int T__43=43;
    public static final int T__91=91;
    public static final int T__100=100;
    public static final int T__92=92;
    public static final int T__93=93;
    public static final int T__102=102;
    public static final int T__94=94;
    public static final int T__101=101;
    public static final int T__90=90;
    public static final int T__19=19;
    public static final int T__15=15;
    public static final int T__16=16;
    public static final int T__17=17;
    public static final int T__18=18;
    public static final int T__11=11;
    public static final int T__99=99;
    public static final int T__12=12;
    public static final int T__13=13;
    public static final int T__14=14;
    public static final int T__95=95;
    public static final int T__96=96;
    public static final int T__97=97;
    public static final int T__98=98;
    public static final int T__26=26;
    public static final int T__27=27;
    public static final int T__28=28;
    public static final int T__29=29;
    public static final int T__22=22;
    public static final int T__23=23;
    public static final int T__24=24;
    public static final int T__25=25;
    public static final int T__20=20;
    public static final int T__21=21;
    public static final int T__122=122;
    public static final int T__70=70;
    public static final int T__121=121;
    public static final int T__71=71;
    public static final int T__124=124;
    public static final int T__72=72;
    public static final int T__123=123;
    public static final int T__120=120;
    public static final int RULE_STRING=5;
    public static final int RULE_SL_COMMENT=8;
    public static final int T__77=77;
    public static final int T__119=119;
    public static final int T__78=78;
    public static final int T__118=118;
    public static final int T__79=79;
    public static final int T__73=73;
    public static final int T__115=115;
    public static final int EOF=-1;
    public static final int T__74=74;
    public static final int T__114=114;
    public static final int T__75=75;
    public static final int T__117=117;
    public static final int T__76=76;
    public static final int T__116=116;
    public static final int T__80=80;
    public static final int T__111=111;
    public static final int T__81=81;
    public static final int T__110=110;
    public static final int T__82=82;
    public static final int T__113=113;
    public static final int T__83=83;
    public static final int T__112=112;
    public static final int RULE_WS=9;
    public static final int RULE_ANY_OTHER=10;
    public static final int T__88=88;
    public static final int T__108=108;
    public static final int T__89=89;
    public static final int T__107=107;
    public static final int T__109=109;
    public static final int T__84=84;
    public static final int T__104=104;
    public static final int T__85=85;
    public static final int T__103=103;
    public static final int T__86=86;
    public static final int T__106=106;
    public static final int T__87=87;
    public static final int T__105=105;

    // delegates
    // delegators


        public InternalPlanParser(TokenStream input) {
            this(input, new RecognizerSharedState());
        }
        public InternalPlanParser(TokenStream input, RecognizerSharedState state) {
            super(input, state);
             
        }
        

    public String[] getTokenNames() { return InternalPlanParser.tokenNames; }
    public String getGrammarFileName() { return "InternalPlan.g"; }



     	private PlanGrammarAccess grammarAccess;

        public InternalPlanParser(TokenStream input, PlanGrammarAccess grammarAccess) {
            this(input);
            this.grammarAccess = grammarAccess;
            registerRules(grammarAccess.getGrammar());
        }

        @Override
        protected String getFirstRuleName() {
        	return "PlanFile";
       	}

       	@Override
       	protected PlanGrammarAccess getGrammarAccess() {
       		return grammarAccess;
       	}




    // $ANTLR start "entryRulePlanFile"
    // InternalPlan.g:65:1: entryRulePlanFile returns [EObject current=null] : iv_rulePlanFile= rulePlanFile EOF ;
    public final EObject entryRulePlanFile() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePlanFile = null;


        try {
            // InternalPlan.g:65:49: (iv_rulePlanFile= rulePlanFile EOF )
            // InternalPlan.g:66:2: iv_rulePlanFile= rulePlanFile EOF
            {
             newCompositeNode(grammarAccess.getPlanFileRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePlanFile=rulePlanFile();

            state._fsp--;

             current =iv_rulePlanFile; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRulePlanFile"


    // $ANTLR start "rulePlanFile"
    // InternalPlan.g:72:1: rulePlanFile returns [EObject current=null] : (this_Plan_0= rulePlan | this_ActorRegistry_1= ruleActorRegistry ) ;
    public final EObject rulePlanFile() throws RecognitionException {
        EObject current = null;

        EObject this_Plan_0 = null;

        EObject this_ActorRegistry_1 = null;



        	enterRule();

        try {
            // InternalPlan.g:78:2: ( (this_Plan_0= rulePlan | this_ActorRegistry_1= ruleActorRegistry ) )
            // InternalPlan.g:79:2: (this_Plan_0= rulePlan | this_ActorRegistry_1= ruleActorRegistry )
            {
            // InternalPlan.g:79:2: (this_Plan_0= rulePlan | this_ActorRegistry_1= ruleActorRegistry )
            int alt1=2;
            int LA1_0 = input.LA(1);

            if ( (LA1_0==14) ) {
                alt1=1;
            }
            else if ( (LA1_0==11) ) {
                alt1=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 1, 0, input);

                throw nvae;
            }
            switch (alt1) {
                case 1 :
                    // InternalPlan.g:80:3: this_Plan_0= rulePlan
                    {

                    			newCompositeNode(grammarAccess.getPlanFileAccess().getPlanParserRuleCall_0());
                    		
                    pushFollow(FOLLOW_2);
                    this_Plan_0=rulePlan();

                    state._fsp--;


                    			current = this_Plan_0;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 2 :
                    // InternalPlan.g:89:3: this_ActorRegistry_1= ruleActorRegistry
                    {

                    			newCompositeNode(grammarAccess.getPlanFileAccess().getActorRegistryParserRuleCall_1());
                    		
                    pushFollow(FOLLOW_2);
                    this_ActorRegistry_1=ruleActorRegistry();

                    state._fsp--;


                    			current = this_ActorRegistry_1;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePlanFile"


    // $ANTLR start "entryRuleActorRegistry"
    // InternalPlan.g:101:1: entryRuleActorRegistry returns [EObject current=null] : iv_ruleActorRegistry= ruleActorRegistry EOF ;
    public final EObject entryRuleActorRegistry() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleActorRegistry = null;


        try {
            // InternalPlan.g:101:54: (iv_ruleActorRegistry= ruleActorRegistry EOF )
            // InternalPlan.g:102:2: iv_ruleActorRegistry= ruleActorRegistry EOF
            {
             newCompositeNode(grammarAccess.getActorRegistryRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleActorRegistry=ruleActorRegistry();

            state._fsp--;

             current =iv_ruleActorRegistry; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleActorRegistry"


    // $ANTLR start "ruleActorRegistry"
    // InternalPlan.g:108:1: ruleActorRegistry returns [EObject current=null] : (otherlv_0= 'actors' ( (lv_id_1_0= RULE_ID ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (this_TraceableItem_4= ruleTraceableItem[$current] | ( (lv_actors_5_0= ruleActor ) ) )* otherlv_6= '}' ) ;
    public final EObject ruleActorRegistry() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_id_1_0=null;
        Token lv_title_2_0=null;
        Token otherlv_3=null;
        Token otherlv_6=null;
        EObject this_TraceableItem_4 = null;

        EObject lv_actors_5_0 = null;



        	enterRule();

        try {
            // InternalPlan.g:114:2: ( (otherlv_0= 'actors' ( (lv_id_1_0= RULE_ID ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (this_TraceableItem_4= ruleTraceableItem[$current] | ( (lv_actors_5_0= ruleActor ) ) )* otherlv_6= '}' ) )
            // InternalPlan.g:115:2: (otherlv_0= 'actors' ( (lv_id_1_0= RULE_ID ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (this_TraceableItem_4= ruleTraceableItem[$current] | ( (lv_actors_5_0= ruleActor ) ) )* otherlv_6= '}' )
            {
            // InternalPlan.g:115:2: (otherlv_0= 'actors' ( (lv_id_1_0= RULE_ID ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (this_TraceableItem_4= ruleTraceableItem[$current] | ( (lv_actors_5_0= ruleActor ) ) )* otherlv_6= '}' )
            // InternalPlan.g:116:3: otherlv_0= 'actors' ( (lv_id_1_0= RULE_ID ) ) ( (lv_title_2_0= RULE_STRING ) )? otherlv_3= '{' (this_TraceableItem_4= ruleTraceableItem[$current] | ( (lv_actors_5_0= ruleActor ) ) )* otherlv_6= '}'
            {
            otherlv_0=(Token)match(input,11,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getActorRegistryAccess().getActorsKeyword_0());
            		
            // InternalPlan.g:120:3: ( (lv_id_1_0= RULE_ID ) )
            // InternalPlan.g:121:4: (lv_id_1_0= RULE_ID )
            {
            // InternalPlan.g:121:4: (lv_id_1_0= RULE_ID )
            // InternalPlan.g:122:5: lv_id_1_0= RULE_ID
            {
            lv_id_1_0=(Token)match(input,RULE_ID,FOLLOW_4); 

            					newLeafNode(lv_id_1_0, grammarAccess.getActorRegistryAccess().getIdIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getActorRegistryRule());
            					}
            					setWithLastConsumed(
            						current,
            						"id",
            						lv_id_1_0,
            						"org.veikart.dsl.Plan.ID");
            				

            }


            }

            // InternalPlan.g:138:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt2=2;
            int LA2_0 = input.LA(1);

            if ( (LA2_0==RULE_STRING) ) {
                alt2=1;
            }
            switch (alt2) {
                case 1 :
                    // InternalPlan.g:139:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalPlan.g:139:4: (lv_title_2_0= RULE_STRING )
                    // InternalPlan.g:140:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_5); 

                    					newLeafNode(lv_title_2_0, grammarAccess.getActorRegistryAccess().getTitleSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getActorRegistryRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"title",
                    						lv_title_2_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_3=(Token)match(input,12,FOLLOW_6); 

            			newLeafNode(otherlv_3, grammarAccess.getActorRegistryAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalPlan.g:160:3: (this_TraceableItem_4= ruleTraceableItem[$current] | ( (lv_actors_5_0= ruleActor ) ) )*
            loop3:
            do {
                int alt3=3;
                int LA3_0 = input.LA(1);

                if ( (LA3_0==31||LA3_0==35) ) {
                    alt3=1;
                }
                else if ( (LA3_0==75) ) {
                    alt3=2;
                }


                switch (alt3) {
            	case 1 :
            	    // InternalPlan.g:161:4: this_TraceableItem_4= ruleTraceableItem[$current]
            	    {

            	    				if (current==null) {
            	    					current = createModelElement(grammarAccess.getActorRegistryRule());
            	    				}
            	    				newCompositeNode(grammarAccess.getActorRegistryAccess().getTraceableItemParserRuleCall_4_0());
            	    			
            	    pushFollow(FOLLOW_6);
            	    this_TraceableItem_4=ruleTraceableItem(current);

            	    state._fsp--;


            	    				current = this_TraceableItem_4;
            	    				afterParserOrEnumRuleCall();
            	    			

            	    }
            	    break;
            	case 2 :
            	    // InternalPlan.g:173:4: ( (lv_actors_5_0= ruleActor ) )
            	    {
            	    // InternalPlan.g:173:4: ( (lv_actors_5_0= ruleActor ) )
            	    // InternalPlan.g:174:5: (lv_actors_5_0= ruleActor )
            	    {
            	    // InternalPlan.g:174:5: (lv_actors_5_0= ruleActor )
            	    // InternalPlan.g:175:6: lv_actors_5_0= ruleActor
            	    {

            	    						newCompositeNode(grammarAccess.getActorRegistryAccess().getActorsActorParserRuleCall_4_1_0());
            	    					
            	    pushFollow(FOLLOW_6);
            	    lv_actors_5_0=ruleActor();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getActorRegistryRule());
            	    						}
            	    						add(
            	    							current,
            	    							"actors",
            	    							lv_actors_5_0,
            	    							"org.veikart.dsl.Plan.Actor");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop3;
                }
            } while (true);

            otherlv_6=(Token)match(input,13,FOLLOW_2); 

            			newLeafNode(otherlv_6, grammarAccess.getActorRegistryAccess().getRightCurlyBracketKeyword_5());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleActorRegistry"


    // $ANTLR start "entryRulePlan"
    // InternalPlan.g:201:1: entryRulePlan returns [EObject current=null] : iv_rulePlan= rulePlan EOF ;
    public final EObject entryRulePlan() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePlan = null;


        try {
            // InternalPlan.g:201:45: (iv_rulePlan= rulePlan EOF )
            // InternalPlan.g:202:2: iv_rulePlan= rulePlan EOF
            {
             newCompositeNode(grammarAccess.getPlanRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePlan=rulePlan();

            state._fsp--;

             current =iv_rulePlan; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRulePlan"


    // $ANTLR start "rulePlan"
    // InternalPlan.g:208:1: rulePlan returns [EObject current=null] : (otherlv_0= 'plan' ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | (otherlv_7= 'kind' ( (lv_kind_8_0= rulePlanKind ) ) ) | (otherlv_9= 'language' ( (lv_language_10_0= RULE_STRING ) ) ) | (otherlv_11= 'owner' ( ( ruleQualifiedId ) ) ) | ( (lv_period_13_0= rulePeriod ) ) | (otherlv_14= 'revision' ( (lv_revisionRule_15_0= RULE_STRING ) ) ) | (otherlv_16= 'adopted' ( (lv_adopted_17_0= rulePartialDate ) ) ) | (otherlv_18= 'adopted-by' ( (lv_adoptedBy_19_0= RULE_STRING ) ) ) | (otherlv_20= 'published' ( (lv_published_21_0= rulePartialDate ) ) ) | (otherlv_22= 'vocabulary' otherlv_23= '{' ( (lv_vocabulary_24_0= ruleTerm ) )+ otherlv_25= '}' ) | ( (lv_relations_26_0= ruleDocumentRelation ) ) | ( (lv_parts_27_0= rulePlanPart ) ) | ( (lv_actors_28_0= ruleActor ) ) | ( (lv_goals_29_0= ruleGoal ) ) | ( (lv_focusAreas_30_0= ruleFocusArea ) ) | ( (lv_strategies_31_0= ruleStrategy ) ) | ( (lv_measures_32_0= ruleMeasure ) ) | ( (lv_indicators_33_0= ruleIndicator ) ) | ( (lv_sections_34_0= ruleSection ) ) | (otherlv_35= 'sources' otherlv_36= '{' ( (lv_sources_37_0= ruleSource ) )+ otherlv_38= '}' ) )* otherlv_39= '}' ) ;
    public final EObject rulePlan() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_id_1_0=null;
        Token otherlv_2=null;
        Token lv_code_3_0=null;
        Token lv_title_4_0=null;
        Token otherlv_5=null;
        Token otherlv_7=null;
        Token otherlv_9=null;
        Token lv_language_10_0=null;
        Token otherlv_11=null;
        Token otherlv_14=null;
        Token lv_revisionRule_15_0=null;
        Token otherlv_16=null;
        Token otherlv_18=null;
        Token lv_adoptedBy_19_0=null;
        Token otherlv_20=null;
        Token otherlv_22=null;
        Token otherlv_23=null;
        Token otherlv_25=null;
        Token otherlv_35=null;
        Token otherlv_36=null;
        Token otherlv_38=null;
        Token otherlv_39=null;
        EObject this_ElementItem_6 = null;

        Enumerator lv_kind_8_0 = null;

        EObject lv_period_13_0 = null;

        AntlrDatatypeRuleToken lv_adopted_17_0 = null;

        AntlrDatatypeRuleToken lv_published_21_0 = null;

        EObject lv_vocabulary_24_0 = null;

        EObject lv_relations_26_0 = null;

        EObject lv_parts_27_0 = null;

        EObject lv_actors_28_0 = null;

        EObject lv_goals_29_0 = null;

        EObject lv_focusAreas_30_0 = null;

        EObject lv_strategies_31_0 = null;

        EObject lv_measures_32_0 = null;

        EObject lv_indicators_33_0 = null;

        EObject lv_sections_34_0 = null;

        EObject lv_sources_37_0 = null;



        	enterRule();

        try {
            // InternalPlan.g:214:2: ( (otherlv_0= 'plan' ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | (otherlv_7= 'kind' ( (lv_kind_8_0= rulePlanKind ) ) ) | (otherlv_9= 'language' ( (lv_language_10_0= RULE_STRING ) ) ) | (otherlv_11= 'owner' ( ( ruleQualifiedId ) ) ) | ( (lv_period_13_0= rulePeriod ) ) | (otherlv_14= 'revision' ( (lv_revisionRule_15_0= RULE_STRING ) ) ) | (otherlv_16= 'adopted' ( (lv_adopted_17_0= rulePartialDate ) ) ) | (otherlv_18= 'adopted-by' ( (lv_adoptedBy_19_0= RULE_STRING ) ) ) | (otherlv_20= 'published' ( (lv_published_21_0= rulePartialDate ) ) ) | (otherlv_22= 'vocabulary' otherlv_23= '{' ( (lv_vocabulary_24_0= ruleTerm ) )+ otherlv_25= '}' ) | ( (lv_relations_26_0= ruleDocumentRelation ) ) | ( (lv_parts_27_0= rulePlanPart ) ) | ( (lv_actors_28_0= ruleActor ) ) | ( (lv_goals_29_0= ruleGoal ) ) | ( (lv_focusAreas_30_0= ruleFocusArea ) ) | ( (lv_strategies_31_0= ruleStrategy ) ) | ( (lv_measures_32_0= ruleMeasure ) ) | ( (lv_indicators_33_0= ruleIndicator ) ) | ( (lv_sections_34_0= ruleSection ) ) | (otherlv_35= 'sources' otherlv_36= '{' ( (lv_sources_37_0= ruleSource ) )+ otherlv_38= '}' ) )* otherlv_39= '}' ) )
            // InternalPlan.g:215:2: (otherlv_0= 'plan' ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | (otherlv_7= 'kind' ( (lv_kind_8_0= rulePlanKind ) ) ) | (otherlv_9= 'language' ( (lv_language_10_0= RULE_STRING ) ) ) | (otherlv_11= 'owner' ( ( ruleQualifiedId ) ) ) | ( (lv_period_13_0= rulePeriod ) ) | (otherlv_14= 'revision' ( (lv_revisionRule_15_0= RULE_STRING ) ) ) | (otherlv_16= 'adopted' ( (lv_adopted_17_0= rulePartialDate ) ) ) | (otherlv_18= 'adopted-by' ( (lv_adoptedBy_19_0= RULE_STRING ) ) ) | (otherlv_20= 'published' ( (lv_published_21_0= rulePartialDate ) ) ) | (otherlv_22= 'vocabulary' otherlv_23= '{' ( (lv_vocabulary_24_0= ruleTerm ) )+ otherlv_25= '}' ) | ( (lv_relations_26_0= ruleDocumentRelation ) ) | ( (lv_parts_27_0= rulePlanPart ) ) | ( (lv_actors_28_0= ruleActor ) ) | ( (lv_goals_29_0= ruleGoal ) ) | ( (lv_focusAreas_30_0= ruleFocusArea ) ) | ( (lv_strategies_31_0= ruleStrategy ) ) | ( (lv_measures_32_0= ruleMeasure ) ) | ( (lv_indicators_33_0= ruleIndicator ) ) | ( (lv_sections_34_0= ruleSection ) ) | (otherlv_35= 'sources' otherlv_36= '{' ( (lv_sources_37_0= ruleSource ) )+ otherlv_38= '}' ) )* otherlv_39= '}' )
            {
            // InternalPlan.g:215:2: (otherlv_0= 'plan' ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | (otherlv_7= 'kind' ( (lv_kind_8_0= rulePlanKind ) ) ) | (otherlv_9= 'language' ( (lv_language_10_0= RULE_STRING ) ) ) | (otherlv_11= 'owner' ( ( ruleQualifiedId ) ) ) | ( (lv_period_13_0= rulePeriod ) ) | (otherlv_14= 'revision' ( (lv_revisionRule_15_0= RULE_STRING ) ) ) | (otherlv_16= 'adopted' ( (lv_adopted_17_0= rulePartialDate ) ) ) | (otherlv_18= 'adopted-by' ( (lv_adoptedBy_19_0= RULE_STRING ) ) ) | (otherlv_20= 'published' ( (lv_published_21_0= rulePartialDate ) ) ) | (otherlv_22= 'vocabulary' otherlv_23= '{' ( (lv_vocabulary_24_0= ruleTerm ) )+ otherlv_25= '}' ) | ( (lv_relations_26_0= ruleDocumentRelation ) ) | ( (lv_parts_27_0= rulePlanPart ) ) | ( (lv_actors_28_0= ruleActor ) ) | ( (lv_goals_29_0= ruleGoal ) ) | ( (lv_focusAreas_30_0= ruleFocusArea ) ) | ( (lv_strategies_31_0= ruleStrategy ) ) | ( (lv_measures_32_0= ruleMeasure ) ) | ( (lv_indicators_33_0= ruleIndicator ) ) | ( (lv_sections_34_0= ruleSection ) ) | (otherlv_35= 'sources' otherlv_36= '{' ( (lv_sources_37_0= ruleSource ) )+ otherlv_38= '}' ) )* otherlv_39= '}' )
            // InternalPlan.g:216:3: otherlv_0= 'plan' ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | (otherlv_7= 'kind' ( (lv_kind_8_0= rulePlanKind ) ) ) | (otherlv_9= 'language' ( (lv_language_10_0= RULE_STRING ) ) ) | (otherlv_11= 'owner' ( ( ruleQualifiedId ) ) ) | ( (lv_period_13_0= rulePeriod ) ) | (otherlv_14= 'revision' ( (lv_revisionRule_15_0= RULE_STRING ) ) ) | (otherlv_16= 'adopted' ( (lv_adopted_17_0= rulePartialDate ) ) ) | (otherlv_18= 'adopted-by' ( (lv_adoptedBy_19_0= RULE_STRING ) ) ) | (otherlv_20= 'published' ( (lv_published_21_0= rulePartialDate ) ) ) | (otherlv_22= 'vocabulary' otherlv_23= '{' ( (lv_vocabulary_24_0= ruleTerm ) )+ otherlv_25= '}' ) | ( (lv_relations_26_0= ruleDocumentRelation ) ) | ( (lv_parts_27_0= rulePlanPart ) ) | ( (lv_actors_28_0= ruleActor ) ) | ( (lv_goals_29_0= ruleGoal ) ) | ( (lv_focusAreas_30_0= ruleFocusArea ) ) | ( (lv_strategies_31_0= ruleStrategy ) ) | ( (lv_measures_32_0= ruleMeasure ) ) | ( (lv_indicators_33_0= ruleIndicator ) ) | ( (lv_sections_34_0= ruleSection ) ) | (otherlv_35= 'sources' otherlv_36= '{' ( (lv_sources_37_0= ruleSource ) )+ otherlv_38= '}' ) )* otherlv_39= '}'
            {
            otherlv_0=(Token)match(input,14,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getPlanAccess().getPlanKeyword_0());
            		
            // InternalPlan.g:220:3: ( (lv_id_1_0= RULE_ID ) )
            // InternalPlan.g:221:4: (lv_id_1_0= RULE_ID )
            {
            // InternalPlan.g:221:4: (lv_id_1_0= RULE_ID )
            // InternalPlan.g:222:5: lv_id_1_0= RULE_ID
            {
            lv_id_1_0=(Token)match(input,RULE_ID,FOLLOW_7); 

            					newLeafNode(lv_id_1_0, grammarAccess.getPlanAccess().getIdIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getPlanRule());
            					}
            					setWithLastConsumed(
            						current,
            						"id",
            						lv_id_1_0,
            						"org.veikart.dsl.Plan.ID");
            				

            }


            }

            // InternalPlan.g:238:3: (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )?
            int alt4=2;
            int LA4_0 = input.LA(1);

            if ( (LA4_0==15) ) {
                alt4=1;
            }
            switch (alt4) {
                case 1 :
                    // InternalPlan.g:239:4: otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) )
                    {
                    otherlv_2=(Token)match(input,15,FOLLOW_8); 

                    				newLeafNode(otherlv_2, grammarAccess.getPlanAccess().getCodeKeyword_2_0());
                    			
                    // InternalPlan.g:243:4: ( (lv_code_3_0= RULE_STRING ) )
                    // InternalPlan.g:244:5: (lv_code_3_0= RULE_STRING )
                    {
                    // InternalPlan.g:244:5: (lv_code_3_0= RULE_STRING )
                    // InternalPlan.g:245:6: lv_code_3_0= RULE_STRING
                    {
                    lv_code_3_0=(Token)match(input,RULE_STRING,FOLLOW_4); 

                    						newLeafNode(lv_code_3_0, grammarAccess.getPlanAccess().getCodeSTRINGTerminalRuleCall_2_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPlanRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"code",
                    							lv_code_3_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPlan.g:262:3: ( (lv_title_4_0= RULE_STRING ) )?
            int alt5=2;
            int LA5_0 = input.LA(1);

            if ( (LA5_0==RULE_STRING) ) {
                alt5=1;
            }
            switch (alt5) {
                case 1 :
                    // InternalPlan.g:263:4: (lv_title_4_0= RULE_STRING )
                    {
                    // InternalPlan.g:263:4: (lv_title_4_0= RULE_STRING )
                    // InternalPlan.g:264:5: lv_title_4_0= RULE_STRING
                    {
                    lv_title_4_0=(Token)match(input,RULE_STRING,FOLLOW_5); 

                    					newLeafNode(lv_title_4_0, grammarAccess.getPlanAccess().getTitleSTRINGTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getPlanRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"title",
                    						lv_title_4_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_5=(Token)match(input,12,FOLLOW_9); 

            			newLeafNode(otherlv_5, grammarAccess.getPlanAccess().getLeftCurlyBracketKeyword_4());
            		
            // InternalPlan.g:284:3: (this_ElementItem_6= ruleElementItem[$current] | (otherlv_7= 'kind' ( (lv_kind_8_0= rulePlanKind ) ) ) | (otherlv_9= 'language' ( (lv_language_10_0= RULE_STRING ) ) ) | (otherlv_11= 'owner' ( ( ruleQualifiedId ) ) ) | ( (lv_period_13_0= rulePeriod ) ) | (otherlv_14= 'revision' ( (lv_revisionRule_15_0= RULE_STRING ) ) ) | (otherlv_16= 'adopted' ( (lv_adopted_17_0= rulePartialDate ) ) ) | (otherlv_18= 'adopted-by' ( (lv_adoptedBy_19_0= RULE_STRING ) ) ) | (otherlv_20= 'published' ( (lv_published_21_0= rulePartialDate ) ) ) | (otherlv_22= 'vocabulary' otherlv_23= '{' ( (lv_vocabulary_24_0= ruleTerm ) )+ otherlv_25= '}' ) | ( (lv_relations_26_0= ruleDocumentRelation ) ) | ( (lv_parts_27_0= rulePlanPart ) ) | ( (lv_actors_28_0= ruleActor ) ) | ( (lv_goals_29_0= ruleGoal ) ) | ( (lv_focusAreas_30_0= ruleFocusArea ) ) | ( (lv_strategies_31_0= ruleStrategy ) ) | ( (lv_measures_32_0= ruleMeasure ) ) | ( (lv_indicators_33_0= ruleIndicator ) ) | ( (lv_sections_34_0= ruleSection ) ) | (otherlv_35= 'sources' otherlv_36= '{' ( (lv_sources_37_0= ruleSource ) )+ otherlv_38= '}' ) )*
            loop8:
            do {
                int alt8=21;
                switch ( input.LA(1) ) {
                case 25:
                case 26:
                case 27:
                case 29:
                case 30:
                case 31:
                case 35:
                case 36:
                case 39:
                    {
                    alt8=1;
                    }
                    break;
                case 16:
                    {
                    alt8=2;
                    }
                    break;
                case 17:
                    {
                    alt8=3;
                    }
                    break;
                case 18:
                    {
                    alt8=4;
                    }
                    break;
                case 65:
                    {
                    alt8=5;
                    }
                    break;
                case 19:
                    {
                    alt8=6;
                    }
                    break;
                case 20:
                    {
                    alt8=7;
                    }
                    break;
                case 21:
                    {
                    alt8=8;
                    }
                    break;
                case 22:
                    {
                    alt8=9;
                    }
                    break;
                case 23:
                    {
                    alt8=10;
                    }
                    break;
                case 107:
                case 108:
                case 109:
                case 110:
                case 111:
                    {
                    alt8=11;
                    }
                    break;
                case 73:
                    {
                    alt8=12;
                    }
                    break;
                case 75:
                    {
                    alt8=13;
                    }
                    break;
                case 102:
                case 103:
                case 104:
                case 105:
                case 106:
                    {
                    alt8=14;
                    }
                    break;
                case 42:
                    {
                    alt8=15;
                    }
                    break;
                case 43:
                    {
                    alt8=16;
                    }
                    break;
                case 45:
                    {
                    alt8=17;
                    }
                    break;
                case 56:
                    {
                    alt8=18;
                    }
                    break;
                case 81:
                    {
                    alt8=19;
                    }
                    break;
                case 24:
                    {
                    alt8=20;
                    }
                    break;

                }

                switch (alt8) {
            	case 1 :
            	    // InternalPlan.g:285:4: this_ElementItem_6= ruleElementItem[$current]
            	    {

            	    				if (current==null) {
            	    					current = createModelElement(grammarAccess.getPlanRule());
            	    				}
            	    				newCompositeNode(grammarAccess.getPlanAccess().getElementItemParserRuleCall_5_0());
            	    			
            	    pushFollow(FOLLOW_9);
            	    this_ElementItem_6=ruleElementItem(current);

            	    state._fsp--;


            	    				current = this_ElementItem_6;
            	    				afterParserOrEnumRuleCall();
            	    			

            	    }
            	    break;
            	case 2 :
            	    // InternalPlan.g:297:4: (otherlv_7= 'kind' ( (lv_kind_8_0= rulePlanKind ) ) )
            	    {
            	    // InternalPlan.g:297:4: (otherlv_7= 'kind' ( (lv_kind_8_0= rulePlanKind ) ) )
            	    // InternalPlan.g:298:5: otherlv_7= 'kind' ( (lv_kind_8_0= rulePlanKind ) )
            	    {
            	    otherlv_7=(Token)match(input,16,FOLLOW_10); 

            	    					newLeafNode(otherlv_7, grammarAccess.getPlanAccess().getKindKeyword_5_1_0());
            	    				
            	    // InternalPlan.g:302:5: ( (lv_kind_8_0= rulePlanKind ) )
            	    // InternalPlan.g:303:6: (lv_kind_8_0= rulePlanKind )
            	    {
            	    // InternalPlan.g:303:6: (lv_kind_8_0= rulePlanKind )
            	    // InternalPlan.g:304:7: lv_kind_8_0= rulePlanKind
            	    {

            	    							newCompositeNode(grammarAccess.getPlanAccess().getKindPlanKindEnumRuleCall_5_1_1_0());
            	    						
            	    pushFollow(FOLLOW_9);
            	    lv_kind_8_0=rulePlanKind();

            	    state._fsp--;


            	    							if (current==null) {
            	    								current = createModelElementForParent(grammarAccess.getPlanRule());
            	    							}
            	    							set(
            	    								current,
            	    								"kind",
            	    								lv_kind_8_0,
            	    								"org.veikart.dsl.Plan.PlanKind");
            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalPlan.g:323:4: (otherlv_9= 'language' ( (lv_language_10_0= RULE_STRING ) ) )
            	    {
            	    // InternalPlan.g:323:4: (otherlv_9= 'language' ( (lv_language_10_0= RULE_STRING ) ) )
            	    // InternalPlan.g:324:5: otherlv_9= 'language' ( (lv_language_10_0= RULE_STRING ) )
            	    {
            	    otherlv_9=(Token)match(input,17,FOLLOW_8); 

            	    					newLeafNode(otherlv_9, grammarAccess.getPlanAccess().getLanguageKeyword_5_2_0());
            	    				
            	    // InternalPlan.g:328:5: ( (lv_language_10_0= RULE_STRING ) )
            	    // InternalPlan.g:329:6: (lv_language_10_0= RULE_STRING )
            	    {
            	    // InternalPlan.g:329:6: (lv_language_10_0= RULE_STRING )
            	    // InternalPlan.g:330:7: lv_language_10_0= RULE_STRING
            	    {
            	    lv_language_10_0=(Token)match(input,RULE_STRING,FOLLOW_9); 

            	    							newLeafNode(lv_language_10_0, grammarAccess.getPlanAccess().getLanguageSTRINGTerminalRuleCall_5_2_1_0());
            	    						

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getPlanRule());
            	    							}
            	    							setWithLastConsumed(
            	    								current,
            	    								"language",
            	    								lv_language_10_0,
            	    								"org.eclipse.xtext.common.Terminals.STRING");
            	    						

            	    }


            	    }


            	    }


            	    }
            	    break;
            	case 4 :
            	    // InternalPlan.g:348:4: (otherlv_11= 'owner' ( ( ruleQualifiedId ) ) )
            	    {
            	    // InternalPlan.g:348:4: (otherlv_11= 'owner' ( ( ruleQualifiedId ) ) )
            	    // InternalPlan.g:349:5: otherlv_11= 'owner' ( ( ruleQualifiedId ) )
            	    {
            	    otherlv_11=(Token)match(input,18,FOLLOW_3); 

            	    					newLeafNode(otherlv_11, grammarAccess.getPlanAccess().getOwnerKeyword_5_3_0());
            	    				
            	    // InternalPlan.g:353:5: ( ( ruleQualifiedId ) )
            	    // InternalPlan.g:354:6: ( ruleQualifiedId )
            	    {
            	    // InternalPlan.g:354:6: ( ruleQualifiedId )
            	    // InternalPlan.g:355:7: ruleQualifiedId
            	    {

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getPlanRule());
            	    							}
            	    						

            	    							newCompositeNode(grammarAccess.getPlanAccess().getOwnerActorCrossReference_5_3_1_0());
            	    						
            	    pushFollow(FOLLOW_9);
            	    ruleQualifiedId();

            	    state._fsp--;


            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }


            	    }


            	    }
            	    break;
            	case 5 :
            	    // InternalPlan.g:371:4: ( (lv_period_13_0= rulePeriod ) )
            	    {
            	    // InternalPlan.g:371:4: ( (lv_period_13_0= rulePeriod ) )
            	    // InternalPlan.g:372:5: (lv_period_13_0= rulePeriod )
            	    {
            	    // InternalPlan.g:372:5: (lv_period_13_0= rulePeriod )
            	    // InternalPlan.g:373:6: lv_period_13_0= rulePeriod
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getPeriodPeriodParserRuleCall_5_4_0());
            	    					
            	    pushFollow(FOLLOW_9);
            	    lv_period_13_0=rulePeriod();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						set(
            	    							current,
            	    							"period",
            	    							lv_period_13_0,
            	    							"org.veikart.dsl.Plan.Period");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 6 :
            	    // InternalPlan.g:391:4: (otherlv_14= 'revision' ( (lv_revisionRule_15_0= RULE_STRING ) ) )
            	    {
            	    // InternalPlan.g:391:4: (otherlv_14= 'revision' ( (lv_revisionRule_15_0= RULE_STRING ) ) )
            	    // InternalPlan.g:392:5: otherlv_14= 'revision' ( (lv_revisionRule_15_0= RULE_STRING ) )
            	    {
            	    otherlv_14=(Token)match(input,19,FOLLOW_8); 

            	    					newLeafNode(otherlv_14, grammarAccess.getPlanAccess().getRevisionKeyword_5_5_0());
            	    				
            	    // InternalPlan.g:396:5: ( (lv_revisionRule_15_0= RULE_STRING ) )
            	    // InternalPlan.g:397:6: (lv_revisionRule_15_0= RULE_STRING )
            	    {
            	    // InternalPlan.g:397:6: (lv_revisionRule_15_0= RULE_STRING )
            	    // InternalPlan.g:398:7: lv_revisionRule_15_0= RULE_STRING
            	    {
            	    lv_revisionRule_15_0=(Token)match(input,RULE_STRING,FOLLOW_9); 

            	    							newLeafNode(lv_revisionRule_15_0, grammarAccess.getPlanAccess().getRevisionRuleSTRINGTerminalRuleCall_5_5_1_0());
            	    						

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getPlanRule());
            	    							}
            	    							setWithLastConsumed(
            	    								current,
            	    								"revisionRule",
            	    								lv_revisionRule_15_0,
            	    								"org.eclipse.xtext.common.Terminals.STRING");
            	    						

            	    }


            	    }


            	    }


            	    }
            	    break;
            	case 7 :
            	    // InternalPlan.g:416:4: (otherlv_16= 'adopted' ( (lv_adopted_17_0= rulePartialDate ) ) )
            	    {
            	    // InternalPlan.g:416:4: (otherlv_16= 'adopted' ( (lv_adopted_17_0= rulePartialDate ) ) )
            	    // InternalPlan.g:417:5: otherlv_16= 'adopted' ( (lv_adopted_17_0= rulePartialDate ) )
            	    {
            	    otherlv_16=(Token)match(input,20,FOLLOW_11); 

            	    					newLeafNode(otherlv_16, grammarAccess.getPlanAccess().getAdoptedKeyword_5_6_0());
            	    				
            	    // InternalPlan.g:421:5: ( (lv_adopted_17_0= rulePartialDate ) )
            	    // InternalPlan.g:422:6: (lv_adopted_17_0= rulePartialDate )
            	    {
            	    // InternalPlan.g:422:6: (lv_adopted_17_0= rulePartialDate )
            	    // InternalPlan.g:423:7: lv_adopted_17_0= rulePartialDate
            	    {

            	    							newCompositeNode(grammarAccess.getPlanAccess().getAdoptedPartialDateParserRuleCall_5_6_1_0());
            	    						
            	    pushFollow(FOLLOW_9);
            	    lv_adopted_17_0=rulePartialDate();

            	    state._fsp--;


            	    							if (current==null) {
            	    								current = createModelElementForParent(grammarAccess.getPlanRule());
            	    							}
            	    							set(
            	    								current,
            	    								"adopted",
            	    								lv_adopted_17_0,
            	    								"org.veikart.dsl.Plan.PartialDate");
            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }


            	    }


            	    }
            	    break;
            	case 8 :
            	    // InternalPlan.g:442:4: (otherlv_18= 'adopted-by' ( (lv_adoptedBy_19_0= RULE_STRING ) ) )
            	    {
            	    // InternalPlan.g:442:4: (otherlv_18= 'adopted-by' ( (lv_adoptedBy_19_0= RULE_STRING ) ) )
            	    // InternalPlan.g:443:5: otherlv_18= 'adopted-by' ( (lv_adoptedBy_19_0= RULE_STRING ) )
            	    {
            	    otherlv_18=(Token)match(input,21,FOLLOW_8); 

            	    					newLeafNode(otherlv_18, grammarAccess.getPlanAccess().getAdoptedByKeyword_5_7_0());
            	    				
            	    // InternalPlan.g:447:5: ( (lv_adoptedBy_19_0= RULE_STRING ) )
            	    // InternalPlan.g:448:6: (lv_adoptedBy_19_0= RULE_STRING )
            	    {
            	    // InternalPlan.g:448:6: (lv_adoptedBy_19_0= RULE_STRING )
            	    // InternalPlan.g:449:7: lv_adoptedBy_19_0= RULE_STRING
            	    {
            	    lv_adoptedBy_19_0=(Token)match(input,RULE_STRING,FOLLOW_9); 

            	    							newLeafNode(lv_adoptedBy_19_0, grammarAccess.getPlanAccess().getAdoptedBySTRINGTerminalRuleCall_5_7_1_0());
            	    						

            	    							if (current==null) {
            	    								current = createModelElement(grammarAccess.getPlanRule());
            	    							}
            	    							setWithLastConsumed(
            	    								current,
            	    								"adoptedBy",
            	    								lv_adoptedBy_19_0,
            	    								"org.eclipse.xtext.common.Terminals.STRING");
            	    						

            	    }


            	    }


            	    }


            	    }
            	    break;
            	case 9 :
            	    // InternalPlan.g:467:4: (otherlv_20= 'published' ( (lv_published_21_0= rulePartialDate ) ) )
            	    {
            	    // InternalPlan.g:467:4: (otherlv_20= 'published' ( (lv_published_21_0= rulePartialDate ) ) )
            	    // InternalPlan.g:468:5: otherlv_20= 'published' ( (lv_published_21_0= rulePartialDate ) )
            	    {
            	    otherlv_20=(Token)match(input,22,FOLLOW_11); 

            	    					newLeafNode(otherlv_20, grammarAccess.getPlanAccess().getPublishedKeyword_5_8_0());
            	    				
            	    // InternalPlan.g:472:5: ( (lv_published_21_0= rulePartialDate ) )
            	    // InternalPlan.g:473:6: (lv_published_21_0= rulePartialDate )
            	    {
            	    // InternalPlan.g:473:6: (lv_published_21_0= rulePartialDate )
            	    // InternalPlan.g:474:7: lv_published_21_0= rulePartialDate
            	    {

            	    							newCompositeNode(grammarAccess.getPlanAccess().getPublishedPartialDateParserRuleCall_5_8_1_0());
            	    						
            	    pushFollow(FOLLOW_9);
            	    lv_published_21_0=rulePartialDate();

            	    state._fsp--;


            	    							if (current==null) {
            	    								current = createModelElementForParent(grammarAccess.getPlanRule());
            	    							}
            	    							set(
            	    								current,
            	    								"published",
            	    								lv_published_21_0,
            	    								"org.veikart.dsl.Plan.PartialDate");
            	    							afterParserOrEnumRuleCall();
            	    						

            	    }


            	    }


            	    }


            	    }
            	    break;
            	case 10 :
            	    // InternalPlan.g:493:4: (otherlv_22= 'vocabulary' otherlv_23= '{' ( (lv_vocabulary_24_0= ruleTerm ) )+ otherlv_25= '}' )
            	    {
            	    // InternalPlan.g:493:4: (otherlv_22= 'vocabulary' otherlv_23= '{' ( (lv_vocabulary_24_0= ruleTerm ) )+ otherlv_25= '}' )
            	    // InternalPlan.g:494:5: otherlv_22= 'vocabulary' otherlv_23= '{' ( (lv_vocabulary_24_0= ruleTerm ) )+ otherlv_25= '}'
            	    {
            	    otherlv_22=(Token)match(input,23,FOLLOW_5); 

            	    					newLeafNode(otherlv_22, grammarAccess.getPlanAccess().getVocabularyKeyword_5_9_0());
            	    				
            	    otherlv_23=(Token)match(input,12,FOLLOW_12); 

            	    					newLeafNode(otherlv_23, grammarAccess.getPlanAccess().getLeftCurlyBracketKeyword_5_9_1());
            	    				
            	    // InternalPlan.g:502:5: ( (lv_vocabulary_24_0= ruleTerm ) )+
            	    int cnt6=0;
            	    loop6:
            	    do {
            	        int alt6=2;
            	        int LA6_0 = input.LA(1);

            	        if ( (LA6_0==14||(LA6_0>=42 && LA6_0<=45)||LA6_0==56||LA6_0==73||(LA6_0>=102 && LA6_0<=106)) ) {
            	            alt6=1;
            	        }


            	        switch (alt6) {
            	    	case 1 :
            	    	    // InternalPlan.g:503:6: (lv_vocabulary_24_0= ruleTerm )
            	    	    {
            	    	    // InternalPlan.g:503:6: (lv_vocabulary_24_0= ruleTerm )
            	    	    // InternalPlan.g:504:7: lv_vocabulary_24_0= ruleTerm
            	    	    {

            	    	    							newCompositeNode(grammarAccess.getPlanAccess().getVocabularyTermParserRuleCall_5_9_2_0());
            	    	    						
            	    	    pushFollow(FOLLOW_13);
            	    	    lv_vocabulary_24_0=ruleTerm();

            	    	    state._fsp--;


            	    	    							if (current==null) {
            	    	    								current = createModelElementForParent(grammarAccess.getPlanRule());
            	    	    							}
            	    	    							add(
            	    	    								current,
            	    	    								"vocabulary",
            	    	    								lv_vocabulary_24_0,
            	    	    								"org.veikart.dsl.Plan.Term");
            	    	    							afterParserOrEnumRuleCall();
            	    	    						

            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    if ( cnt6 >= 1 ) break loop6;
            	                EarlyExitException eee =
            	                    new EarlyExitException(6, input);
            	                throw eee;
            	        }
            	        cnt6++;
            	    } while (true);

            	    otherlv_25=(Token)match(input,13,FOLLOW_9); 

            	    					newLeafNode(otherlv_25, grammarAccess.getPlanAccess().getRightCurlyBracketKeyword_5_9_3());
            	    				

            	    }


            	    }
            	    break;
            	case 11 :
            	    // InternalPlan.g:527:4: ( (lv_relations_26_0= ruleDocumentRelation ) )
            	    {
            	    // InternalPlan.g:527:4: ( (lv_relations_26_0= ruleDocumentRelation ) )
            	    // InternalPlan.g:528:5: (lv_relations_26_0= ruleDocumentRelation )
            	    {
            	    // InternalPlan.g:528:5: (lv_relations_26_0= ruleDocumentRelation )
            	    // InternalPlan.g:529:6: lv_relations_26_0= ruleDocumentRelation
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getRelationsDocumentRelationParserRuleCall_5_10_0());
            	    					
            	    pushFollow(FOLLOW_9);
            	    lv_relations_26_0=ruleDocumentRelation();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"relations",
            	    							lv_relations_26_0,
            	    							"org.veikart.dsl.Plan.DocumentRelation");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 12 :
            	    // InternalPlan.g:547:4: ( (lv_parts_27_0= rulePlanPart ) )
            	    {
            	    // InternalPlan.g:547:4: ( (lv_parts_27_0= rulePlanPart ) )
            	    // InternalPlan.g:548:5: (lv_parts_27_0= rulePlanPart )
            	    {
            	    // InternalPlan.g:548:5: (lv_parts_27_0= rulePlanPart )
            	    // InternalPlan.g:549:6: lv_parts_27_0= rulePlanPart
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getPartsPlanPartParserRuleCall_5_11_0());
            	    					
            	    pushFollow(FOLLOW_9);
            	    lv_parts_27_0=rulePlanPart();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"parts",
            	    							lv_parts_27_0,
            	    							"org.veikart.dsl.Plan.PlanPart");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 13 :
            	    // InternalPlan.g:567:4: ( (lv_actors_28_0= ruleActor ) )
            	    {
            	    // InternalPlan.g:567:4: ( (lv_actors_28_0= ruleActor ) )
            	    // InternalPlan.g:568:5: (lv_actors_28_0= ruleActor )
            	    {
            	    // InternalPlan.g:568:5: (lv_actors_28_0= ruleActor )
            	    // InternalPlan.g:569:6: lv_actors_28_0= ruleActor
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getActorsActorParserRuleCall_5_12_0());
            	    					
            	    pushFollow(FOLLOW_9);
            	    lv_actors_28_0=ruleActor();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"actors",
            	    							lv_actors_28_0,
            	    							"org.veikart.dsl.Plan.Actor");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 14 :
            	    // InternalPlan.g:587:4: ( (lv_goals_29_0= ruleGoal ) )
            	    {
            	    // InternalPlan.g:587:4: ( (lv_goals_29_0= ruleGoal ) )
            	    // InternalPlan.g:588:5: (lv_goals_29_0= ruleGoal )
            	    {
            	    // InternalPlan.g:588:5: (lv_goals_29_0= ruleGoal )
            	    // InternalPlan.g:589:6: lv_goals_29_0= ruleGoal
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getGoalsGoalParserRuleCall_5_13_0());
            	    					
            	    pushFollow(FOLLOW_9);
            	    lv_goals_29_0=ruleGoal();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"goals",
            	    							lv_goals_29_0,
            	    							"org.veikart.dsl.Plan.Goal");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 15 :
            	    // InternalPlan.g:607:4: ( (lv_focusAreas_30_0= ruleFocusArea ) )
            	    {
            	    // InternalPlan.g:607:4: ( (lv_focusAreas_30_0= ruleFocusArea ) )
            	    // InternalPlan.g:608:5: (lv_focusAreas_30_0= ruleFocusArea )
            	    {
            	    // InternalPlan.g:608:5: (lv_focusAreas_30_0= ruleFocusArea )
            	    // InternalPlan.g:609:6: lv_focusAreas_30_0= ruleFocusArea
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getFocusAreasFocusAreaParserRuleCall_5_14_0());
            	    					
            	    pushFollow(FOLLOW_9);
            	    lv_focusAreas_30_0=ruleFocusArea();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"focusAreas",
            	    							lv_focusAreas_30_0,
            	    							"org.veikart.dsl.Plan.FocusArea");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 16 :
            	    // InternalPlan.g:627:4: ( (lv_strategies_31_0= ruleStrategy ) )
            	    {
            	    // InternalPlan.g:627:4: ( (lv_strategies_31_0= ruleStrategy ) )
            	    // InternalPlan.g:628:5: (lv_strategies_31_0= ruleStrategy )
            	    {
            	    // InternalPlan.g:628:5: (lv_strategies_31_0= ruleStrategy )
            	    // InternalPlan.g:629:6: lv_strategies_31_0= ruleStrategy
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getStrategiesStrategyParserRuleCall_5_15_0());
            	    					
            	    pushFollow(FOLLOW_9);
            	    lv_strategies_31_0=ruleStrategy();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"strategies",
            	    							lv_strategies_31_0,
            	    							"org.veikart.dsl.Plan.Strategy");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 17 :
            	    // InternalPlan.g:647:4: ( (lv_measures_32_0= ruleMeasure ) )
            	    {
            	    // InternalPlan.g:647:4: ( (lv_measures_32_0= ruleMeasure ) )
            	    // InternalPlan.g:648:5: (lv_measures_32_0= ruleMeasure )
            	    {
            	    // InternalPlan.g:648:5: (lv_measures_32_0= ruleMeasure )
            	    // InternalPlan.g:649:6: lv_measures_32_0= ruleMeasure
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getMeasuresMeasureParserRuleCall_5_16_0());
            	    					
            	    pushFollow(FOLLOW_9);
            	    lv_measures_32_0=ruleMeasure();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"measures",
            	    							lv_measures_32_0,
            	    							"org.veikart.dsl.Plan.Measure");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 18 :
            	    // InternalPlan.g:667:4: ( (lv_indicators_33_0= ruleIndicator ) )
            	    {
            	    // InternalPlan.g:667:4: ( (lv_indicators_33_0= ruleIndicator ) )
            	    // InternalPlan.g:668:5: (lv_indicators_33_0= ruleIndicator )
            	    {
            	    // InternalPlan.g:668:5: (lv_indicators_33_0= ruleIndicator )
            	    // InternalPlan.g:669:6: lv_indicators_33_0= ruleIndicator
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getIndicatorsIndicatorParserRuleCall_5_17_0());
            	    					
            	    pushFollow(FOLLOW_9);
            	    lv_indicators_33_0=ruleIndicator();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"indicators",
            	    							lv_indicators_33_0,
            	    							"org.veikart.dsl.Plan.Indicator");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 19 :
            	    // InternalPlan.g:687:4: ( (lv_sections_34_0= ruleSection ) )
            	    {
            	    // InternalPlan.g:687:4: ( (lv_sections_34_0= ruleSection ) )
            	    // InternalPlan.g:688:5: (lv_sections_34_0= ruleSection )
            	    {
            	    // InternalPlan.g:688:5: (lv_sections_34_0= ruleSection )
            	    // InternalPlan.g:689:6: lv_sections_34_0= ruleSection
            	    {

            	    						newCompositeNode(grammarAccess.getPlanAccess().getSectionsSectionParserRuleCall_5_18_0());
            	    					
            	    pushFollow(FOLLOW_9);
            	    lv_sections_34_0=ruleSection();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getPlanRule());
            	    						}
            	    						add(
            	    							current,
            	    							"sections",
            	    							lv_sections_34_0,
            	    							"org.veikart.dsl.Plan.Section");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 20 :
            	    // InternalPlan.g:707:4: (otherlv_35= 'sources' otherlv_36= '{' ( (lv_sources_37_0= ruleSource ) )+ otherlv_38= '}' )
            	    {
            	    // InternalPlan.g:707:4: (otherlv_35= 'sources' otherlv_36= '{' ( (lv_sources_37_0= ruleSource ) )+ otherlv_38= '}' )
            	    // InternalPlan.g:708:5: otherlv_35= 'sources' otherlv_36= '{' ( (lv_sources_37_0= ruleSource ) )+ otherlv_38= '}'
            	    {
            	    otherlv_35=(Token)match(input,24,FOLLOW_5); 

            	    					newLeafNode(otherlv_35, grammarAccess.getPlanAccess().getSourcesKeyword_5_19_0());
            	    				
            	    otherlv_36=(Token)match(input,12,FOLLOW_14); 

            	    					newLeafNode(otherlv_36, grammarAccess.getPlanAccess().getLeftCurlyBracketKeyword_5_19_1());
            	    				
            	    // InternalPlan.g:716:5: ( (lv_sources_37_0= ruleSource ) )+
            	    int cnt7=0;
            	    loop7:
            	    do {
            	        int alt7=2;
            	        int LA7_0 = input.LA(1);

            	        if ( (LA7_0==78) ) {
            	            alt7=1;
            	        }


            	        switch (alt7) {
            	    	case 1 :
            	    	    // InternalPlan.g:717:6: (lv_sources_37_0= ruleSource )
            	    	    {
            	    	    // InternalPlan.g:717:6: (lv_sources_37_0= ruleSource )
            	    	    // InternalPlan.g:718:7: lv_sources_37_0= ruleSource
            	    	    {

            	    	    							newCompositeNode(grammarAccess.getPlanAccess().getSourcesSourceParserRuleCall_5_19_2_0());
            	    	    						
            	    	    pushFollow(FOLLOW_15);
            	    	    lv_sources_37_0=ruleSource();

            	    	    state._fsp--;


            	    	    							if (current==null) {
            	    	    								current = createModelElementForParent(grammarAccess.getPlanRule());
            	    	    							}
            	    	    							add(
            	    	    								current,
            	    	    								"sources",
            	    	    								lv_sources_37_0,
            	    	    								"org.veikart.dsl.Plan.Source");
            	    	    							afterParserOrEnumRuleCall();
            	    	    						

            	    	    }


            	    	    }
            	    	    break;

            	    	default :
            	    	    if ( cnt7 >= 1 ) break loop7;
            	                EarlyExitException eee =
            	                    new EarlyExitException(7, input);
            	                throw eee;
            	        }
            	        cnt7++;
            	    } while (true);

            	    otherlv_38=(Token)match(input,13,FOLLOW_9); 

            	    					newLeafNode(otherlv_38, grammarAccess.getPlanAccess().getRightCurlyBracketKeyword_5_19_3());
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop8;
                }
            } while (true);

            otherlv_39=(Token)match(input,13,FOLLOW_2); 

            			newLeafNode(otherlv_39, grammarAccess.getPlanAccess().getRightCurlyBracketKeyword_6());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePlan"


    // $ANTLR start "ruleElementItem"
    // InternalPlan.g:750:1: ruleElementItem[EObject in_current] returns [EObject current=in_current] : ( (otherlv_0= 'text' ( (lv_text_1_0= RULE_STRING ) ) ) | ( (lv_duplicate_2_0= 'duplicate' ) ) | (otherlv_3= 'variant-of' ( ( ruleQualifiedId ) ) (otherlv_5= ',' ( ( ruleQualifiedId ) ) )* ) | (otherlv_7= 'contributes-to' ( ( ruleQualifiedId ) ) (otherlv_9= ',' ( ( ruleQualifiedId ) ) )* ) | (otherlv_11= 'measured-by' ( ( ruleQualifiedId ) ) (otherlv_13= ',' ( ( ruleQualifiedId ) ) )* ) | ( (lv_sdgReferences_15_0= ruleSdgReference ) ) | ( (lv_origin_16_0= ruleTemplateOrigin ) ) | this_TraceableItem_17= ruleTraceableItem[$current] ) ;
    public final EObject ruleElementItem(EObject in_current) throws RecognitionException {
        EObject current = in_current;

        Token otherlv_0=null;
        Token lv_text_1_0=null;
        Token lv_duplicate_2_0=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        Token otherlv_7=null;
        Token otherlv_9=null;
        Token otherlv_11=null;
        Token otherlv_13=null;
        EObject lv_sdgReferences_15_0 = null;

        EObject lv_origin_16_0 = null;

        EObject this_TraceableItem_17 = null;



        	enterRule();

        try {
            // InternalPlan.g:756:2: ( ( (otherlv_0= 'text' ( (lv_text_1_0= RULE_STRING ) ) ) | ( (lv_duplicate_2_0= 'duplicate' ) ) | (otherlv_3= 'variant-of' ( ( ruleQualifiedId ) ) (otherlv_5= ',' ( ( ruleQualifiedId ) ) )* ) | (otherlv_7= 'contributes-to' ( ( ruleQualifiedId ) ) (otherlv_9= ',' ( ( ruleQualifiedId ) ) )* ) | (otherlv_11= 'measured-by' ( ( ruleQualifiedId ) ) (otherlv_13= ',' ( ( ruleQualifiedId ) ) )* ) | ( (lv_sdgReferences_15_0= ruleSdgReference ) ) | ( (lv_origin_16_0= ruleTemplateOrigin ) ) | this_TraceableItem_17= ruleTraceableItem[$current] ) )
            // InternalPlan.g:757:2: ( (otherlv_0= 'text' ( (lv_text_1_0= RULE_STRING ) ) ) | ( (lv_duplicate_2_0= 'duplicate' ) ) | (otherlv_3= 'variant-of' ( ( ruleQualifiedId ) ) (otherlv_5= ',' ( ( ruleQualifiedId ) ) )* ) | (otherlv_7= 'contributes-to' ( ( ruleQualifiedId ) ) (otherlv_9= ',' ( ( ruleQualifiedId ) ) )* ) | (otherlv_11= 'measured-by' ( ( ruleQualifiedId ) ) (otherlv_13= ',' ( ( ruleQualifiedId ) ) )* ) | ( (lv_sdgReferences_15_0= ruleSdgReference ) ) | ( (lv_origin_16_0= ruleTemplateOrigin ) ) | this_TraceableItem_17= ruleTraceableItem[$current] )
            {
            // InternalPlan.g:757:2: ( (otherlv_0= 'text' ( (lv_text_1_0= RULE_STRING ) ) ) | ( (lv_duplicate_2_0= 'duplicate' ) ) | (otherlv_3= 'variant-of' ( ( ruleQualifiedId ) ) (otherlv_5= ',' ( ( ruleQualifiedId ) ) )* ) | (otherlv_7= 'contributes-to' ( ( ruleQualifiedId ) ) (otherlv_9= ',' ( ( ruleQualifiedId ) ) )* ) | (otherlv_11= 'measured-by' ( ( ruleQualifiedId ) ) (otherlv_13= ',' ( ( ruleQualifiedId ) ) )* ) | ( (lv_sdgReferences_15_0= ruleSdgReference ) ) | ( (lv_origin_16_0= ruleTemplateOrigin ) ) | this_TraceableItem_17= ruleTraceableItem[$current] )
            int alt12=8;
            switch ( input.LA(1) ) {
            case 25:
                {
                alt12=1;
                }
                break;
            case 26:
                {
                alt12=2;
                }
                break;
            case 27:
                {
                alt12=3;
                }
                break;
            case 29:
                {
                alt12=4;
                }
                break;
            case 30:
                {
                alt12=5;
                }
                break;
            case 39:
                {
                alt12=6;
                }
                break;
            case 36:
                {
                alt12=7;
                }
                break;
            case 31:
            case 35:
                {
                alt12=8;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 12, 0, input);

                throw nvae;
            }

            switch (alt12) {
                case 1 :
                    // InternalPlan.g:758:3: (otherlv_0= 'text' ( (lv_text_1_0= RULE_STRING ) ) )
                    {
                    // InternalPlan.g:758:3: (otherlv_0= 'text' ( (lv_text_1_0= RULE_STRING ) ) )
                    // InternalPlan.g:759:4: otherlv_0= 'text' ( (lv_text_1_0= RULE_STRING ) )
                    {
                    otherlv_0=(Token)match(input,25,FOLLOW_8); 

                    				newLeafNode(otherlv_0, grammarAccess.getElementItemAccess().getTextKeyword_0_0());
                    			
                    // InternalPlan.g:763:4: ( (lv_text_1_0= RULE_STRING ) )
                    // InternalPlan.g:764:5: (lv_text_1_0= RULE_STRING )
                    {
                    // InternalPlan.g:764:5: (lv_text_1_0= RULE_STRING )
                    // InternalPlan.g:765:6: lv_text_1_0= RULE_STRING
                    {
                    lv_text_1_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    						newLeafNode(lv_text_1_0, grammarAccess.getElementItemAccess().getTextSTRINGTerminalRuleCall_0_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getElementItemRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"text",
                    							lv_text_1_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalPlan.g:783:3: ( (lv_duplicate_2_0= 'duplicate' ) )
                    {
                    // InternalPlan.g:783:3: ( (lv_duplicate_2_0= 'duplicate' ) )
                    // InternalPlan.g:784:4: (lv_duplicate_2_0= 'duplicate' )
                    {
                    // InternalPlan.g:784:4: (lv_duplicate_2_0= 'duplicate' )
                    // InternalPlan.g:785:5: lv_duplicate_2_0= 'duplicate'
                    {
                    lv_duplicate_2_0=(Token)match(input,26,FOLLOW_2); 

                    					newLeafNode(lv_duplicate_2_0, grammarAccess.getElementItemAccess().getDuplicateDuplicateKeyword_1_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getElementItemRule());
                    					}
                    					setWithLastConsumed(current, "duplicate", lv_duplicate_2_0 != null, "duplicate");
                    				

                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalPlan.g:798:3: (otherlv_3= 'variant-of' ( ( ruleQualifiedId ) ) (otherlv_5= ',' ( ( ruleQualifiedId ) ) )* )
                    {
                    // InternalPlan.g:798:3: (otherlv_3= 'variant-of' ( ( ruleQualifiedId ) ) (otherlv_5= ',' ( ( ruleQualifiedId ) ) )* )
                    // InternalPlan.g:799:4: otherlv_3= 'variant-of' ( ( ruleQualifiedId ) ) (otherlv_5= ',' ( ( ruleQualifiedId ) ) )*
                    {
                    otherlv_3=(Token)match(input,27,FOLLOW_3); 

                    				newLeafNode(otherlv_3, grammarAccess.getElementItemAccess().getVariantOfKeyword_2_0());
                    			
                    // InternalPlan.g:803:4: ( ( ruleQualifiedId ) )
                    // InternalPlan.g:804:5: ( ruleQualifiedId )
                    {
                    // InternalPlan.g:804:5: ( ruleQualifiedId )
                    // InternalPlan.g:805:6: ruleQualifiedId
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getElementItemRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getElementItemAccess().getVariantOfPlanElementCrossReference_2_1_0());
                    					
                    pushFollow(FOLLOW_16);
                    ruleQualifiedId();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalPlan.g:819:4: (otherlv_5= ',' ( ( ruleQualifiedId ) ) )*
                    loop9:
                    do {
                        int alt9=2;
                        int LA9_0 = input.LA(1);

                        if ( (LA9_0==28) ) {
                            alt9=1;
                        }


                        switch (alt9) {
                    	case 1 :
                    	    // InternalPlan.g:820:5: otherlv_5= ',' ( ( ruleQualifiedId ) )
                    	    {
                    	    otherlv_5=(Token)match(input,28,FOLLOW_3); 

                    	    					newLeafNode(otherlv_5, grammarAccess.getElementItemAccess().getCommaKeyword_2_2_0());
                    	    				
                    	    // InternalPlan.g:824:5: ( ( ruleQualifiedId ) )
                    	    // InternalPlan.g:825:6: ( ruleQualifiedId )
                    	    {
                    	    // InternalPlan.g:825:6: ( ruleQualifiedId )
                    	    // InternalPlan.g:826:7: ruleQualifiedId
                    	    {

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getElementItemRule());
                    	    							}
                    	    						

                    	    							newCompositeNode(grammarAccess.getElementItemAccess().getVariantOfPlanElementCrossReference_2_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_16);
                    	    ruleQualifiedId();

                    	    state._fsp--;


                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop9;
                        }
                    } while (true);


                    }


                    }
                    break;
                case 4 :
                    // InternalPlan.g:843:3: (otherlv_7= 'contributes-to' ( ( ruleQualifiedId ) ) (otherlv_9= ',' ( ( ruleQualifiedId ) ) )* )
                    {
                    // InternalPlan.g:843:3: (otherlv_7= 'contributes-to' ( ( ruleQualifiedId ) ) (otherlv_9= ',' ( ( ruleQualifiedId ) ) )* )
                    // InternalPlan.g:844:4: otherlv_7= 'contributes-to' ( ( ruleQualifiedId ) ) (otherlv_9= ',' ( ( ruleQualifiedId ) ) )*
                    {
                    otherlv_7=(Token)match(input,29,FOLLOW_3); 

                    				newLeafNode(otherlv_7, grammarAccess.getElementItemAccess().getContributesToKeyword_3_0());
                    			
                    // InternalPlan.g:848:4: ( ( ruleQualifiedId ) )
                    // InternalPlan.g:849:5: ( ruleQualifiedId )
                    {
                    // InternalPlan.g:849:5: ( ruleQualifiedId )
                    // InternalPlan.g:850:6: ruleQualifiedId
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getElementItemRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getElementItemAccess().getContributesToPlanElementCrossReference_3_1_0());
                    					
                    pushFollow(FOLLOW_16);
                    ruleQualifiedId();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalPlan.g:864:4: (otherlv_9= ',' ( ( ruleQualifiedId ) ) )*
                    loop10:
                    do {
                        int alt10=2;
                        int LA10_0 = input.LA(1);

                        if ( (LA10_0==28) ) {
                            alt10=1;
                        }


                        switch (alt10) {
                    	case 1 :
                    	    // InternalPlan.g:865:5: otherlv_9= ',' ( ( ruleQualifiedId ) )
                    	    {
                    	    otherlv_9=(Token)match(input,28,FOLLOW_3); 

                    	    					newLeafNode(otherlv_9, grammarAccess.getElementItemAccess().getCommaKeyword_3_2_0());
                    	    				
                    	    // InternalPlan.g:869:5: ( ( ruleQualifiedId ) )
                    	    // InternalPlan.g:870:6: ( ruleQualifiedId )
                    	    {
                    	    // InternalPlan.g:870:6: ( ruleQualifiedId )
                    	    // InternalPlan.g:871:7: ruleQualifiedId
                    	    {

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getElementItemRule());
                    	    							}
                    	    						

                    	    							newCompositeNode(grammarAccess.getElementItemAccess().getContributesToPlanElementCrossReference_3_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_16);
                    	    ruleQualifiedId();

                    	    state._fsp--;


                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop10;
                        }
                    } while (true);


                    }


                    }
                    break;
                case 5 :
                    // InternalPlan.g:888:3: (otherlv_11= 'measured-by' ( ( ruleQualifiedId ) ) (otherlv_13= ',' ( ( ruleQualifiedId ) ) )* )
                    {
                    // InternalPlan.g:888:3: (otherlv_11= 'measured-by' ( ( ruleQualifiedId ) ) (otherlv_13= ',' ( ( ruleQualifiedId ) ) )* )
                    // InternalPlan.g:889:4: otherlv_11= 'measured-by' ( ( ruleQualifiedId ) ) (otherlv_13= ',' ( ( ruleQualifiedId ) ) )*
                    {
                    otherlv_11=(Token)match(input,30,FOLLOW_3); 

                    				newLeafNode(otherlv_11, grammarAccess.getElementItemAccess().getMeasuredByKeyword_4_0());
                    			
                    // InternalPlan.g:893:4: ( ( ruleQualifiedId ) )
                    // InternalPlan.g:894:5: ( ruleQualifiedId )
                    {
                    // InternalPlan.g:894:5: ( ruleQualifiedId )
                    // InternalPlan.g:895:6: ruleQualifiedId
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getElementItemRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getElementItemAccess().getMeasuredByIndicatorCrossReference_4_1_0());
                    					
                    pushFollow(FOLLOW_16);
                    ruleQualifiedId();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalPlan.g:909:4: (otherlv_13= ',' ( ( ruleQualifiedId ) ) )*
                    loop11:
                    do {
                        int alt11=2;
                        int LA11_0 = input.LA(1);

                        if ( (LA11_0==28) ) {
                            alt11=1;
                        }


                        switch (alt11) {
                    	case 1 :
                    	    // InternalPlan.g:910:5: otherlv_13= ',' ( ( ruleQualifiedId ) )
                    	    {
                    	    otherlv_13=(Token)match(input,28,FOLLOW_3); 

                    	    					newLeafNode(otherlv_13, grammarAccess.getElementItemAccess().getCommaKeyword_4_2_0());
                    	    				
                    	    // InternalPlan.g:914:5: ( ( ruleQualifiedId ) )
                    	    // InternalPlan.g:915:6: ( ruleQualifiedId )
                    	    {
                    	    // InternalPlan.g:915:6: ( ruleQualifiedId )
                    	    // InternalPlan.g:916:7: ruleQualifiedId
                    	    {

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getElementItemRule());
                    	    							}
                    	    						

                    	    							newCompositeNode(grammarAccess.getElementItemAccess().getMeasuredByIndicatorCrossReference_4_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_16);
                    	    ruleQualifiedId();

                    	    state._fsp--;


                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop11;
                        }
                    } while (true);


                    }


                    }
                    break;
                case 6 :
                    // InternalPlan.g:933:3: ( (lv_sdgReferences_15_0= ruleSdgReference ) )
                    {
                    // InternalPlan.g:933:3: ( (lv_sdgReferences_15_0= ruleSdgReference ) )
                    // InternalPlan.g:934:4: (lv_sdgReferences_15_0= ruleSdgReference )
                    {
                    // InternalPlan.g:934:4: (lv_sdgReferences_15_0= ruleSdgReference )
                    // InternalPlan.g:935:5: lv_sdgReferences_15_0= ruleSdgReference
                    {

                    					newCompositeNode(grammarAccess.getElementItemAccess().getSdgReferencesSdgReferenceParserRuleCall_5_0());
                    				
                    pushFollow(FOLLOW_2);
                    lv_sdgReferences_15_0=ruleSdgReference();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getElementItemRule());
                    					}
                    					add(
                    						current,
                    						"sdgReferences",
                    						lv_sdgReferences_15_0,
                    						"org.veikart.dsl.Plan.SdgReference");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }


                    }
                    break;
                case 7 :
                    // InternalPlan.g:953:3: ( (lv_origin_16_0= ruleTemplateOrigin ) )
                    {
                    // InternalPlan.g:953:3: ( (lv_origin_16_0= ruleTemplateOrigin ) )
                    // InternalPlan.g:954:4: (lv_origin_16_0= ruleTemplateOrigin )
                    {
                    // InternalPlan.g:954:4: (lv_origin_16_0= ruleTemplateOrigin )
                    // InternalPlan.g:955:5: lv_origin_16_0= ruleTemplateOrigin
                    {

                    					newCompositeNode(grammarAccess.getElementItemAccess().getOriginTemplateOriginParserRuleCall_6_0());
                    				
                    pushFollow(FOLLOW_2);
                    lv_origin_16_0=ruleTemplateOrigin();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getElementItemRule());
                    					}
                    					set(
                    						current,
                    						"origin",
                    						lv_origin_16_0,
                    						"org.veikart.dsl.Plan.TemplateOrigin");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }


                    }
                    break;
                case 8 :
                    // InternalPlan.g:973:3: this_TraceableItem_17= ruleTraceableItem[$current]
                    {

                    			if (current==null) {
                    				current = createModelElement(grammarAccess.getElementItemRule());
                    			}
                    			newCompositeNode(grammarAccess.getElementItemAccess().getTraceableItemParserRuleCall_7());
                    		
                    pushFollow(FOLLOW_2);
                    this_TraceableItem_17=ruleTraceableItem(current);

                    state._fsp--;


                    			current = this_TraceableItem_17;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleElementItem"


    // $ANTLR start "ruleTraceableItem"
    // InternalPlan.g:989:1: ruleTraceableItem[EObject in_current] returns [EObject current=in_current] : ( ( (lv_provenance_0_0= ruleProvenance ) ) | ( (lv_notes_1_0= ruleNote ) ) ) ;
    public final EObject ruleTraceableItem(EObject in_current) throws RecognitionException {
        EObject current = in_current;

        EObject lv_provenance_0_0 = null;

        EObject lv_notes_1_0 = null;



        	enterRule();

        try {
            // InternalPlan.g:995:2: ( ( ( (lv_provenance_0_0= ruleProvenance ) ) | ( (lv_notes_1_0= ruleNote ) ) ) )
            // InternalPlan.g:996:2: ( ( (lv_provenance_0_0= ruleProvenance ) ) | ( (lv_notes_1_0= ruleNote ) ) )
            {
            // InternalPlan.g:996:2: ( ( (lv_provenance_0_0= ruleProvenance ) ) | ( (lv_notes_1_0= ruleNote ) ) )
            int alt13=2;
            int LA13_0 = input.LA(1);

            if ( (LA13_0==31) ) {
                alt13=1;
            }
            else if ( (LA13_0==35) ) {
                alt13=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 13, 0, input);

                throw nvae;
            }
            switch (alt13) {
                case 1 :
                    // InternalPlan.g:997:3: ( (lv_provenance_0_0= ruleProvenance ) )
                    {
                    // InternalPlan.g:997:3: ( (lv_provenance_0_0= ruleProvenance ) )
                    // InternalPlan.g:998:4: (lv_provenance_0_0= ruleProvenance )
                    {
                    // InternalPlan.g:998:4: (lv_provenance_0_0= ruleProvenance )
                    // InternalPlan.g:999:5: lv_provenance_0_0= ruleProvenance
                    {

                    					newCompositeNode(grammarAccess.getTraceableItemAccess().getProvenanceProvenanceParserRuleCall_0_0());
                    				
                    pushFollow(FOLLOW_2);
                    lv_provenance_0_0=ruleProvenance();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getTraceableItemRule());
                    					}
                    					set(
                    						current,
                    						"provenance",
                    						lv_provenance_0_0,
                    						"org.veikart.dsl.Plan.Provenance");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalPlan.g:1017:3: ( (lv_notes_1_0= ruleNote ) )
                    {
                    // InternalPlan.g:1017:3: ( (lv_notes_1_0= ruleNote ) )
                    // InternalPlan.g:1018:4: (lv_notes_1_0= ruleNote )
                    {
                    // InternalPlan.g:1018:4: (lv_notes_1_0= ruleNote )
                    // InternalPlan.g:1019:5: lv_notes_1_0= ruleNote
                    {

                    					newCompositeNode(grammarAccess.getTraceableItemAccess().getNotesNoteParserRuleCall_1_0());
                    				
                    pushFollow(FOLLOW_2);
                    lv_notes_1_0=ruleNote();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getTraceableItemRule());
                    					}
                    					add(
                    						current,
                    						"notes",
                    						lv_notes_1_0,
                    						"org.veikart.dsl.Plan.Note");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleTraceableItem"


    // $ANTLR start "ruleTraceableBlock"
    // InternalPlan.g:1041:1: ruleTraceableBlock[EObject in_current] returns [EObject current=in_current] : (otherlv_0= '{' (this_TraceableItem_1= ruleTraceableItem[$current] )* otherlv_2= '}' ) ;
    public final EObject ruleTraceableBlock(EObject in_current) throws RecognitionException {
        EObject current = in_current;

        Token otherlv_0=null;
        Token otherlv_2=null;
        EObject this_TraceableItem_1 = null;



        	enterRule();

        try {
            // InternalPlan.g:1047:2: ( (otherlv_0= '{' (this_TraceableItem_1= ruleTraceableItem[$current] )* otherlv_2= '}' ) )
            // InternalPlan.g:1048:2: (otherlv_0= '{' (this_TraceableItem_1= ruleTraceableItem[$current] )* otherlv_2= '}' )
            {
            // InternalPlan.g:1048:2: (otherlv_0= '{' (this_TraceableItem_1= ruleTraceableItem[$current] )* otherlv_2= '}' )
            // InternalPlan.g:1049:3: otherlv_0= '{' (this_TraceableItem_1= ruleTraceableItem[$current] )* otherlv_2= '}'
            {
            otherlv_0=(Token)match(input,12,FOLLOW_17); 

            			newLeafNode(otherlv_0, grammarAccess.getTraceableBlockAccess().getLeftCurlyBracketKeyword_0());
            		
            // InternalPlan.g:1053:3: (this_TraceableItem_1= ruleTraceableItem[$current] )*
            loop14:
            do {
                int alt14=2;
                int LA14_0 = input.LA(1);

                if ( (LA14_0==31||LA14_0==35) ) {
                    alt14=1;
                }


                switch (alt14) {
            	case 1 :
            	    // InternalPlan.g:1054:4: this_TraceableItem_1= ruleTraceableItem[$current]
            	    {

            	    				if (current==null) {
            	    					current = createModelElement(grammarAccess.getTraceableBlockRule());
            	    				}
            	    				newCompositeNode(grammarAccess.getTraceableBlockAccess().getTraceableItemParserRuleCall_1());
            	    			
            	    pushFollow(FOLLOW_17);
            	    this_TraceableItem_1=ruleTraceableItem(current);

            	    state._fsp--;


            	    				current = this_TraceableItem_1;
            	    				afterParserOrEnumRuleCall();
            	    			

            	    }
            	    break;

            	default :
            	    break loop14;
                }
            } while (true);

            otherlv_2=(Token)match(input,13,FOLLOW_2); 

            			newLeafNode(otherlv_2, grammarAccess.getTraceableBlockAccess().getRightCurlyBracketKeyword_2());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleTraceableBlock"


    // $ANTLR start "entryRuleProvenance"
    // InternalPlan.g:1074:1: entryRuleProvenance returns [EObject current=null] : iv_ruleProvenance= ruleProvenance EOF ;
    public final EObject entryRuleProvenance() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleProvenance = null;


        try {
            // InternalPlan.g:1074:51: (iv_ruleProvenance= ruleProvenance EOF )
            // InternalPlan.g:1075:2: iv_ruleProvenance= ruleProvenance EOF
            {
             newCompositeNode(grammarAccess.getProvenanceRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleProvenance=ruleProvenance();

            state._fsp--;

             current =iv_ruleProvenance; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleProvenance"


    // $ANTLR start "ruleProvenance"
    // InternalPlan.g:1081:1: ruleProvenance returns [EObject current=null] : (otherlv_0= 'source' () ( (lv_source_2_0= RULE_STRING ) )? (otherlv_3= 'line' ( (lv_line_4_0= ruleNumber ) ) (otherlv_5= 'to' ( (lv_endLine_6_0= ruleNumber ) ) )? )? (otherlv_7= 'page' ( (lv_page_8_0= RULE_STRING ) ) )? ) ;
    public final EObject ruleProvenance() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_source_2_0=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        Token otherlv_7=null;
        Token lv_page_8_0=null;
        AntlrDatatypeRuleToken lv_line_4_0 = null;

        AntlrDatatypeRuleToken lv_endLine_6_0 = null;



        	enterRule();

        try {
            // InternalPlan.g:1087:2: ( (otherlv_0= 'source' () ( (lv_source_2_0= RULE_STRING ) )? (otherlv_3= 'line' ( (lv_line_4_0= ruleNumber ) ) (otherlv_5= 'to' ( (lv_endLine_6_0= ruleNumber ) ) )? )? (otherlv_7= 'page' ( (lv_page_8_0= RULE_STRING ) ) )? ) )
            // InternalPlan.g:1088:2: (otherlv_0= 'source' () ( (lv_source_2_0= RULE_STRING ) )? (otherlv_3= 'line' ( (lv_line_4_0= ruleNumber ) ) (otherlv_5= 'to' ( (lv_endLine_6_0= ruleNumber ) ) )? )? (otherlv_7= 'page' ( (lv_page_8_0= RULE_STRING ) ) )? )
            {
            // InternalPlan.g:1088:2: (otherlv_0= 'source' () ( (lv_source_2_0= RULE_STRING ) )? (otherlv_3= 'line' ( (lv_line_4_0= ruleNumber ) ) (otherlv_5= 'to' ( (lv_endLine_6_0= ruleNumber ) ) )? )? (otherlv_7= 'page' ( (lv_page_8_0= RULE_STRING ) ) )? )
            // InternalPlan.g:1089:3: otherlv_0= 'source' () ( (lv_source_2_0= RULE_STRING ) )? (otherlv_3= 'line' ( (lv_line_4_0= ruleNumber ) ) (otherlv_5= 'to' ( (lv_endLine_6_0= ruleNumber ) ) )? )? (otherlv_7= 'page' ( (lv_page_8_0= RULE_STRING ) ) )?
            {
            otherlv_0=(Token)match(input,31,FOLLOW_18); 

            			newLeafNode(otherlv_0, grammarAccess.getProvenanceAccess().getSourceKeyword_0());
            		
            // InternalPlan.g:1093:3: ()
            // InternalPlan.g:1094:4: 
            {

            				current = forceCreateModelElement(
            					grammarAccess.getProvenanceAccess().getProvenanceAction_1(),
            					current);
            			

            }

            // InternalPlan.g:1100:3: ( (lv_source_2_0= RULE_STRING ) )?
            int alt15=2;
            int LA15_0 = input.LA(1);

            if ( (LA15_0==RULE_STRING) ) {
                alt15=1;
            }
            switch (alt15) {
                case 1 :
                    // InternalPlan.g:1101:4: (lv_source_2_0= RULE_STRING )
                    {
                    // InternalPlan.g:1101:4: (lv_source_2_0= RULE_STRING )
                    // InternalPlan.g:1102:5: lv_source_2_0= RULE_STRING
                    {
                    lv_source_2_0=(Token)match(input,RULE_STRING,FOLLOW_19); 

                    					newLeafNode(lv_source_2_0, grammarAccess.getProvenanceAccess().getSourceSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getProvenanceRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"source",
                    						lv_source_2_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:1118:3: (otherlv_3= 'line' ( (lv_line_4_0= ruleNumber ) ) (otherlv_5= 'to' ( (lv_endLine_6_0= ruleNumber ) ) )? )?
            int alt17=2;
            int LA17_0 = input.LA(1);

            if ( (LA17_0==32) ) {
                alt17=1;
            }
            switch (alt17) {
                case 1 :
                    // InternalPlan.g:1119:4: otherlv_3= 'line' ( (lv_line_4_0= ruleNumber ) ) (otherlv_5= 'to' ( (lv_endLine_6_0= ruleNumber ) ) )?
                    {
                    otherlv_3=(Token)match(input,32,FOLLOW_11); 

                    				newLeafNode(otherlv_3, grammarAccess.getProvenanceAccess().getLineKeyword_3_0());
                    			
                    // InternalPlan.g:1123:4: ( (lv_line_4_0= ruleNumber ) )
                    // InternalPlan.g:1124:5: (lv_line_4_0= ruleNumber )
                    {
                    // InternalPlan.g:1124:5: (lv_line_4_0= ruleNumber )
                    // InternalPlan.g:1125:6: lv_line_4_0= ruleNumber
                    {

                    						newCompositeNode(grammarAccess.getProvenanceAccess().getLineNumberParserRuleCall_3_1_0());
                    					
                    pushFollow(FOLLOW_20);
                    lv_line_4_0=ruleNumber();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getProvenanceRule());
                    						}
                    						set(
                    							current,
                    							"line",
                    							lv_line_4_0,
                    							"org.veikart.dsl.Plan.Number");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalPlan.g:1142:4: (otherlv_5= 'to' ( (lv_endLine_6_0= ruleNumber ) ) )?
                    int alt16=2;
                    int LA16_0 = input.LA(1);

                    if ( (LA16_0==33) ) {
                        alt16=1;
                    }
                    switch (alt16) {
                        case 1 :
                            // InternalPlan.g:1143:5: otherlv_5= 'to' ( (lv_endLine_6_0= ruleNumber ) )
                            {
                            otherlv_5=(Token)match(input,33,FOLLOW_11); 

                            					newLeafNode(otherlv_5, grammarAccess.getProvenanceAccess().getToKeyword_3_2_0());
                            				
                            // InternalPlan.g:1147:5: ( (lv_endLine_6_0= ruleNumber ) )
                            // InternalPlan.g:1148:6: (lv_endLine_6_0= ruleNumber )
                            {
                            // InternalPlan.g:1148:6: (lv_endLine_6_0= ruleNumber )
                            // InternalPlan.g:1149:7: lv_endLine_6_0= ruleNumber
                            {

                            							newCompositeNode(grammarAccess.getProvenanceAccess().getEndLineNumberParserRuleCall_3_2_1_0());
                            						
                            pushFollow(FOLLOW_21);
                            lv_endLine_6_0=ruleNumber();

                            state._fsp--;


                            							if (current==null) {
                            								current = createModelElementForParent(grammarAccess.getProvenanceRule());
                            							}
                            							set(
                            								current,
                            								"endLine",
                            								lv_endLine_6_0,
                            								"org.veikart.dsl.Plan.Number");
                            							afterParserOrEnumRuleCall();
                            						

                            }


                            }


                            }
                            break;

                    }


                    }
                    break;

            }

            // InternalPlan.g:1168:3: (otherlv_7= 'page' ( (lv_page_8_0= RULE_STRING ) ) )?
            int alt18=2;
            int LA18_0 = input.LA(1);

            if ( (LA18_0==34) ) {
                alt18=1;
            }
            switch (alt18) {
                case 1 :
                    // InternalPlan.g:1169:4: otherlv_7= 'page' ( (lv_page_8_0= RULE_STRING ) )
                    {
                    otherlv_7=(Token)match(input,34,FOLLOW_8); 

                    				newLeafNode(otherlv_7, grammarAccess.getProvenanceAccess().getPageKeyword_4_0());
                    			
                    // InternalPlan.g:1173:4: ( (lv_page_8_0= RULE_STRING ) )
                    // InternalPlan.g:1174:5: (lv_page_8_0= RULE_STRING )
                    {
                    // InternalPlan.g:1174:5: (lv_page_8_0= RULE_STRING )
                    // InternalPlan.g:1175:6: lv_page_8_0= RULE_STRING
                    {
                    lv_page_8_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    						newLeafNode(lv_page_8_0, grammarAccess.getProvenanceAccess().getPageSTRINGTerminalRuleCall_4_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getProvenanceRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"page",
                    							lv_page_8_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleProvenance"


    // $ANTLR start "entryRuleNote"
    // InternalPlan.g:1196:1: entryRuleNote returns [EObject current=null] : iv_ruleNote= ruleNote EOF ;
    public final EObject entryRuleNote() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleNote = null;


        try {
            // InternalPlan.g:1196:45: (iv_ruleNote= ruleNote EOF )
            // InternalPlan.g:1197:2: iv_ruleNote= ruleNote EOF
            {
             newCompositeNode(grammarAccess.getNoteRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleNote=ruleNote();

            state._fsp--;

             current =iv_ruleNote; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleNote"


    // $ANTLR start "ruleNote"
    // InternalPlan.g:1203:1: ruleNote returns [EObject current=null] : (otherlv_0= 'note' () ( (lv_kind_2_0= ruleNoteKind ) )? ( (lv_text_3_0= RULE_STRING ) )? ) ;
    public final EObject ruleNote() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_text_3_0=null;
        Enumerator lv_kind_2_0 = null;



        	enterRule();

        try {
            // InternalPlan.g:1209:2: ( (otherlv_0= 'note' () ( (lv_kind_2_0= ruleNoteKind ) )? ( (lv_text_3_0= RULE_STRING ) )? ) )
            // InternalPlan.g:1210:2: (otherlv_0= 'note' () ( (lv_kind_2_0= ruleNoteKind ) )? ( (lv_text_3_0= RULE_STRING ) )? )
            {
            // InternalPlan.g:1210:2: (otherlv_0= 'note' () ( (lv_kind_2_0= ruleNoteKind ) )? ( (lv_text_3_0= RULE_STRING ) )? )
            // InternalPlan.g:1211:3: otherlv_0= 'note' () ( (lv_kind_2_0= ruleNoteKind ) )? ( (lv_text_3_0= RULE_STRING ) )?
            {
            otherlv_0=(Token)match(input,35,FOLLOW_22); 

            			newLeafNode(otherlv_0, grammarAccess.getNoteAccess().getNoteKeyword_0());
            		
            // InternalPlan.g:1215:3: ()
            // InternalPlan.g:1216:4: 
            {

            				current = forceCreateModelElement(
            					grammarAccess.getNoteAccess().getNoteAction_1(),
            					current);
            			

            }

            // InternalPlan.g:1222:3: ( (lv_kind_2_0= ruleNoteKind ) )?
            int alt19=2;
            int LA19_0 = input.LA(1);

            if ( ((LA19_0>=144 && LA19_0<=148)) ) {
                alt19=1;
            }
            switch (alt19) {
                case 1 :
                    // InternalPlan.g:1223:4: (lv_kind_2_0= ruleNoteKind )
                    {
                    // InternalPlan.g:1223:4: (lv_kind_2_0= ruleNoteKind )
                    // InternalPlan.g:1224:5: lv_kind_2_0= ruleNoteKind
                    {

                    					newCompositeNode(grammarAccess.getNoteAccess().getKindNoteKindEnumRuleCall_2_0());
                    				
                    pushFollow(FOLLOW_23);
                    lv_kind_2_0=ruleNoteKind();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getNoteRule());
                    					}
                    					set(
                    						current,
                    						"kind",
                    						lv_kind_2_0,
                    						"org.veikart.dsl.Plan.NoteKind");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:1241:3: ( (lv_text_3_0= RULE_STRING ) )?
            int alt20=2;
            int LA20_0 = input.LA(1);

            if ( (LA20_0==RULE_STRING) ) {
                alt20=1;
            }
            switch (alt20) {
                case 1 :
                    // InternalPlan.g:1242:4: (lv_text_3_0= RULE_STRING )
                    {
                    // InternalPlan.g:1242:4: (lv_text_3_0= RULE_STRING )
                    // InternalPlan.g:1243:5: lv_text_3_0= RULE_STRING
                    {
                    lv_text_3_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    					newLeafNode(lv_text_3_0, grammarAccess.getNoteAccess().getTextSTRINGTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getNoteRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"text",
                    						lv_text_3_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleNote"


    // $ANTLR start "entryRuleTemplateOrigin"
    // InternalPlan.g:1263:1: entryRuleTemplateOrigin returns [EObject current=null] : iv_ruleTemplateOrigin= ruleTemplateOrigin EOF ;
    public final EObject entryRuleTemplateOrigin() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTemplateOrigin = null;


        try {
            // InternalPlan.g:1263:55: (iv_ruleTemplateOrigin= ruleTemplateOrigin EOF )
            // InternalPlan.g:1264:2: iv_ruleTemplateOrigin= ruleTemplateOrigin EOF
            {
             newCompositeNode(grammarAccess.getTemplateOriginRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleTemplateOrigin=ruleTemplateOrigin();

            state._fsp--;

             current =iv_ruleTemplateOrigin; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleTemplateOrigin"


    // $ANTLR start "ruleTemplateOrigin"
    // InternalPlan.g:1270:1: ruleTemplateOrigin returns [EObject current=null] : (otherlv_0= 'template' ( (lv_templateId_1_0= RULE_STRING ) ) (otherlv_2= 'version' ( (lv_templateVersion_3_0= RULE_STRING ) ) )? (otherlv_4= 'element' ( (lv_elementId_5_0= RULE_STRING ) ) )? ) ;
    public final EObject ruleTemplateOrigin() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_templateId_1_0=null;
        Token otherlv_2=null;
        Token lv_templateVersion_3_0=null;
        Token otherlv_4=null;
        Token lv_elementId_5_0=null;


        	enterRule();

        try {
            // InternalPlan.g:1276:2: ( (otherlv_0= 'template' ( (lv_templateId_1_0= RULE_STRING ) ) (otherlv_2= 'version' ( (lv_templateVersion_3_0= RULE_STRING ) ) )? (otherlv_4= 'element' ( (lv_elementId_5_0= RULE_STRING ) ) )? ) )
            // InternalPlan.g:1277:2: (otherlv_0= 'template' ( (lv_templateId_1_0= RULE_STRING ) ) (otherlv_2= 'version' ( (lv_templateVersion_3_0= RULE_STRING ) ) )? (otherlv_4= 'element' ( (lv_elementId_5_0= RULE_STRING ) ) )? )
            {
            // InternalPlan.g:1277:2: (otherlv_0= 'template' ( (lv_templateId_1_0= RULE_STRING ) ) (otherlv_2= 'version' ( (lv_templateVersion_3_0= RULE_STRING ) ) )? (otherlv_4= 'element' ( (lv_elementId_5_0= RULE_STRING ) ) )? )
            // InternalPlan.g:1278:3: otherlv_0= 'template' ( (lv_templateId_1_0= RULE_STRING ) ) (otherlv_2= 'version' ( (lv_templateVersion_3_0= RULE_STRING ) ) )? (otherlv_4= 'element' ( (lv_elementId_5_0= RULE_STRING ) ) )?
            {
            otherlv_0=(Token)match(input,36,FOLLOW_8); 

            			newLeafNode(otherlv_0, grammarAccess.getTemplateOriginAccess().getTemplateKeyword_0());
            		
            // InternalPlan.g:1282:3: ( (lv_templateId_1_0= RULE_STRING ) )
            // InternalPlan.g:1283:4: (lv_templateId_1_0= RULE_STRING )
            {
            // InternalPlan.g:1283:4: (lv_templateId_1_0= RULE_STRING )
            // InternalPlan.g:1284:5: lv_templateId_1_0= RULE_STRING
            {
            lv_templateId_1_0=(Token)match(input,RULE_STRING,FOLLOW_24); 

            					newLeafNode(lv_templateId_1_0, grammarAccess.getTemplateOriginAccess().getTemplateIdSTRINGTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getTemplateOriginRule());
            					}
            					setWithLastConsumed(
            						current,
            						"templateId",
            						lv_templateId_1_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }

            // InternalPlan.g:1300:3: (otherlv_2= 'version' ( (lv_templateVersion_3_0= RULE_STRING ) ) )?
            int alt21=2;
            int LA21_0 = input.LA(1);

            if ( (LA21_0==37) ) {
                alt21=1;
            }
            switch (alt21) {
                case 1 :
                    // InternalPlan.g:1301:4: otherlv_2= 'version' ( (lv_templateVersion_3_0= RULE_STRING ) )
                    {
                    otherlv_2=(Token)match(input,37,FOLLOW_8); 

                    				newLeafNode(otherlv_2, grammarAccess.getTemplateOriginAccess().getVersionKeyword_2_0());
                    			
                    // InternalPlan.g:1305:4: ( (lv_templateVersion_3_0= RULE_STRING ) )
                    // InternalPlan.g:1306:5: (lv_templateVersion_3_0= RULE_STRING )
                    {
                    // InternalPlan.g:1306:5: (lv_templateVersion_3_0= RULE_STRING )
                    // InternalPlan.g:1307:6: lv_templateVersion_3_0= RULE_STRING
                    {
                    lv_templateVersion_3_0=(Token)match(input,RULE_STRING,FOLLOW_25); 

                    						newLeafNode(lv_templateVersion_3_0, grammarAccess.getTemplateOriginAccess().getTemplateVersionSTRINGTerminalRuleCall_2_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getTemplateOriginRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"templateVersion",
                    							lv_templateVersion_3_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPlan.g:1324:3: (otherlv_4= 'element' ( (lv_elementId_5_0= RULE_STRING ) ) )?
            int alt22=2;
            int LA22_0 = input.LA(1);

            if ( (LA22_0==38) ) {
                alt22=1;
            }
            switch (alt22) {
                case 1 :
                    // InternalPlan.g:1325:4: otherlv_4= 'element' ( (lv_elementId_5_0= RULE_STRING ) )
                    {
                    otherlv_4=(Token)match(input,38,FOLLOW_8); 

                    				newLeafNode(otherlv_4, grammarAccess.getTemplateOriginAccess().getElementKeyword_3_0());
                    			
                    // InternalPlan.g:1329:4: ( (lv_elementId_5_0= RULE_STRING ) )
                    // InternalPlan.g:1330:5: (lv_elementId_5_0= RULE_STRING )
                    {
                    // InternalPlan.g:1330:5: (lv_elementId_5_0= RULE_STRING )
                    // InternalPlan.g:1331:6: lv_elementId_5_0= RULE_STRING
                    {
                    lv_elementId_5_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    						newLeafNode(lv_elementId_5_0, grammarAccess.getTemplateOriginAccess().getElementIdSTRINGTerminalRuleCall_3_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getTemplateOriginRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"elementId",
                    							lv_elementId_5_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleTemplateOrigin"


    // $ANTLR start "entryRuleSdgReference"
    // InternalPlan.g:1352:1: entryRuleSdgReference returns [EObject current=null] : iv_ruleSdgReference= ruleSdgReference EOF ;
    public final EObject entryRuleSdgReference() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSdgReference = null;


        try {
            // InternalPlan.g:1352:53: (iv_ruleSdgReference= ruleSdgReference EOF )
            // InternalPlan.g:1353:2: iv_ruleSdgReference= ruleSdgReference EOF
            {
             newCompositeNode(grammarAccess.getSdgReferenceRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSdgReference=ruleSdgReference();

            state._fsp--;

             current =iv_ruleSdgReference; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSdgReference"


    // $ANTLR start "ruleSdgReference"
    // InternalPlan.g:1359:1: ruleSdgReference returns [EObject current=null] : (otherlv_0= 'sdg' ( (lv_kind_1_0= ruleSdgRelationKind ) )? ( ( ( ruleSdgGoalNumber ) ) | ( ( ruleSdgTargetCode ) ) | ( (lv_unspecified_4_0= 'unspecified' ) ) ) ( (lv_label_5_0= RULE_STRING ) )? ) ;
    public final EObject ruleSdgReference() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_unspecified_4_0=null;
        Token lv_label_5_0=null;
        Enumerator lv_kind_1_0 = null;



        	enterRule();

        try {
            // InternalPlan.g:1365:2: ( (otherlv_0= 'sdg' ( (lv_kind_1_0= ruleSdgRelationKind ) )? ( ( ( ruleSdgGoalNumber ) ) | ( ( ruleSdgTargetCode ) ) | ( (lv_unspecified_4_0= 'unspecified' ) ) ) ( (lv_label_5_0= RULE_STRING ) )? ) )
            // InternalPlan.g:1366:2: (otherlv_0= 'sdg' ( (lv_kind_1_0= ruleSdgRelationKind ) )? ( ( ( ruleSdgGoalNumber ) ) | ( ( ruleSdgTargetCode ) ) | ( (lv_unspecified_4_0= 'unspecified' ) ) ) ( (lv_label_5_0= RULE_STRING ) )? )
            {
            // InternalPlan.g:1366:2: (otherlv_0= 'sdg' ( (lv_kind_1_0= ruleSdgRelationKind ) )? ( ( ( ruleSdgGoalNumber ) ) | ( ( ruleSdgTargetCode ) ) | ( (lv_unspecified_4_0= 'unspecified' ) ) ) ( (lv_label_5_0= RULE_STRING ) )? )
            // InternalPlan.g:1367:3: otherlv_0= 'sdg' ( (lv_kind_1_0= ruleSdgRelationKind ) )? ( ( ( ruleSdgGoalNumber ) ) | ( ( ruleSdgTargetCode ) ) | ( (lv_unspecified_4_0= 'unspecified' ) ) ) ( (lv_label_5_0= RULE_STRING ) )?
            {
            otherlv_0=(Token)match(input,39,FOLLOW_26); 

            			newLeafNode(otherlv_0, grammarAccess.getSdgReferenceAccess().getSdgKeyword_0());
            		
            // InternalPlan.g:1371:3: ( (lv_kind_1_0= ruleSdgRelationKind ) )?
            int alt23=2;
            int LA23_0 = input.LA(1);

            if ( (LA23_0==29||(LA23_0>=130 && LA23_0<=132)) ) {
                alt23=1;
            }
            switch (alt23) {
                case 1 :
                    // InternalPlan.g:1372:4: (lv_kind_1_0= ruleSdgRelationKind )
                    {
                    // InternalPlan.g:1372:4: (lv_kind_1_0= ruleSdgRelationKind )
                    // InternalPlan.g:1373:5: lv_kind_1_0= ruleSdgRelationKind
                    {

                    					newCompositeNode(grammarAccess.getSdgReferenceAccess().getKindSdgRelationKindEnumRuleCall_1_0());
                    				
                    pushFollow(FOLLOW_27);
                    lv_kind_1_0=ruleSdgRelationKind();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getSdgReferenceRule());
                    					}
                    					set(
                    						current,
                    						"kind",
                    						lv_kind_1_0,
                    						"org.veikart.dsl.Plan.SdgRelationKind");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:1390:3: ( ( ( ruleSdgGoalNumber ) ) | ( ( ruleSdgTargetCode ) ) | ( (lv_unspecified_4_0= 'unspecified' ) ) )
            int alt24=3;
            int LA24_0 = input.LA(1);

            if ( (LA24_0==RULE_INT) ) {
                int LA24_1 = input.LA(2);

                if ( (LA24_1==91) ) {
                    alt24=2;
                }
                else if ( (LA24_1==EOF||LA24_1==RULE_STRING||LA24_1==13||(LA24_1>=16 && LA24_1<=27)||(LA24_1>=29 && LA24_1<=31)||(LA24_1>=35 && LA24_1<=36)||LA24_1==39||(LA24_1>=41 && LA24_1<=51)||(LA24_1>=55 && LA24_1<=59)||(LA24_1>=61 && LA24_1<=65)||LA24_1==69||LA24_1==73||LA24_1==75||LA24_1==81||(LA24_1>=102 && LA24_1<=111)) ) {
                    alt24=1;
                }
                else {
                    NoViableAltException nvae =
                        new NoViableAltException("", 24, 1, input);

                    throw nvae;
                }
            }
            else if ( (LA24_0==40) ) {
                alt24=3;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 24, 0, input);

                throw nvae;
            }
            switch (alt24) {
                case 1 :
                    // InternalPlan.g:1391:4: ( ( ruleSdgGoalNumber ) )
                    {
                    // InternalPlan.g:1391:4: ( ( ruleSdgGoalNumber ) )
                    // InternalPlan.g:1392:5: ( ruleSdgGoalNumber )
                    {
                    // InternalPlan.g:1392:5: ( ruleSdgGoalNumber )
                    // InternalPlan.g:1393:6: ruleSdgGoalNumber
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getSdgReferenceRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getSdgReferenceAccess().getGoalSdgGoalCrossReference_2_0_0());
                    					
                    pushFollow(FOLLOW_23);
                    ruleSdgGoalNumber();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalPlan.g:1408:4: ( ( ruleSdgTargetCode ) )
                    {
                    // InternalPlan.g:1408:4: ( ( ruleSdgTargetCode ) )
                    // InternalPlan.g:1409:5: ( ruleSdgTargetCode )
                    {
                    // InternalPlan.g:1409:5: ( ruleSdgTargetCode )
                    // InternalPlan.g:1410:6: ruleSdgTargetCode
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getSdgReferenceRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getSdgReferenceAccess().getTargetSdgTargetCrossReference_2_1_0());
                    					
                    pushFollow(FOLLOW_23);
                    ruleSdgTargetCode();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalPlan.g:1425:4: ( (lv_unspecified_4_0= 'unspecified' ) )
                    {
                    // InternalPlan.g:1425:4: ( (lv_unspecified_4_0= 'unspecified' ) )
                    // InternalPlan.g:1426:5: (lv_unspecified_4_0= 'unspecified' )
                    {
                    // InternalPlan.g:1426:5: (lv_unspecified_4_0= 'unspecified' )
                    // InternalPlan.g:1427:6: lv_unspecified_4_0= 'unspecified'
                    {
                    lv_unspecified_4_0=(Token)match(input,40,FOLLOW_23); 

                    						newLeafNode(lv_unspecified_4_0, grammarAccess.getSdgReferenceAccess().getUnspecifiedUnspecifiedKeyword_2_2_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getSdgReferenceRule());
                    						}
                    						setWithLastConsumed(current, "unspecified", lv_unspecified_4_0 != null, "unspecified");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPlan.g:1440:3: ( (lv_label_5_0= RULE_STRING ) )?
            int alt25=2;
            int LA25_0 = input.LA(1);

            if ( (LA25_0==RULE_STRING) ) {
                alt25=1;
            }
            switch (alt25) {
                case 1 :
                    // InternalPlan.g:1441:4: (lv_label_5_0= RULE_STRING )
                    {
                    // InternalPlan.g:1441:4: (lv_label_5_0= RULE_STRING )
                    // InternalPlan.g:1442:5: lv_label_5_0= RULE_STRING
                    {
                    lv_label_5_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    					newLeafNode(lv_label_5_0, grammarAccess.getSdgReferenceAccess().getLabelSTRINGTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getSdgReferenceRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"label",
                    						lv_label_5_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSdgReference"


    // $ANTLR start "entryRuleGoal"
    // InternalPlan.g:1462:1: entryRuleGoal returns [EObject current=null] : iv_ruleGoal= ruleGoal EOF ;
    public final EObject entryRuleGoal() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleGoal = null;


        try {
            // InternalPlan.g:1462:45: (iv_ruleGoal= ruleGoal EOF )
            // InternalPlan.g:1463:2: iv_ruleGoal= ruleGoal EOF
            {
             newCompositeNode(grammarAccess.getGoalRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleGoal=ruleGoal();

            state._fsp--;

             current =iv_ruleGoal; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleGoal"


    // $ANTLR start "ruleGoal"
    // InternalPlan.g:1469:1: ruleGoal returns [EObject current=null] : ( ( (lv_kind_0_0= ruleGoalKind ) ) ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? (otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | ( (lv_quotedFrom_7_0= ruleQuotation ) ) | ( (lv_subGoals_8_0= ruleGoal ) ) | ( (lv_strategies_9_0= ruleStrategy ) ) )* otherlv_10= '}' )? ) ;
    public final EObject ruleGoal() throws RecognitionException {
        EObject current = null;

        Token lv_id_1_0=null;
        Token otherlv_2=null;
        Token lv_code_3_0=null;
        Token lv_title_4_0=null;
        Token otherlv_5=null;
        Token otherlv_10=null;
        Enumerator lv_kind_0_0 = null;

        EObject this_ElementItem_6 = null;

        EObject lv_quotedFrom_7_0 = null;

        EObject lv_subGoals_8_0 = null;

        EObject lv_strategies_9_0 = null;



        	enterRule();

        try {
            // InternalPlan.g:1475:2: ( ( ( (lv_kind_0_0= ruleGoalKind ) ) ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? (otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | ( (lv_quotedFrom_7_0= ruleQuotation ) ) | ( (lv_subGoals_8_0= ruleGoal ) ) | ( (lv_strategies_9_0= ruleStrategy ) ) )* otherlv_10= '}' )? ) )
            // InternalPlan.g:1476:2: ( ( (lv_kind_0_0= ruleGoalKind ) ) ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? (otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | ( (lv_quotedFrom_7_0= ruleQuotation ) ) | ( (lv_subGoals_8_0= ruleGoal ) ) | ( (lv_strategies_9_0= ruleStrategy ) ) )* otherlv_10= '}' )? )
            {
            // InternalPlan.g:1476:2: ( ( (lv_kind_0_0= ruleGoalKind ) ) ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? (otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | ( (lv_quotedFrom_7_0= ruleQuotation ) ) | ( (lv_subGoals_8_0= ruleGoal ) ) | ( (lv_strategies_9_0= ruleStrategy ) ) )* otherlv_10= '}' )? )
            // InternalPlan.g:1477:3: ( (lv_kind_0_0= ruleGoalKind ) ) ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? (otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | ( (lv_quotedFrom_7_0= ruleQuotation ) ) | ( (lv_subGoals_8_0= ruleGoal ) ) | ( (lv_strategies_9_0= ruleStrategy ) ) )* otherlv_10= '}' )?
            {
            // InternalPlan.g:1477:3: ( (lv_kind_0_0= ruleGoalKind ) )
            // InternalPlan.g:1478:4: (lv_kind_0_0= ruleGoalKind )
            {
            // InternalPlan.g:1478:4: (lv_kind_0_0= ruleGoalKind )
            // InternalPlan.g:1479:5: lv_kind_0_0= ruleGoalKind
            {

            					newCompositeNode(grammarAccess.getGoalAccess().getKindGoalKindEnumRuleCall_0_0());
            				
            pushFollow(FOLLOW_3);
            lv_kind_0_0=ruleGoalKind();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getGoalRule());
            					}
            					set(
            						current,
            						"kind",
            						lv_kind_0_0,
            						"org.veikart.dsl.Plan.GoalKind");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPlan.g:1496:3: ( (lv_id_1_0= RULE_ID ) )
            // InternalPlan.g:1497:4: (lv_id_1_0= RULE_ID )
            {
            // InternalPlan.g:1497:4: (lv_id_1_0= RULE_ID )
            // InternalPlan.g:1498:5: lv_id_1_0= RULE_ID
            {
            lv_id_1_0=(Token)match(input,RULE_ID,FOLLOW_28); 

            					newLeafNode(lv_id_1_0, grammarAccess.getGoalAccess().getIdIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getGoalRule());
            					}
            					setWithLastConsumed(
            						current,
            						"id",
            						lv_id_1_0,
            						"org.veikart.dsl.Plan.ID");
            				

            }


            }

            // InternalPlan.g:1514:3: (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )?
            int alt26=2;
            int LA26_0 = input.LA(1);

            if ( (LA26_0==15) ) {
                alt26=1;
            }
            switch (alt26) {
                case 1 :
                    // InternalPlan.g:1515:4: otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) )
                    {
                    otherlv_2=(Token)match(input,15,FOLLOW_8); 

                    				newLeafNode(otherlv_2, grammarAccess.getGoalAccess().getCodeKeyword_2_0());
                    			
                    // InternalPlan.g:1519:4: ( (lv_code_3_0= RULE_STRING ) )
                    // InternalPlan.g:1520:5: (lv_code_3_0= RULE_STRING )
                    {
                    // InternalPlan.g:1520:5: (lv_code_3_0= RULE_STRING )
                    // InternalPlan.g:1521:6: lv_code_3_0= RULE_STRING
                    {
                    lv_code_3_0=(Token)match(input,RULE_STRING,FOLLOW_29); 

                    						newLeafNode(lv_code_3_0, grammarAccess.getGoalAccess().getCodeSTRINGTerminalRuleCall_2_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getGoalRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"code",
                    							lv_code_3_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPlan.g:1538:3: ( (lv_title_4_0= RULE_STRING ) )?
            int alt27=2;
            int LA27_0 = input.LA(1);

            if ( (LA27_0==RULE_STRING) ) {
                alt27=1;
            }
            switch (alt27) {
                case 1 :
                    // InternalPlan.g:1539:4: (lv_title_4_0= RULE_STRING )
                    {
                    // InternalPlan.g:1539:4: (lv_title_4_0= RULE_STRING )
                    // InternalPlan.g:1540:5: lv_title_4_0= RULE_STRING
                    {
                    lv_title_4_0=(Token)match(input,RULE_STRING,FOLLOW_30); 

                    					newLeafNode(lv_title_4_0, grammarAccess.getGoalAccess().getTitleSTRINGTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getGoalRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"title",
                    						lv_title_4_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:1556:3: (otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | ( (lv_quotedFrom_7_0= ruleQuotation ) ) | ( (lv_subGoals_8_0= ruleGoal ) ) | ( (lv_strategies_9_0= ruleStrategy ) ) )* otherlv_10= '}' )?
            int alt29=2;
            int LA29_0 = input.LA(1);

            if ( (LA29_0==12) ) {
                alt29=1;
            }
            switch (alt29) {
                case 1 :
                    // InternalPlan.g:1557:4: otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | ( (lv_quotedFrom_7_0= ruleQuotation ) ) | ( (lv_subGoals_8_0= ruleGoal ) ) | ( (lv_strategies_9_0= ruleStrategy ) ) )* otherlv_10= '}'
                    {
                    otherlv_5=(Token)match(input,12,FOLLOW_31); 

                    				newLeafNode(otherlv_5, grammarAccess.getGoalAccess().getLeftCurlyBracketKeyword_4_0());
                    			
                    // InternalPlan.g:1561:4: (this_ElementItem_6= ruleElementItem[$current] | ( (lv_quotedFrom_7_0= ruleQuotation ) ) | ( (lv_subGoals_8_0= ruleGoal ) ) | ( (lv_strategies_9_0= ruleStrategy ) ) )*
                    loop28:
                    do {
                        int alt28=5;
                        switch ( input.LA(1) ) {
                        case 25:
                        case 26:
                        case 27:
                        case 29:
                        case 30:
                        case 31:
                        case 35:
                        case 36:
                        case 39:
                            {
                            alt28=1;
                            }
                            break;
                        case 41:
                            {
                            alt28=2;
                            }
                            break;
                        case 102:
                        case 103:
                        case 104:
                        case 105:
                        case 106:
                            {
                            alt28=3;
                            }
                            break;
                        case 43:
                            {
                            alt28=4;
                            }
                            break;

                        }

                        switch (alt28) {
                    	case 1 :
                    	    // InternalPlan.g:1562:5: this_ElementItem_6= ruleElementItem[$current]
                    	    {

                    	    					if (current==null) {
                    	    						current = createModelElement(grammarAccess.getGoalRule());
                    	    					}
                    	    					newCompositeNode(grammarAccess.getGoalAccess().getElementItemParserRuleCall_4_1_0());
                    	    				
                    	    pushFollow(FOLLOW_31);
                    	    this_ElementItem_6=ruleElementItem(current);

                    	    state._fsp--;


                    	    					current = this_ElementItem_6;
                    	    					afterParserOrEnumRuleCall();
                    	    				

                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalPlan.g:1574:5: ( (lv_quotedFrom_7_0= ruleQuotation ) )
                    	    {
                    	    // InternalPlan.g:1574:5: ( (lv_quotedFrom_7_0= ruleQuotation ) )
                    	    // InternalPlan.g:1575:6: (lv_quotedFrom_7_0= ruleQuotation )
                    	    {
                    	    // InternalPlan.g:1575:6: (lv_quotedFrom_7_0= ruleQuotation )
                    	    // InternalPlan.g:1576:7: lv_quotedFrom_7_0= ruleQuotation
                    	    {

                    	    							newCompositeNode(grammarAccess.getGoalAccess().getQuotedFromQuotationParserRuleCall_4_1_1_0());
                    	    						
                    	    pushFollow(FOLLOW_31);
                    	    lv_quotedFrom_7_0=ruleQuotation();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getGoalRule());
                    	    							}
                    	    							set(
                    	    								current,
                    	    								"quotedFrom",
                    	    								lv_quotedFrom_7_0,
                    	    								"org.veikart.dsl.Plan.Quotation");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 3 :
                    	    // InternalPlan.g:1594:5: ( (lv_subGoals_8_0= ruleGoal ) )
                    	    {
                    	    // InternalPlan.g:1594:5: ( (lv_subGoals_8_0= ruleGoal ) )
                    	    // InternalPlan.g:1595:6: (lv_subGoals_8_0= ruleGoal )
                    	    {
                    	    // InternalPlan.g:1595:6: (lv_subGoals_8_0= ruleGoal )
                    	    // InternalPlan.g:1596:7: lv_subGoals_8_0= ruleGoal
                    	    {

                    	    							newCompositeNode(grammarAccess.getGoalAccess().getSubGoalsGoalParserRuleCall_4_1_2_0());
                    	    						
                    	    pushFollow(FOLLOW_31);
                    	    lv_subGoals_8_0=ruleGoal();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getGoalRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"subGoals",
                    	    								lv_subGoals_8_0,
                    	    								"org.veikart.dsl.Plan.Goal");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 4 :
                    	    // InternalPlan.g:1614:5: ( (lv_strategies_9_0= ruleStrategy ) )
                    	    {
                    	    // InternalPlan.g:1614:5: ( (lv_strategies_9_0= ruleStrategy ) )
                    	    // InternalPlan.g:1615:6: (lv_strategies_9_0= ruleStrategy )
                    	    {
                    	    // InternalPlan.g:1615:6: (lv_strategies_9_0= ruleStrategy )
                    	    // InternalPlan.g:1616:7: lv_strategies_9_0= ruleStrategy
                    	    {

                    	    							newCompositeNode(grammarAccess.getGoalAccess().getStrategiesStrategyParserRuleCall_4_1_3_0());
                    	    						
                    	    pushFollow(FOLLOW_31);
                    	    lv_strategies_9_0=ruleStrategy();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getGoalRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"strategies",
                    	    								lv_strategies_9_0,
                    	    								"org.veikart.dsl.Plan.Strategy");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop28;
                        }
                    } while (true);

                    otherlv_10=(Token)match(input,13,FOLLOW_2); 

                    				newLeafNode(otherlv_10, grammarAccess.getGoalAccess().getRightCurlyBracketKeyword_4_2());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleGoal"


    // $ANTLR start "entryRuleQuotation"
    // InternalPlan.g:1643:1: entryRuleQuotation returns [EObject current=null] : iv_ruleQuotation= ruleQuotation EOF ;
    public final EObject entryRuleQuotation() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleQuotation = null;


        try {
            // InternalPlan.g:1643:50: (iv_ruleQuotation= ruleQuotation EOF )
            // InternalPlan.g:1644:2: iv_ruleQuotation= ruleQuotation EOF
            {
             newCompositeNode(grammarAccess.getQuotationRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleQuotation=ruleQuotation();

            state._fsp--;

             current =iv_ruleQuotation; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleQuotation"


    // $ANTLR start "ruleQuotation"
    // InternalPlan.g:1650:1: ruleQuotation returns [EObject current=null] : (otherlv_0= 'quoted-from' () ( ( ruleQualifiedId ) )? ( (lv_sourceTitle_3_0= RULE_STRING ) )? (otherlv_4= 'page' ( (lv_page_5_0= RULE_STRING ) ) )? ) ;
    public final EObject ruleQuotation() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_sourceTitle_3_0=null;
        Token otherlv_4=null;
        Token lv_page_5_0=null;


        	enterRule();

        try {
            // InternalPlan.g:1656:2: ( (otherlv_0= 'quoted-from' () ( ( ruleQualifiedId ) )? ( (lv_sourceTitle_3_0= RULE_STRING ) )? (otherlv_4= 'page' ( (lv_page_5_0= RULE_STRING ) ) )? ) )
            // InternalPlan.g:1657:2: (otherlv_0= 'quoted-from' () ( ( ruleQualifiedId ) )? ( (lv_sourceTitle_3_0= RULE_STRING ) )? (otherlv_4= 'page' ( (lv_page_5_0= RULE_STRING ) ) )? )
            {
            // InternalPlan.g:1657:2: (otherlv_0= 'quoted-from' () ( ( ruleQualifiedId ) )? ( (lv_sourceTitle_3_0= RULE_STRING ) )? (otherlv_4= 'page' ( (lv_page_5_0= RULE_STRING ) ) )? )
            // InternalPlan.g:1658:3: otherlv_0= 'quoted-from' () ( ( ruleQualifiedId ) )? ( (lv_sourceTitle_3_0= RULE_STRING ) )? (otherlv_4= 'page' ( (lv_page_5_0= RULE_STRING ) ) )?
            {
            otherlv_0=(Token)match(input,41,FOLLOW_32); 

            			newLeafNode(otherlv_0, grammarAccess.getQuotationAccess().getQuotedFromKeyword_0());
            		
            // InternalPlan.g:1662:3: ()
            // InternalPlan.g:1663:4: 
            {

            				current = forceCreateModelElement(
            					grammarAccess.getQuotationAccess().getQuotationAction_1(),
            					current);
            			

            }

            // InternalPlan.g:1669:3: ( ( ruleQualifiedId ) )?
            int alt30=2;
            int LA30_0 = input.LA(1);

            if ( (LA30_0==RULE_ID) ) {
                alt30=1;
            }
            switch (alt30) {
                case 1 :
                    // InternalPlan.g:1670:4: ( ruleQualifiedId )
                    {
                    // InternalPlan.g:1670:4: ( ruleQualifiedId )
                    // InternalPlan.g:1671:5: ruleQualifiedId
                    {

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getQuotationRule());
                    					}
                    				

                    					newCompositeNode(grammarAccess.getQuotationAccess().getSourcePlanPlanCrossReference_2_0());
                    				
                    pushFollow(FOLLOW_33);
                    ruleQualifiedId();

                    state._fsp--;


                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:1685:3: ( (lv_sourceTitle_3_0= RULE_STRING ) )?
            int alt31=2;
            int LA31_0 = input.LA(1);

            if ( (LA31_0==RULE_STRING) ) {
                alt31=1;
            }
            switch (alt31) {
                case 1 :
                    // InternalPlan.g:1686:4: (lv_sourceTitle_3_0= RULE_STRING )
                    {
                    // InternalPlan.g:1686:4: (lv_sourceTitle_3_0= RULE_STRING )
                    // InternalPlan.g:1687:5: lv_sourceTitle_3_0= RULE_STRING
                    {
                    lv_sourceTitle_3_0=(Token)match(input,RULE_STRING,FOLLOW_21); 

                    					newLeafNode(lv_sourceTitle_3_0, grammarAccess.getQuotationAccess().getSourceTitleSTRINGTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getQuotationRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"sourceTitle",
                    						lv_sourceTitle_3_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:1703:3: (otherlv_4= 'page' ( (lv_page_5_0= RULE_STRING ) ) )?
            int alt32=2;
            int LA32_0 = input.LA(1);

            if ( (LA32_0==34) ) {
                alt32=1;
            }
            switch (alt32) {
                case 1 :
                    // InternalPlan.g:1704:4: otherlv_4= 'page' ( (lv_page_5_0= RULE_STRING ) )
                    {
                    otherlv_4=(Token)match(input,34,FOLLOW_8); 

                    				newLeafNode(otherlv_4, grammarAccess.getQuotationAccess().getPageKeyword_4_0());
                    			
                    // InternalPlan.g:1708:4: ( (lv_page_5_0= RULE_STRING ) )
                    // InternalPlan.g:1709:5: (lv_page_5_0= RULE_STRING )
                    {
                    // InternalPlan.g:1709:5: (lv_page_5_0= RULE_STRING )
                    // InternalPlan.g:1710:6: lv_page_5_0= RULE_STRING
                    {
                    lv_page_5_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    						newLeafNode(lv_page_5_0, grammarAccess.getQuotationAccess().getPageSTRINGTerminalRuleCall_4_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getQuotationRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"page",
                    							lv_page_5_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleQuotation"


    // $ANTLR start "entryRuleFocusArea"
    // InternalPlan.g:1731:1: entryRuleFocusArea returns [EObject current=null] : iv_ruleFocusArea= ruleFocusArea EOF ;
    public final EObject entryRuleFocusArea() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleFocusArea = null;


        try {
            // InternalPlan.g:1731:50: (iv_ruleFocusArea= ruleFocusArea EOF )
            // InternalPlan.g:1732:2: iv_ruleFocusArea= ruleFocusArea EOF
            {
             newCompositeNode(grammarAccess.getFocusAreaRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleFocusArea=ruleFocusArea();

            state._fsp--;

             current =iv_ruleFocusArea; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleFocusArea"


    // $ANTLR start "ruleFocusArea"
    // InternalPlan.g:1738:1: ruleFocusArea returns [EObject current=null] : (otherlv_0= 'focus-area' ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? (otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | ( (lv_goals_7_0= ruleGoal ) ) | ( (lv_subAreas_8_0= ruleFocusArea ) ) | ( (lv_strategies_9_0= ruleStrategy ) ) | ( (lv_measures_10_0= ruleMeasure ) ) )* otherlv_11= '}' )? ) ;
    public final EObject ruleFocusArea() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_id_1_0=null;
        Token otherlv_2=null;
        Token lv_code_3_0=null;
        Token lv_title_4_0=null;
        Token otherlv_5=null;
        Token otherlv_11=null;
        EObject this_ElementItem_6 = null;

        EObject lv_goals_7_0 = null;

        EObject lv_subAreas_8_0 = null;

        EObject lv_strategies_9_0 = null;

        EObject lv_measures_10_0 = null;



        	enterRule();

        try {
            // InternalPlan.g:1744:2: ( (otherlv_0= 'focus-area' ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? (otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | ( (lv_goals_7_0= ruleGoal ) ) | ( (lv_subAreas_8_0= ruleFocusArea ) ) | ( (lv_strategies_9_0= ruleStrategy ) ) | ( (lv_measures_10_0= ruleMeasure ) ) )* otherlv_11= '}' )? ) )
            // InternalPlan.g:1745:2: (otherlv_0= 'focus-area' ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? (otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | ( (lv_goals_7_0= ruleGoal ) ) | ( (lv_subAreas_8_0= ruleFocusArea ) ) | ( (lv_strategies_9_0= ruleStrategy ) ) | ( (lv_measures_10_0= ruleMeasure ) ) )* otherlv_11= '}' )? )
            {
            // InternalPlan.g:1745:2: (otherlv_0= 'focus-area' ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? (otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | ( (lv_goals_7_0= ruleGoal ) ) | ( (lv_subAreas_8_0= ruleFocusArea ) ) | ( (lv_strategies_9_0= ruleStrategy ) ) | ( (lv_measures_10_0= ruleMeasure ) ) )* otherlv_11= '}' )? )
            // InternalPlan.g:1746:3: otherlv_0= 'focus-area' ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? (otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | ( (lv_goals_7_0= ruleGoal ) ) | ( (lv_subAreas_8_0= ruleFocusArea ) ) | ( (lv_strategies_9_0= ruleStrategy ) ) | ( (lv_measures_10_0= ruleMeasure ) ) )* otherlv_11= '}' )?
            {
            otherlv_0=(Token)match(input,42,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getFocusAreaAccess().getFocusAreaKeyword_0());
            		
            // InternalPlan.g:1750:3: ( (lv_id_1_0= RULE_ID ) )
            // InternalPlan.g:1751:4: (lv_id_1_0= RULE_ID )
            {
            // InternalPlan.g:1751:4: (lv_id_1_0= RULE_ID )
            // InternalPlan.g:1752:5: lv_id_1_0= RULE_ID
            {
            lv_id_1_0=(Token)match(input,RULE_ID,FOLLOW_28); 

            					newLeafNode(lv_id_1_0, grammarAccess.getFocusAreaAccess().getIdIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getFocusAreaRule());
            					}
            					setWithLastConsumed(
            						current,
            						"id",
            						lv_id_1_0,
            						"org.veikart.dsl.Plan.ID");
            				

            }


            }

            // InternalPlan.g:1768:3: (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )?
            int alt33=2;
            int LA33_0 = input.LA(1);

            if ( (LA33_0==15) ) {
                alt33=1;
            }
            switch (alt33) {
                case 1 :
                    // InternalPlan.g:1769:4: otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) )
                    {
                    otherlv_2=(Token)match(input,15,FOLLOW_8); 

                    				newLeafNode(otherlv_2, grammarAccess.getFocusAreaAccess().getCodeKeyword_2_0());
                    			
                    // InternalPlan.g:1773:4: ( (lv_code_3_0= RULE_STRING ) )
                    // InternalPlan.g:1774:5: (lv_code_3_0= RULE_STRING )
                    {
                    // InternalPlan.g:1774:5: (lv_code_3_0= RULE_STRING )
                    // InternalPlan.g:1775:6: lv_code_3_0= RULE_STRING
                    {
                    lv_code_3_0=(Token)match(input,RULE_STRING,FOLLOW_29); 

                    						newLeafNode(lv_code_3_0, grammarAccess.getFocusAreaAccess().getCodeSTRINGTerminalRuleCall_2_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getFocusAreaRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"code",
                    							lv_code_3_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPlan.g:1792:3: ( (lv_title_4_0= RULE_STRING ) )?
            int alt34=2;
            int LA34_0 = input.LA(1);

            if ( (LA34_0==RULE_STRING) ) {
                alt34=1;
            }
            switch (alt34) {
                case 1 :
                    // InternalPlan.g:1793:4: (lv_title_4_0= RULE_STRING )
                    {
                    // InternalPlan.g:1793:4: (lv_title_4_0= RULE_STRING )
                    // InternalPlan.g:1794:5: lv_title_4_0= RULE_STRING
                    {
                    lv_title_4_0=(Token)match(input,RULE_STRING,FOLLOW_30); 

                    					newLeafNode(lv_title_4_0, grammarAccess.getFocusAreaAccess().getTitleSTRINGTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getFocusAreaRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"title",
                    						lv_title_4_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:1810:3: (otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | ( (lv_goals_7_0= ruleGoal ) ) | ( (lv_subAreas_8_0= ruleFocusArea ) ) | ( (lv_strategies_9_0= ruleStrategy ) ) | ( (lv_measures_10_0= ruleMeasure ) ) )* otherlv_11= '}' )?
            int alt36=2;
            int LA36_0 = input.LA(1);

            if ( (LA36_0==12) ) {
                alt36=1;
            }
            switch (alt36) {
                case 1 :
                    // InternalPlan.g:1811:4: otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | ( (lv_goals_7_0= ruleGoal ) ) | ( (lv_subAreas_8_0= ruleFocusArea ) ) | ( (lv_strategies_9_0= ruleStrategy ) ) | ( (lv_measures_10_0= ruleMeasure ) ) )* otherlv_11= '}'
                    {
                    otherlv_5=(Token)match(input,12,FOLLOW_34); 

                    				newLeafNode(otherlv_5, grammarAccess.getFocusAreaAccess().getLeftCurlyBracketKeyword_4_0());
                    			
                    // InternalPlan.g:1815:4: (this_ElementItem_6= ruleElementItem[$current] | ( (lv_goals_7_0= ruleGoal ) ) | ( (lv_subAreas_8_0= ruleFocusArea ) ) | ( (lv_strategies_9_0= ruleStrategy ) ) | ( (lv_measures_10_0= ruleMeasure ) ) )*
                    loop35:
                    do {
                        int alt35=6;
                        switch ( input.LA(1) ) {
                        case 25:
                        case 26:
                        case 27:
                        case 29:
                        case 30:
                        case 31:
                        case 35:
                        case 36:
                        case 39:
                            {
                            alt35=1;
                            }
                            break;
                        case 102:
                        case 103:
                        case 104:
                        case 105:
                        case 106:
                            {
                            alt35=2;
                            }
                            break;
                        case 42:
                            {
                            alt35=3;
                            }
                            break;
                        case 43:
                            {
                            alt35=4;
                            }
                            break;
                        case 45:
                            {
                            alt35=5;
                            }
                            break;

                        }

                        switch (alt35) {
                    	case 1 :
                    	    // InternalPlan.g:1816:5: this_ElementItem_6= ruleElementItem[$current]
                    	    {

                    	    					if (current==null) {
                    	    						current = createModelElement(grammarAccess.getFocusAreaRule());
                    	    					}
                    	    					newCompositeNode(grammarAccess.getFocusAreaAccess().getElementItemParserRuleCall_4_1_0());
                    	    				
                    	    pushFollow(FOLLOW_34);
                    	    this_ElementItem_6=ruleElementItem(current);

                    	    state._fsp--;


                    	    					current = this_ElementItem_6;
                    	    					afterParserOrEnumRuleCall();
                    	    				

                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalPlan.g:1828:5: ( (lv_goals_7_0= ruleGoal ) )
                    	    {
                    	    // InternalPlan.g:1828:5: ( (lv_goals_7_0= ruleGoal ) )
                    	    // InternalPlan.g:1829:6: (lv_goals_7_0= ruleGoal )
                    	    {
                    	    // InternalPlan.g:1829:6: (lv_goals_7_0= ruleGoal )
                    	    // InternalPlan.g:1830:7: lv_goals_7_0= ruleGoal
                    	    {

                    	    							newCompositeNode(grammarAccess.getFocusAreaAccess().getGoalsGoalParserRuleCall_4_1_1_0());
                    	    						
                    	    pushFollow(FOLLOW_34);
                    	    lv_goals_7_0=ruleGoal();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getFocusAreaRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"goals",
                    	    								lv_goals_7_0,
                    	    								"org.veikart.dsl.Plan.Goal");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 3 :
                    	    // InternalPlan.g:1848:5: ( (lv_subAreas_8_0= ruleFocusArea ) )
                    	    {
                    	    // InternalPlan.g:1848:5: ( (lv_subAreas_8_0= ruleFocusArea ) )
                    	    // InternalPlan.g:1849:6: (lv_subAreas_8_0= ruleFocusArea )
                    	    {
                    	    // InternalPlan.g:1849:6: (lv_subAreas_8_0= ruleFocusArea )
                    	    // InternalPlan.g:1850:7: lv_subAreas_8_0= ruleFocusArea
                    	    {

                    	    							newCompositeNode(grammarAccess.getFocusAreaAccess().getSubAreasFocusAreaParserRuleCall_4_1_2_0());
                    	    						
                    	    pushFollow(FOLLOW_34);
                    	    lv_subAreas_8_0=ruleFocusArea();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getFocusAreaRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"subAreas",
                    	    								lv_subAreas_8_0,
                    	    								"org.veikart.dsl.Plan.FocusArea");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 4 :
                    	    // InternalPlan.g:1868:5: ( (lv_strategies_9_0= ruleStrategy ) )
                    	    {
                    	    // InternalPlan.g:1868:5: ( (lv_strategies_9_0= ruleStrategy ) )
                    	    // InternalPlan.g:1869:6: (lv_strategies_9_0= ruleStrategy )
                    	    {
                    	    // InternalPlan.g:1869:6: (lv_strategies_9_0= ruleStrategy )
                    	    // InternalPlan.g:1870:7: lv_strategies_9_0= ruleStrategy
                    	    {

                    	    							newCompositeNode(grammarAccess.getFocusAreaAccess().getStrategiesStrategyParserRuleCall_4_1_3_0());
                    	    						
                    	    pushFollow(FOLLOW_34);
                    	    lv_strategies_9_0=ruleStrategy();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getFocusAreaRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"strategies",
                    	    								lv_strategies_9_0,
                    	    								"org.veikart.dsl.Plan.Strategy");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 5 :
                    	    // InternalPlan.g:1888:5: ( (lv_measures_10_0= ruleMeasure ) )
                    	    {
                    	    // InternalPlan.g:1888:5: ( (lv_measures_10_0= ruleMeasure ) )
                    	    // InternalPlan.g:1889:6: (lv_measures_10_0= ruleMeasure )
                    	    {
                    	    // InternalPlan.g:1889:6: (lv_measures_10_0= ruleMeasure )
                    	    // InternalPlan.g:1890:7: lv_measures_10_0= ruleMeasure
                    	    {

                    	    							newCompositeNode(grammarAccess.getFocusAreaAccess().getMeasuresMeasureParserRuleCall_4_1_4_0());
                    	    						
                    	    pushFollow(FOLLOW_34);
                    	    lv_measures_10_0=ruleMeasure();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getFocusAreaRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"measures",
                    	    								lv_measures_10_0,
                    	    								"org.veikart.dsl.Plan.Measure");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop35;
                        }
                    } while (true);

                    otherlv_11=(Token)match(input,13,FOLLOW_2); 

                    				newLeafNode(otherlv_11, grammarAccess.getFocusAreaAccess().getRightCurlyBracketKeyword_4_2());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleFocusArea"


    // $ANTLR start "entryRuleStrategy"
    // InternalPlan.g:1917:1: entryRuleStrategy returns [EObject current=null] : iv_ruleStrategy= ruleStrategy EOF ;
    public final EObject entryRuleStrategy() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleStrategy = null;


        try {
            // InternalPlan.g:1917:49: (iv_ruleStrategy= ruleStrategy EOF )
            // InternalPlan.g:1918:2: iv_ruleStrategy= ruleStrategy EOF
            {
             newCompositeNode(grammarAccess.getStrategyRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleStrategy=ruleStrategy();

            state._fsp--;

             current =iv_ruleStrategy; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleStrategy"


    // $ANTLR start "ruleStrategy"
    // InternalPlan.g:1924:1: ruleStrategy returns [EObject current=null] : (otherlv_0= 'strategy' this_StrategyContent_1= ruleStrategyContent[$current] ) ;
    public final EObject ruleStrategy() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        EObject this_StrategyContent_1 = null;



        	enterRule();

        try {
            // InternalPlan.g:1930:2: ( (otherlv_0= 'strategy' this_StrategyContent_1= ruleStrategyContent[$current] ) )
            // InternalPlan.g:1931:2: (otherlv_0= 'strategy' this_StrategyContent_1= ruleStrategyContent[$current] )
            {
            // InternalPlan.g:1931:2: (otherlv_0= 'strategy' this_StrategyContent_1= ruleStrategyContent[$current] )
            // InternalPlan.g:1932:3: otherlv_0= 'strategy' this_StrategyContent_1= ruleStrategyContent[$current]
            {
            otherlv_0=(Token)match(input,43,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getStrategyAccess().getStrategyKeyword_0());
            		

            			if (current==null) {
            				current = createModelElement(grammarAccess.getStrategyRule());
            			}
            			newCompositeNode(grammarAccess.getStrategyAccess().getStrategyContentParserRuleCall_1());
            		
            pushFollow(FOLLOW_2);
            this_StrategyContent_1=ruleStrategyContent(current);

            state._fsp--;


            			current = this_StrategyContent_1;
            			afterParserOrEnumRuleCall();
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleStrategy"


    // $ANTLR start "entryRuleSubStrategy"
    // InternalPlan.g:1951:1: entryRuleSubStrategy returns [EObject current=null] : iv_ruleSubStrategy= ruleSubStrategy EOF ;
    public final EObject entryRuleSubStrategy() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSubStrategy = null;


        try {
            // InternalPlan.g:1951:52: (iv_ruleSubStrategy= ruleSubStrategy EOF )
            // InternalPlan.g:1952:2: iv_ruleSubStrategy= ruleSubStrategy EOF
            {
             newCompositeNode(grammarAccess.getSubStrategyRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSubStrategy=ruleSubStrategy();

            state._fsp--;

             current =iv_ruleSubStrategy; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSubStrategy"


    // $ANTLR start "ruleSubStrategy"
    // InternalPlan.g:1958:1: ruleSubStrategy returns [EObject current=null] : (otherlv_0= 'sub-strategy' this_StrategyContent_1= ruleStrategyContent[$current] ) ;
    public final EObject ruleSubStrategy() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        EObject this_StrategyContent_1 = null;



        	enterRule();

        try {
            // InternalPlan.g:1964:2: ( (otherlv_0= 'sub-strategy' this_StrategyContent_1= ruleStrategyContent[$current] ) )
            // InternalPlan.g:1965:2: (otherlv_0= 'sub-strategy' this_StrategyContent_1= ruleStrategyContent[$current] )
            {
            // InternalPlan.g:1965:2: (otherlv_0= 'sub-strategy' this_StrategyContent_1= ruleStrategyContent[$current] )
            // InternalPlan.g:1966:3: otherlv_0= 'sub-strategy' this_StrategyContent_1= ruleStrategyContent[$current]
            {
            otherlv_0=(Token)match(input,44,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getSubStrategyAccess().getSubStrategyKeyword_0());
            		

            			if (current==null) {
            				current = createModelElement(grammarAccess.getSubStrategyRule());
            			}
            			newCompositeNode(grammarAccess.getSubStrategyAccess().getStrategyContentParserRuleCall_1());
            		
            pushFollow(FOLLOW_2);
            this_StrategyContent_1=ruleStrategyContent(current);

            state._fsp--;


            			current = this_StrategyContent_1;
            			afterParserOrEnumRuleCall();
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSubStrategy"


    // $ANTLR start "ruleStrategyContent"
    // InternalPlan.g:1986:1: ruleStrategyContent[EObject in_current] returns [EObject current=in_current] : ( ( (lv_id_0_0= RULE_ID ) ) (otherlv_1= 'code' ( (lv_code_2_0= RULE_STRING ) ) )? ( (lv_title_3_0= RULE_STRING ) )? (otherlv_4= '{' (this_ElementItem_5= ruleElementItem[$current] | ( (lv_subStrategies_6_0= ruleSubStrategy ) ) | ( (lv_measures_7_0= ruleMeasure ) ) )* otherlv_8= '}' )? ) ;
    public final EObject ruleStrategyContent(EObject in_current) throws RecognitionException {
        EObject current = in_current;

        Token lv_id_0_0=null;
        Token otherlv_1=null;
        Token lv_code_2_0=null;
        Token lv_title_3_0=null;
        Token otherlv_4=null;
        Token otherlv_8=null;
        EObject this_ElementItem_5 = null;

        EObject lv_subStrategies_6_0 = null;

        EObject lv_measures_7_0 = null;



        	enterRule();

        try {
            // InternalPlan.g:1992:2: ( ( ( (lv_id_0_0= RULE_ID ) ) (otherlv_1= 'code' ( (lv_code_2_0= RULE_STRING ) ) )? ( (lv_title_3_0= RULE_STRING ) )? (otherlv_4= '{' (this_ElementItem_5= ruleElementItem[$current] | ( (lv_subStrategies_6_0= ruleSubStrategy ) ) | ( (lv_measures_7_0= ruleMeasure ) ) )* otherlv_8= '}' )? ) )
            // InternalPlan.g:1993:2: ( ( (lv_id_0_0= RULE_ID ) ) (otherlv_1= 'code' ( (lv_code_2_0= RULE_STRING ) ) )? ( (lv_title_3_0= RULE_STRING ) )? (otherlv_4= '{' (this_ElementItem_5= ruleElementItem[$current] | ( (lv_subStrategies_6_0= ruleSubStrategy ) ) | ( (lv_measures_7_0= ruleMeasure ) ) )* otherlv_8= '}' )? )
            {
            // InternalPlan.g:1993:2: ( ( (lv_id_0_0= RULE_ID ) ) (otherlv_1= 'code' ( (lv_code_2_0= RULE_STRING ) ) )? ( (lv_title_3_0= RULE_STRING ) )? (otherlv_4= '{' (this_ElementItem_5= ruleElementItem[$current] | ( (lv_subStrategies_6_0= ruleSubStrategy ) ) | ( (lv_measures_7_0= ruleMeasure ) ) )* otherlv_8= '}' )? )
            // InternalPlan.g:1994:3: ( (lv_id_0_0= RULE_ID ) ) (otherlv_1= 'code' ( (lv_code_2_0= RULE_STRING ) ) )? ( (lv_title_3_0= RULE_STRING ) )? (otherlv_4= '{' (this_ElementItem_5= ruleElementItem[$current] | ( (lv_subStrategies_6_0= ruleSubStrategy ) ) | ( (lv_measures_7_0= ruleMeasure ) ) )* otherlv_8= '}' )?
            {
            // InternalPlan.g:1994:3: ( (lv_id_0_0= RULE_ID ) )
            // InternalPlan.g:1995:4: (lv_id_0_0= RULE_ID )
            {
            // InternalPlan.g:1995:4: (lv_id_0_0= RULE_ID )
            // InternalPlan.g:1996:5: lv_id_0_0= RULE_ID
            {
            lv_id_0_0=(Token)match(input,RULE_ID,FOLLOW_28); 

            					newLeafNode(lv_id_0_0, grammarAccess.getStrategyContentAccess().getIdIDTerminalRuleCall_0_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getStrategyContentRule());
            					}
            					setWithLastConsumed(
            						current,
            						"id",
            						lv_id_0_0,
            						"org.veikart.dsl.Plan.ID");
            				

            }


            }

            // InternalPlan.g:2012:3: (otherlv_1= 'code' ( (lv_code_2_0= RULE_STRING ) ) )?
            int alt37=2;
            int LA37_0 = input.LA(1);

            if ( (LA37_0==15) ) {
                alt37=1;
            }
            switch (alt37) {
                case 1 :
                    // InternalPlan.g:2013:4: otherlv_1= 'code' ( (lv_code_2_0= RULE_STRING ) )
                    {
                    otherlv_1=(Token)match(input,15,FOLLOW_8); 

                    				newLeafNode(otherlv_1, grammarAccess.getStrategyContentAccess().getCodeKeyword_1_0());
                    			
                    // InternalPlan.g:2017:4: ( (lv_code_2_0= RULE_STRING ) )
                    // InternalPlan.g:2018:5: (lv_code_2_0= RULE_STRING )
                    {
                    // InternalPlan.g:2018:5: (lv_code_2_0= RULE_STRING )
                    // InternalPlan.g:2019:6: lv_code_2_0= RULE_STRING
                    {
                    lv_code_2_0=(Token)match(input,RULE_STRING,FOLLOW_29); 

                    						newLeafNode(lv_code_2_0, grammarAccess.getStrategyContentAccess().getCodeSTRINGTerminalRuleCall_1_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getStrategyContentRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"code",
                    							lv_code_2_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPlan.g:2036:3: ( (lv_title_3_0= RULE_STRING ) )?
            int alt38=2;
            int LA38_0 = input.LA(1);

            if ( (LA38_0==RULE_STRING) ) {
                alt38=1;
            }
            switch (alt38) {
                case 1 :
                    // InternalPlan.g:2037:4: (lv_title_3_0= RULE_STRING )
                    {
                    // InternalPlan.g:2037:4: (lv_title_3_0= RULE_STRING )
                    // InternalPlan.g:2038:5: lv_title_3_0= RULE_STRING
                    {
                    lv_title_3_0=(Token)match(input,RULE_STRING,FOLLOW_30); 

                    					newLeafNode(lv_title_3_0, grammarAccess.getStrategyContentAccess().getTitleSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getStrategyContentRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"title",
                    						lv_title_3_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:2054:3: (otherlv_4= '{' (this_ElementItem_5= ruleElementItem[$current] | ( (lv_subStrategies_6_0= ruleSubStrategy ) ) | ( (lv_measures_7_0= ruleMeasure ) ) )* otherlv_8= '}' )?
            int alt40=2;
            int LA40_0 = input.LA(1);

            if ( (LA40_0==12) ) {
                alt40=1;
            }
            switch (alt40) {
                case 1 :
                    // InternalPlan.g:2055:4: otherlv_4= '{' (this_ElementItem_5= ruleElementItem[$current] | ( (lv_subStrategies_6_0= ruleSubStrategy ) ) | ( (lv_measures_7_0= ruleMeasure ) ) )* otherlv_8= '}'
                    {
                    otherlv_4=(Token)match(input,12,FOLLOW_35); 

                    				newLeafNode(otherlv_4, grammarAccess.getStrategyContentAccess().getLeftCurlyBracketKeyword_3_0());
                    			
                    // InternalPlan.g:2059:4: (this_ElementItem_5= ruleElementItem[$current] | ( (lv_subStrategies_6_0= ruleSubStrategy ) ) | ( (lv_measures_7_0= ruleMeasure ) ) )*
                    loop39:
                    do {
                        int alt39=4;
                        switch ( input.LA(1) ) {
                        case 25:
                        case 26:
                        case 27:
                        case 29:
                        case 30:
                        case 31:
                        case 35:
                        case 36:
                        case 39:
                            {
                            alt39=1;
                            }
                            break;
                        case 44:
                            {
                            alt39=2;
                            }
                            break;
                        case 45:
                            {
                            alt39=3;
                            }
                            break;

                        }

                        switch (alt39) {
                    	case 1 :
                    	    // InternalPlan.g:2060:5: this_ElementItem_5= ruleElementItem[$current]
                    	    {

                    	    					if (current==null) {
                    	    						current = createModelElement(grammarAccess.getStrategyContentRule());
                    	    					}
                    	    					newCompositeNode(grammarAccess.getStrategyContentAccess().getElementItemParserRuleCall_3_1_0());
                    	    				
                    	    pushFollow(FOLLOW_35);
                    	    this_ElementItem_5=ruleElementItem(current);

                    	    state._fsp--;


                    	    					current = this_ElementItem_5;
                    	    					afterParserOrEnumRuleCall();
                    	    				

                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalPlan.g:2072:5: ( (lv_subStrategies_6_0= ruleSubStrategy ) )
                    	    {
                    	    // InternalPlan.g:2072:5: ( (lv_subStrategies_6_0= ruleSubStrategy ) )
                    	    // InternalPlan.g:2073:6: (lv_subStrategies_6_0= ruleSubStrategy )
                    	    {
                    	    // InternalPlan.g:2073:6: (lv_subStrategies_6_0= ruleSubStrategy )
                    	    // InternalPlan.g:2074:7: lv_subStrategies_6_0= ruleSubStrategy
                    	    {

                    	    							newCompositeNode(grammarAccess.getStrategyContentAccess().getSubStrategiesSubStrategyParserRuleCall_3_1_1_0());
                    	    						
                    	    pushFollow(FOLLOW_35);
                    	    lv_subStrategies_6_0=ruleSubStrategy();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getStrategyContentRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"subStrategies",
                    	    								lv_subStrategies_6_0,
                    	    								"org.veikart.dsl.Plan.SubStrategy");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 3 :
                    	    // InternalPlan.g:2092:5: ( (lv_measures_7_0= ruleMeasure ) )
                    	    {
                    	    // InternalPlan.g:2092:5: ( (lv_measures_7_0= ruleMeasure ) )
                    	    // InternalPlan.g:2093:6: (lv_measures_7_0= ruleMeasure )
                    	    {
                    	    // InternalPlan.g:2093:6: (lv_measures_7_0= ruleMeasure )
                    	    // InternalPlan.g:2094:7: lv_measures_7_0= ruleMeasure
                    	    {

                    	    							newCompositeNode(grammarAccess.getStrategyContentAccess().getMeasuresMeasureParserRuleCall_3_1_2_0());
                    	    						
                    	    pushFollow(FOLLOW_35);
                    	    lv_measures_7_0=ruleMeasure();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getStrategyContentRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"measures",
                    	    								lv_measures_7_0,
                    	    								"org.veikart.dsl.Plan.Measure");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop39;
                        }
                    } while (true);

                    otherlv_8=(Token)match(input,13,FOLLOW_2); 

                    				newLeafNode(otherlv_8, grammarAccess.getStrategyContentAccess().getRightCurlyBracketKeyword_3_2());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleStrategyContent"


    // $ANTLR start "entryRuleMeasure"
    // InternalPlan.g:2121:1: entryRuleMeasure returns [EObject current=null] : iv_ruleMeasure= ruleMeasure EOF ;
    public final EObject entryRuleMeasure() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMeasure = null;


        try {
            // InternalPlan.g:2121:48: (iv_ruleMeasure= ruleMeasure EOF )
            // InternalPlan.g:2122:2: iv_ruleMeasure= ruleMeasure EOF
            {
             newCompositeNode(grammarAccess.getMeasureRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleMeasure=ruleMeasure();

            state._fsp--;

             current =iv_ruleMeasure; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleMeasure"


    // $ANTLR start "ruleMeasure"
    // InternalPlan.g:2128:1: ruleMeasure returns [EObject current=null] : (otherlv_0= 'measure' ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? (otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | (otherlv_7= 'responsible' ( ( ruleQualifiedId ) ) ) | (otherlv_9= 'partners' ( ( ruleQualifiedId ) ) (otherlv_11= ',' ( ( ruleQualifiedId ) ) )* ) | ( (lv_schedule_13_0= ruleSchedule ) ) | (otherlv_14= 'recurrence' ( (lv_recurrence_15_0= ruleRecurrence ) ) ( (lv_recurrenceText_16_0= RULE_STRING ) )? ) | (otherlv_17= 'status' ( (lv_status_18_0= ruleMeasureStatus ) ) ) | ( (lv_cost_19_0= ruleCost ) ) | (otherlv_20= 'priority' ( (lv_priority_21_0= rulePriority ) ) ) )* otherlv_22= '}' )? ) ;
    public final EObject ruleMeasure() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_id_1_0=null;
        Token otherlv_2=null;
        Token lv_code_3_0=null;
        Token lv_title_4_0=null;
        Token otherlv_5=null;
        Token otherlv_7=null;
        Token otherlv_9=null;
        Token otherlv_11=null;
        Token otherlv_14=null;
        Token lv_recurrenceText_16_0=null;
        Token otherlv_17=null;
        Token otherlv_20=null;
        Token otherlv_22=null;
        EObject this_ElementItem_6 = null;

        EObject lv_schedule_13_0 = null;

        Enumerator lv_recurrence_15_0 = null;

        Enumerator lv_status_18_0 = null;

        EObject lv_cost_19_0 = null;

        Enumerator lv_priority_21_0 = null;



        	enterRule();

        try {
            // InternalPlan.g:2134:2: ( (otherlv_0= 'measure' ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? (otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | (otherlv_7= 'responsible' ( ( ruleQualifiedId ) ) ) | (otherlv_9= 'partners' ( ( ruleQualifiedId ) ) (otherlv_11= ',' ( ( ruleQualifiedId ) ) )* ) | ( (lv_schedule_13_0= ruleSchedule ) ) | (otherlv_14= 'recurrence' ( (lv_recurrence_15_0= ruleRecurrence ) ) ( (lv_recurrenceText_16_0= RULE_STRING ) )? ) | (otherlv_17= 'status' ( (lv_status_18_0= ruleMeasureStatus ) ) ) | ( (lv_cost_19_0= ruleCost ) ) | (otherlv_20= 'priority' ( (lv_priority_21_0= rulePriority ) ) ) )* otherlv_22= '}' )? ) )
            // InternalPlan.g:2135:2: (otherlv_0= 'measure' ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? (otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | (otherlv_7= 'responsible' ( ( ruleQualifiedId ) ) ) | (otherlv_9= 'partners' ( ( ruleQualifiedId ) ) (otherlv_11= ',' ( ( ruleQualifiedId ) ) )* ) | ( (lv_schedule_13_0= ruleSchedule ) ) | (otherlv_14= 'recurrence' ( (lv_recurrence_15_0= ruleRecurrence ) ) ( (lv_recurrenceText_16_0= RULE_STRING ) )? ) | (otherlv_17= 'status' ( (lv_status_18_0= ruleMeasureStatus ) ) ) | ( (lv_cost_19_0= ruleCost ) ) | (otherlv_20= 'priority' ( (lv_priority_21_0= rulePriority ) ) ) )* otherlv_22= '}' )? )
            {
            // InternalPlan.g:2135:2: (otherlv_0= 'measure' ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? (otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | (otherlv_7= 'responsible' ( ( ruleQualifiedId ) ) ) | (otherlv_9= 'partners' ( ( ruleQualifiedId ) ) (otherlv_11= ',' ( ( ruleQualifiedId ) ) )* ) | ( (lv_schedule_13_0= ruleSchedule ) ) | (otherlv_14= 'recurrence' ( (lv_recurrence_15_0= ruleRecurrence ) ) ( (lv_recurrenceText_16_0= RULE_STRING ) )? ) | (otherlv_17= 'status' ( (lv_status_18_0= ruleMeasureStatus ) ) ) | ( (lv_cost_19_0= ruleCost ) ) | (otherlv_20= 'priority' ( (lv_priority_21_0= rulePriority ) ) ) )* otherlv_22= '}' )? )
            // InternalPlan.g:2136:3: otherlv_0= 'measure' ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? (otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | (otherlv_7= 'responsible' ( ( ruleQualifiedId ) ) ) | (otherlv_9= 'partners' ( ( ruleQualifiedId ) ) (otherlv_11= ',' ( ( ruleQualifiedId ) ) )* ) | ( (lv_schedule_13_0= ruleSchedule ) ) | (otherlv_14= 'recurrence' ( (lv_recurrence_15_0= ruleRecurrence ) ) ( (lv_recurrenceText_16_0= RULE_STRING ) )? ) | (otherlv_17= 'status' ( (lv_status_18_0= ruleMeasureStatus ) ) ) | ( (lv_cost_19_0= ruleCost ) ) | (otherlv_20= 'priority' ( (lv_priority_21_0= rulePriority ) ) ) )* otherlv_22= '}' )?
            {
            otherlv_0=(Token)match(input,45,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getMeasureAccess().getMeasureKeyword_0());
            		
            // InternalPlan.g:2140:3: ( (lv_id_1_0= RULE_ID ) )
            // InternalPlan.g:2141:4: (lv_id_1_0= RULE_ID )
            {
            // InternalPlan.g:2141:4: (lv_id_1_0= RULE_ID )
            // InternalPlan.g:2142:5: lv_id_1_0= RULE_ID
            {
            lv_id_1_0=(Token)match(input,RULE_ID,FOLLOW_28); 

            					newLeafNode(lv_id_1_0, grammarAccess.getMeasureAccess().getIdIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getMeasureRule());
            					}
            					setWithLastConsumed(
            						current,
            						"id",
            						lv_id_1_0,
            						"org.veikart.dsl.Plan.ID");
            				

            }


            }

            // InternalPlan.g:2158:3: (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )?
            int alt41=2;
            int LA41_0 = input.LA(1);

            if ( (LA41_0==15) ) {
                alt41=1;
            }
            switch (alt41) {
                case 1 :
                    // InternalPlan.g:2159:4: otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) )
                    {
                    otherlv_2=(Token)match(input,15,FOLLOW_8); 

                    				newLeafNode(otherlv_2, grammarAccess.getMeasureAccess().getCodeKeyword_2_0());
                    			
                    // InternalPlan.g:2163:4: ( (lv_code_3_0= RULE_STRING ) )
                    // InternalPlan.g:2164:5: (lv_code_3_0= RULE_STRING )
                    {
                    // InternalPlan.g:2164:5: (lv_code_3_0= RULE_STRING )
                    // InternalPlan.g:2165:6: lv_code_3_0= RULE_STRING
                    {
                    lv_code_3_0=(Token)match(input,RULE_STRING,FOLLOW_29); 

                    						newLeafNode(lv_code_3_0, grammarAccess.getMeasureAccess().getCodeSTRINGTerminalRuleCall_2_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getMeasureRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"code",
                    							lv_code_3_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPlan.g:2182:3: ( (lv_title_4_0= RULE_STRING ) )?
            int alt42=2;
            int LA42_0 = input.LA(1);

            if ( (LA42_0==RULE_STRING) ) {
                alt42=1;
            }
            switch (alt42) {
                case 1 :
                    // InternalPlan.g:2183:4: (lv_title_4_0= RULE_STRING )
                    {
                    // InternalPlan.g:2183:4: (lv_title_4_0= RULE_STRING )
                    // InternalPlan.g:2184:5: lv_title_4_0= RULE_STRING
                    {
                    lv_title_4_0=(Token)match(input,RULE_STRING,FOLLOW_30); 

                    					newLeafNode(lv_title_4_0, grammarAccess.getMeasureAccess().getTitleSTRINGTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getMeasureRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"title",
                    						lv_title_4_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:2200:3: (otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | (otherlv_7= 'responsible' ( ( ruleQualifiedId ) ) ) | (otherlv_9= 'partners' ( ( ruleQualifiedId ) ) (otherlv_11= ',' ( ( ruleQualifiedId ) ) )* ) | ( (lv_schedule_13_0= ruleSchedule ) ) | (otherlv_14= 'recurrence' ( (lv_recurrence_15_0= ruleRecurrence ) ) ( (lv_recurrenceText_16_0= RULE_STRING ) )? ) | (otherlv_17= 'status' ( (lv_status_18_0= ruleMeasureStatus ) ) ) | ( (lv_cost_19_0= ruleCost ) ) | (otherlv_20= 'priority' ( (lv_priority_21_0= rulePriority ) ) ) )* otherlv_22= '}' )?
            int alt46=2;
            int LA46_0 = input.LA(1);

            if ( (LA46_0==12) ) {
                alt46=1;
            }
            switch (alt46) {
                case 1 :
                    // InternalPlan.g:2201:4: otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | (otherlv_7= 'responsible' ( ( ruleQualifiedId ) ) ) | (otherlv_9= 'partners' ( ( ruleQualifiedId ) ) (otherlv_11= ',' ( ( ruleQualifiedId ) ) )* ) | ( (lv_schedule_13_0= ruleSchedule ) ) | (otherlv_14= 'recurrence' ( (lv_recurrence_15_0= ruleRecurrence ) ) ( (lv_recurrenceText_16_0= RULE_STRING ) )? ) | (otherlv_17= 'status' ( (lv_status_18_0= ruleMeasureStatus ) ) ) | ( (lv_cost_19_0= ruleCost ) ) | (otherlv_20= 'priority' ( (lv_priority_21_0= rulePriority ) ) ) )* otherlv_22= '}'
                    {
                    otherlv_5=(Token)match(input,12,FOLLOW_36); 

                    				newLeafNode(otherlv_5, grammarAccess.getMeasureAccess().getLeftCurlyBracketKeyword_4_0());
                    			
                    // InternalPlan.g:2205:4: (this_ElementItem_6= ruleElementItem[$current] | (otherlv_7= 'responsible' ( ( ruleQualifiedId ) ) ) | (otherlv_9= 'partners' ( ( ruleQualifiedId ) ) (otherlv_11= ',' ( ( ruleQualifiedId ) ) )* ) | ( (lv_schedule_13_0= ruleSchedule ) ) | (otherlv_14= 'recurrence' ( (lv_recurrence_15_0= ruleRecurrence ) ) ( (lv_recurrenceText_16_0= RULE_STRING ) )? ) | (otherlv_17= 'status' ( (lv_status_18_0= ruleMeasureStatus ) ) ) | ( (lv_cost_19_0= ruleCost ) ) | (otherlv_20= 'priority' ( (lv_priority_21_0= rulePriority ) ) ) )*
                    loop45:
                    do {
                        int alt45=9;
                        switch ( input.LA(1) ) {
                        case 25:
                        case 26:
                        case 27:
                        case 29:
                        case 30:
                        case 31:
                        case 35:
                        case 36:
                        case 39:
                            {
                            alt45=1;
                            }
                            break;
                        case 46:
                            {
                            alt45=2;
                            }
                            break;
                        case 47:
                            {
                            alt45=3;
                            }
                            break;
                        case 51:
                            {
                            alt45=4;
                            }
                            break;
                        case 48:
                            {
                            alt45=5;
                            }
                            break;
                        case 49:
                            {
                            alt45=6;
                            }
                            break;
                        case 55:
                            {
                            alt45=7;
                            }
                            break;
                        case 50:
                            {
                            alt45=8;
                            }
                            break;

                        }

                        switch (alt45) {
                    	case 1 :
                    	    // InternalPlan.g:2206:5: this_ElementItem_6= ruleElementItem[$current]
                    	    {

                    	    					if (current==null) {
                    	    						current = createModelElement(grammarAccess.getMeasureRule());
                    	    					}
                    	    					newCompositeNode(grammarAccess.getMeasureAccess().getElementItemParserRuleCall_4_1_0());
                    	    				
                    	    pushFollow(FOLLOW_36);
                    	    this_ElementItem_6=ruleElementItem(current);

                    	    state._fsp--;


                    	    					current = this_ElementItem_6;
                    	    					afterParserOrEnumRuleCall();
                    	    				

                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalPlan.g:2218:5: (otherlv_7= 'responsible' ( ( ruleQualifiedId ) ) )
                    	    {
                    	    // InternalPlan.g:2218:5: (otherlv_7= 'responsible' ( ( ruleQualifiedId ) ) )
                    	    // InternalPlan.g:2219:6: otherlv_7= 'responsible' ( ( ruleQualifiedId ) )
                    	    {
                    	    otherlv_7=(Token)match(input,46,FOLLOW_3); 

                    	    						newLeafNode(otherlv_7, grammarAccess.getMeasureAccess().getResponsibleKeyword_4_1_1_0());
                    	    					
                    	    // InternalPlan.g:2223:6: ( ( ruleQualifiedId ) )
                    	    // InternalPlan.g:2224:7: ( ruleQualifiedId )
                    	    {
                    	    // InternalPlan.g:2224:7: ( ruleQualifiedId )
                    	    // InternalPlan.g:2225:8: ruleQualifiedId
                    	    {

                    	    								if (current==null) {
                    	    									current = createModelElement(grammarAccess.getMeasureRule());
                    	    								}
                    	    							

                    	    								newCompositeNode(grammarAccess.getMeasureAccess().getResponsibleActorCrossReference_4_1_1_1_0());
                    	    							
                    	    pushFollow(FOLLOW_36);
                    	    ruleQualifiedId();

                    	    state._fsp--;


                    	    								afterParserOrEnumRuleCall();
                    	    							

                    	    }


                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 3 :
                    	    // InternalPlan.g:2241:5: (otherlv_9= 'partners' ( ( ruleQualifiedId ) ) (otherlv_11= ',' ( ( ruleQualifiedId ) ) )* )
                    	    {
                    	    // InternalPlan.g:2241:5: (otherlv_9= 'partners' ( ( ruleQualifiedId ) ) (otherlv_11= ',' ( ( ruleQualifiedId ) ) )* )
                    	    // InternalPlan.g:2242:6: otherlv_9= 'partners' ( ( ruleQualifiedId ) ) (otherlv_11= ',' ( ( ruleQualifiedId ) ) )*
                    	    {
                    	    otherlv_9=(Token)match(input,47,FOLLOW_3); 

                    	    						newLeafNode(otherlv_9, grammarAccess.getMeasureAccess().getPartnersKeyword_4_1_2_0());
                    	    					
                    	    // InternalPlan.g:2246:6: ( ( ruleQualifiedId ) )
                    	    // InternalPlan.g:2247:7: ( ruleQualifiedId )
                    	    {
                    	    // InternalPlan.g:2247:7: ( ruleQualifiedId )
                    	    // InternalPlan.g:2248:8: ruleQualifiedId
                    	    {

                    	    								if (current==null) {
                    	    									current = createModelElement(grammarAccess.getMeasureRule());
                    	    								}
                    	    							

                    	    								newCompositeNode(grammarAccess.getMeasureAccess().getPartnersActorCrossReference_4_1_2_1_0());
                    	    							
                    	    pushFollow(FOLLOW_37);
                    	    ruleQualifiedId();

                    	    state._fsp--;


                    	    								afterParserOrEnumRuleCall();
                    	    							

                    	    }


                    	    }

                    	    // InternalPlan.g:2262:6: (otherlv_11= ',' ( ( ruleQualifiedId ) ) )*
                    	    loop43:
                    	    do {
                    	        int alt43=2;
                    	        int LA43_0 = input.LA(1);

                    	        if ( (LA43_0==28) ) {
                    	            alt43=1;
                    	        }


                    	        switch (alt43) {
                    	    	case 1 :
                    	    	    // InternalPlan.g:2263:7: otherlv_11= ',' ( ( ruleQualifiedId ) )
                    	    	    {
                    	    	    otherlv_11=(Token)match(input,28,FOLLOW_3); 

                    	    	    							newLeafNode(otherlv_11, grammarAccess.getMeasureAccess().getCommaKeyword_4_1_2_2_0());
                    	    	    						
                    	    	    // InternalPlan.g:2267:7: ( ( ruleQualifiedId ) )
                    	    	    // InternalPlan.g:2268:8: ( ruleQualifiedId )
                    	    	    {
                    	    	    // InternalPlan.g:2268:8: ( ruleQualifiedId )
                    	    	    // InternalPlan.g:2269:9: ruleQualifiedId
                    	    	    {

                    	    	    									if (current==null) {
                    	    	    										current = createModelElement(grammarAccess.getMeasureRule());
                    	    	    									}
                    	    	    								

                    	    	    									newCompositeNode(grammarAccess.getMeasureAccess().getPartnersActorCrossReference_4_1_2_2_1_0());
                    	    	    								
                    	    	    pushFollow(FOLLOW_37);
                    	    	    ruleQualifiedId();

                    	    	    state._fsp--;


                    	    	    									afterParserOrEnumRuleCall();
                    	    	    								

                    	    	    }


                    	    	    }


                    	    	    }
                    	    	    break;

                    	    	default :
                    	    	    break loop43;
                    	        }
                    	    } while (true);


                    	    }


                    	    }
                    	    break;
                    	case 4 :
                    	    // InternalPlan.g:2286:5: ( (lv_schedule_13_0= ruleSchedule ) )
                    	    {
                    	    // InternalPlan.g:2286:5: ( (lv_schedule_13_0= ruleSchedule ) )
                    	    // InternalPlan.g:2287:6: (lv_schedule_13_0= ruleSchedule )
                    	    {
                    	    // InternalPlan.g:2287:6: (lv_schedule_13_0= ruleSchedule )
                    	    // InternalPlan.g:2288:7: lv_schedule_13_0= ruleSchedule
                    	    {

                    	    							newCompositeNode(grammarAccess.getMeasureAccess().getScheduleScheduleParserRuleCall_4_1_3_0());
                    	    						
                    	    pushFollow(FOLLOW_36);
                    	    lv_schedule_13_0=ruleSchedule();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getMeasureRule());
                    	    							}
                    	    							set(
                    	    								current,
                    	    								"schedule",
                    	    								lv_schedule_13_0,
                    	    								"org.veikart.dsl.Plan.Schedule");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 5 :
                    	    // InternalPlan.g:2306:5: (otherlv_14= 'recurrence' ( (lv_recurrence_15_0= ruleRecurrence ) ) ( (lv_recurrenceText_16_0= RULE_STRING ) )? )
                    	    {
                    	    // InternalPlan.g:2306:5: (otherlv_14= 'recurrence' ( (lv_recurrence_15_0= ruleRecurrence ) ) ( (lv_recurrenceText_16_0= RULE_STRING ) )? )
                    	    // InternalPlan.g:2307:6: otherlv_14= 'recurrence' ( (lv_recurrence_15_0= ruleRecurrence ) ) ( (lv_recurrenceText_16_0= RULE_STRING ) )?
                    	    {
                    	    otherlv_14=(Token)match(input,48,FOLLOW_38); 

                    	    						newLeafNode(otherlv_14, grammarAccess.getMeasureAccess().getRecurrenceKeyword_4_1_4_0());
                    	    					
                    	    // InternalPlan.g:2311:6: ( (lv_recurrence_15_0= ruleRecurrence ) )
                    	    // InternalPlan.g:2312:7: (lv_recurrence_15_0= ruleRecurrence )
                    	    {
                    	    // InternalPlan.g:2312:7: (lv_recurrence_15_0= ruleRecurrence )
                    	    // InternalPlan.g:2313:8: lv_recurrence_15_0= ruleRecurrence
                    	    {

                    	    								newCompositeNode(grammarAccess.getMeasureAccess().getRecurrenceRecurrenceEnumRuleCall_4_1_4_1_0());
                    	    							
                    	    pushFollow(FOLLOW_39);
                    	    lv_recurrence_15_0=ruleRecurrence();

                    	    state._fsp--;


                    	    								if (current==null) {
                    	    									current = createModelElementForParent(grammarAccess.getMeasureRule());
                    	    								}
                    	    								set(
                    	    									current,
                    	    									"recurrence",
                    	    									lv_recurrence_15_0,
                    	    									"org.veikart.dsl.Plan.Recurrence");
                    	    								afterParserOrEnumRuleCall();
                    	    							

                    	    }


                    	    }

                    	    // InternalPlan.g:2330:6: ( (lv_recurrenceText_16_0= RULE_STRING ) )?
                    	    int alt44=2;
                    	    int LA44_0 = input.LA(1);

                    	    if ( (LA44_0==RULE_STRING) ) {
                    	        alt44=1;
                    	    }
                    	    switch (alt44) {
                    	        case 1 :
                    	            // InternalPlan.g:2331:7: (lv_recurrenceText_16_0= RULE_STRING )
                    	            {
                    	            // InternalPlan.g:2331:7: (lv_recurrenceText_16_0= RULE_STRING )
                    	            // InternalPlan.g:2332:8: lv_recurrenceText_16_0= RULE_STRING
                    	            {
                    	            lv_recurrenceText_16_0=(Token)match(input,RULE_STRING,FOLLOW_36); 

                    	            								newLeafNode(lv_recurrenceText_16_0, grammarAccess.getMeasureAccess().getRecurrenceTextSTRINGTerminalRuleCall_4_1_4_2_0());
                    	            							

                    	            								if (current==null) {
                    	            									current = createModelElement(grammarAccess.getMeasureRule());
                    	            								}
                    	            								setWithLastConsumed(
                    	            									current,
                    	            									"recurrenceText",
                    	            									lv_recurrenceText_16_0,
                    	            									"org.eclipse.xtext.common.Terminals.STRING");
                    	            							

                    	            }


                    	            }
                    	            break;

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 6 :
                    	    // InternalPlan.g:2350:5: (otherlv_17= 'status' ( (lv_status_18_0= ruleMeasureStatus ) ) )
                    	    {
                    	    // InternalPlan.g:2350:5: (otherlv_17= 'status' ( (lv_status_18_0= ruleMeasureStatus ) ) )
                    	    // InternalPlan.g:2351:6: otherlv_17= 'status' ( (lv_status_18_0= ruleMeasureStatus ) )
                    	    {
                    	    otherlv_17=(Token)match(input,49,FOLLOW_40); 

                    	    						newLeafNode(otherlv_17, grammarAccess.getMeasureAccess().getStatusKeyword_4_1_5_0());
                    	    					
                    	    // InternalPlan.g:2355:6: ( (lv_status_18_0= ruleMeasureStatus ) )
                    	    // InternalPlan.g:2356:7: (lv_status_18_0= ruleMeasureStatus )
                    	    {
                    	    // InternalPlan.g:2356:7: (lv_status_18_0= ruleMeasureStatus )
                    	    // InternalPlan.g:2357:8: lv_status_18_0= ruleMeasureStatus
                    	    {

                    	    								newCompositeNode(grammarAccess.getMeasureAccess().getStatusMeasureStatusEnumRuleCall_4_1_5_1_0());
                    	    							
                    	    pushFollow(FOLLOW_36);
                    	    lv_status_18_0=ruleMeasureStatus();

                    	    state._fsp--;


                    	    								if (current==null) {
                    	    									current = createModelElementForParent(grammarAccess.getMeasureRule());
                    	    								}
                    	    								set(
                    	    									current,
                    	    									"status",
                    	    									lv_status_18_0,
                    	    									"org.veikart.dsl.Plan.MeasureStatus");
                    	    								afterParserOrEnumRuleCall();
                    	    							

                    	    }


                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 7 :
                    	    // InternalPlan.g:2376:5: ( (lv_cost_19_0= ruleCost ) )
                    	    {
                    	    // InternalPlan.g:2376:5: ( (lv_cost_19_0= ruleCost ) )
                    	    // InternalPlan.g:2377:6: (lv_cost_19_0= ruleCost )
                    	    {
                    	    // InternalPlan.g:2377:6: (lv_cost_19_0= ruleCost )
                    	    // InternalPlan.g:2378:7: lv_cost_19_0= ruleCost
                    	    {

                    	    							newCompositeNode(grammarAccess.getMeasureAccess().getCostCostParserRuleCall_4_1_6_0());
                    	    						
                    	    pushFollow(FOLLOW_36);
                    	    lv_cost_19_0=ruleCost();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getMeasureRule());
                    	    							}
                    	    							set(
                    	    								current,
                    	    								"cost",
                    	    								lv_cost_19_0,
                    	    								"org.veikart.dsl.Plan.Cost");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 8 :
                    	    // InternalPlan.g:2396:5: (otherlv_20= 'priority' ( (lv_priority_21_0= rulePriority ) ) )
                    	    {
                    	    // InternalPlan.g:2396:5: (otherlv_20= 'priority' ( (lv_priority_21_0= rulePriority ) ) )
                    	    // InternalPlan.g:2397:6: otherlv_20= 'priority' ( (lv_priority_21_0= rulePriority ) )
                    	    {
                    	    otherlv_20=(Token)match(input,50,FOLLOW_41); 

                    	    						newLeafNode(otherlv_20, grammarAccess.getMeasureAccess().getPriorityKeyword_4_1_7_0());
                    	    					
                    	    // InternalPlan.g:2401:6: ( (lv_priority_21_0= rulePriority ) )
                    	    // InternalPlan.g:2402:7: (lv_priority_21_0= rulePriority )
                    	    {
                    	    // InternalPlan.g:2402:7: (lv_priority_21_0= rulePriority )
                    	    // InternalPlan.g:2403:8: lv_priority_21_0= rulePriority
                    	    {

                    	    								newCompositeNode(grammarAccess.getMeasureAccess().getPriorityPriorityEnumRuleCall_4_1_7_1_0());
                    	    							
                    	    pushFollow(FOLLOW_36);
                    	    lv_priority_21_0=rulePriority();

                    	    state._fsp--;


                    	    								if (current==null) {
                    	    									current = createModelElementForParent(grammarAccess.getMeasureRule());
                    	    								}
                    	    								set(
                    	    									current,
                    	    									"priority",
                    	    									lv_priority_21_0,
                    	    									"org.veikart.dsl.Plan.Priority");
                    	    								afterParserOrEnumRuleCall();
                    	    							

                    	    }


                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop45;
                        }
                    } while (true);

                    otherlv_22=(Token)match(input,13,FOLLOW_2); 

                    				newLeafNode(otherlv_22, grammarAccess.getMeasureAccess().getRightCurlyBracketKeyword_4_2());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleMeasure"


    // $ANTLR start "entryRuleSchedule"
    // InternalPlan.g:2431:1: entryRuleSchedule returns [EObject current=null] : iv_ruleSchedule= ruleSchedule EOF ;
    public final EObject entryRuleSchedule() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSchedule = null;


        try {
            // InternalPlan.g:2431:49: (iv_ruleSchedule= ruleSchedule EOF )
            // InternalPlan.g:2432:2: iv_ruleSchedule= ruleSchedule EOF
            {
             newCompositeNode(grammarAccess.getScheduleRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSchedule=ruleSchedule();

            state._fsp--;

             current =iv_ruleSchedule; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSchedule"


    // $ANTLR start "ruleSchedule"
    // InternalPlan.g:2438:1: ruleSchedule returns [EObject current=null] : (otherlv_0= 'scheduled' () (otherlv_2= 'in' ( (lv_years_3_0= RULE_INT ) )+ )? (otherlv_4= 'from' ( (lv_start_5_0= rulePartialDate ) ) )? (otherlv_6= 'until' ( (lv_end_7_0= rulePartialDate ) ) )? ( (lv_text_8_0= RULE_STRING ) )? ) ;
    public final EObject ruleSchedule() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token lv_years_3_0=null;
        Token otherlv_4=null;
        Token otherlv_6=null;
        Token lv_text_8_0=null;
        AntlrDatatypeRuleToken lv_start_5_0 = null;

        AntlrDatatypeRuleToken lv_end_7_0 = null;



        	enterRule();

        try {
            // InternalPlan.g:2444:2: ( (otherlv_0= 'scheduled' () (otherlv_2= 'in' ( (lv_years_3_0= RULE_INT ) )+ )? (otherlv_4= 'from' ( (lv_start_5_0= rulePartialDate ) ) )? (otherlv_6= 'until' ( (lv_end_7_0= rulePartialDate ) ) )? ( (lv_text_8_0= RULE_STRING ) )? ) )
            // InternalPlan.g:2445:2: (otherlv_0= 'scheduled' () (otherlv_2= 'in' ( (lv_years_3_0= RULE_INT ) )+ )? (otherlv_4= 'from' ( (lv_start_5_0= rulePartialDate ) ) )? (otherlv_6= 'until' ( (lv_end_7_0= rulePartialDate ) ) )? ( (lv_text_8_0= RULE_STRING ) )? )
            {
            // InternalPlan.g:2445:2: (otherlv_0= 'scheduled' () (otherlv_2= 'in' ( (lv_years_3_0= RULE_INT ) )+ )? (otherlv_4= 'from' ( (lv_start_5_0= rulePartialDate ) ) )? (otherlv_6= 'until' ( (lv_end_7_0= rulePartialDate ) ) )? ( (lv_text_8_0= RULE_STRING ) )? )
            // InternalPlan.g:2446:3: otherlv_0= 'scheduled' () (otherlv_2= 'in' ( (lv_years_3_0= RULE_INT ) )+ )? (otherlv_4= 'from' ( (lv_start_5_0= rulePartialDate ) ) )? (otherlv_6= 'until' ( (lv_end_7_0= rulePartialDate ) ) )? ( (lv_text_8_0= RULE_STRING ) )?
            {
            otherlv_0=(Token)match(input,51,FOLLOW_42); 

            			newLeafNode(otherlv_0, grammarAccess.getScheduleAccess().getScheduledKeyword_0());
            		
            // InternalPlan.g:2450:3: ()
            // InternalPlan.g:2451:4: 
            {

            				current = forceCreateModelElement(
            					grammarAccess.getScheduleAccess().getScheduleAction_1(),
            					current);
            			

            }

            // InternalPlan.g:2457:3: (otherlv_2= 'in' ( (lv_years_3_0= RULE_INT ) )+ )?
            int alt48=2;
            int LA48_0 = input.LA(1);

            if ( (LA48_0==52) ) {
                alt48=1;
            }
            switch (alt48) {
                case 1 :
                    // InternalPlan.g:2458:4: otherlv_2= 'in' ( (lv_years_3_0= RULE_INT ) )+
                    {
                    otherlv_2=(Token)match(input,52,FOLLOW_11); 

                    				newLeafNode(otherlv_2, grammarAccess.getScheduleAccess().getInKeyword_2_0());
                    			
                    // InternalPlan.g:2462:4: ( (lv_years_3_0= RULE_INT ) )+
                    int cnt47=0;
                    loop47:
                    do {
                        int alt47=2;
                        int LA47_0 = input.LA(1);

                        if ( (LA47_0==RULE_INT) ) {
                            alt47=1;
                        }


                        switch (alt47) {
                    	case 1 :
                    	    // InternalPlan.g:2463:5: (lv_years_3_0= RULE_INT )
                    	    {
                    	    // InternalPlan.g:2463:5: (lv_years_3_0= RULE_INT )
                    	    // InternalPlan.g:2464:6: lv_years_3_0= RULE_INT
                    	    {
                    	    lv_years_3_0=(Token)match(input,RULE_INT,FOLLOW_43); 

                    	    						newLeafNode(lv_years_3_0, grammarAccess.getScheduleAccess().getYearsINTTerminalRuleCall_2_1_0());
                    	    					

                    	    						if (current==null) {
                    	    							current = createModelElement(grammarAccess.getScheduleRule());
                    	    						}
                    	    						addWithLastConsumed(
                    	    							current,
                    	    							"years",
                    	    							lv_years_3_0,
                    	    							"org.eclipse.xtext.common.Terminals.INT");
                    	    					

                    	    }


                    	    }
                    	    break;

                    	default :
                    	    if ( cnt47 >= 1 ) break loop47;
                                EarlyExitException eee =
                                    new EarlyExitException(47, input);
                                throw eee;
                        }
                        cnt47++;
                    } while (true);


                    }
                    break;

            }

            // InternalPlan.g:2481:3: (otherlv_4= 'from' ( (lv_start_5_0= rulePartialDate ) ) )?
            int alt49=2;
            int LA49_0 = input.LA(1);

            if ( (LA49_0==53) ) {
                alt49=1;
            }
            switch (alt49) {
                case 1 :
                    // InternalPlan.g:2482:4: otherlv_4= 'from' ( (lv_start_5_0= rulePartialDate ) )
                    {
                    otherlv_4=(Token)match(input,53,FOLLOW_11); 

                    				newLeafNode(otherlv_4, grammarAccess.getScheduleAccess().getFromKeyword_3_0());
                    			
                    // InternalPlan.g:2486:4: ( (lv_start_5_0= rulePartialDate ) )
                    // InternalPlan.g:2487:5: (lv_start_5_0= rulePartialDate )
                    {
                    // InternalPlan.g:2487:5: (lv_start_5_0= rulePartialDate )
                    // InternalPlan.g:2488:6: lv_start_5_0= rulePartialDate
                    {

                    						newCompositeNode(grammarAccess.getScheduleAccess().getStartPartialDateParserRuleCall_3_1_0());
                    					
                    pushFollow(FOLLOW_44);
                    lv_start_5_0=rulePartialDate();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getScheduleRule());
                    						}
                    						set(
                    							current,
                    							"start",
                    							lv_start_5_0,
                    							"org.veikart.dsl.Plan.PartialDate");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPlan.g:2506:3: (otherlv_6= 'until' ( (lv_end_7_0= rulePartialDate ) ) )?
            int alt50=2;
            int LA50_0 = input.LA(1);

            if ( (LA50_0==54) ) {
                alt50=1;
            }
            switch (alt50) {
                case 1 :
                    // InternalPlan.g:2507:4: otherlv_6= 'until' ( (lv_end_7_0= rulePartialDate ) )
                    {
                    otherlv_6=(Token)match(input,54,FOLLOW_11); 

                    				newLeafNode(otherlv_6, grammarAccess.getScheduleAccess().getUntilKeyword_4_0());
                    			
                    // InternalPlan.g:2511:4: ( (lv_end_7_0= rulePartialDate ) )
                    // InternalPlan.g:2512:5: (lv_end_7_0= rulePartialDate )
                    {
                    // InternalPlan.g:2512:5: (lv_end_7_0= rulePartialDate )
                    // InternalPlan.g:2513:6: lv_end_7_0= rulePartialDate
                    {

                    						newCompositeNode(grammarAccess.getScheduleAccess().getEndPartialDateParserRuleCall_4_1_0());
                    					
                    pushFollow(FOLLOW_23);
                    lv_end_7_0=rulePartialDate();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getScheduleRule());
                    						}
                    						set(
                    							current,
                    							"end",
                    							lv_end_7_0,
                    							"org.veikart.dsl.Plan.PartialDate");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPlan.g:2531:3: ( (lv_text_8_0= RULE_STRING ) )?
            int alt51=2;
            int LA51_0 = input.LA(1);

            if ( (LA51_0==RULE_STRING) ) {
                alt51=1;
            }
            switch (alt51) {
                case 1 :
                    // InternalPlan.g:2532:4: (lv_text_8_0= RULE_STRING )
                    {
                    // InternalPlan.g:2532:4: (lv_text_8_0= RULE_STRING )
                    // InternalPlan.g:2533:5: lv_text_8_0= RULE_STRING
                    {
                    lv_text_8_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    					newLeafNode(lv_text_8_0, grammarAccess.getScheduleAccess().getTextSTRINGTerminalRuleCall_5_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getScheduleRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"text",
                    						lv_text_8_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSchedule"


    // $ANTLR start "entryRuleCost"
    // InternalPlan.g:2553:1: entryRuleCost returns [EObject current=null] : iv_ruleCost= ruleCost EOF ;
    public final EObject entryRuleCost() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleCost = null;


        try {
            // InternalPlan.g:2553:45: (iv_ruleCost= ruleCost EOF )
            // InternalPlan.g:2554:2: iv_ruleCost= ruleCost EOF
            {
             newCompositeNode(grammarAccess.getCostRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleCost=ruleCost();

            state._fsp--;

             current =iv_ruleCost; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleCost"


    // $ANTLR start "ruleCost"
    // InternalPlan.g:2560:1: ruleCost returns [EObject current=null] : (otherlv_0= 'cost' () ( (lv_amount_2_0= ruleDecimal ) )? ( (lv_currency_3_0= RULE_ID ) )? ( (lv_text_4_0= RULE_STRING ) )? ) ;
    public final EObject ruleCost() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_currency_3_0=null;
        Token lv_text_4_0=null;
        AntlrDatatypeRuleToken lv_amount_2_0 = null;



        	enterRule();

        try {
            // InternalPlan.g:2566:2: ( (otherlv_0= 'cost' () ( (lv_amount_2_0= ruleDecimal ) )? ( (lv_currency_3_0= RULE_ID ) )? ( (lv_text_4_0= RULE_STRING ) )? ) )
            // InternalPlan.g:2567:2: (otherlv_0= 'cost' () ( (lv_amount_2_0= ruleDecimal ) )? ( (lv_currency_3_0= RULE_ID ) )? ( (lv_text_4_0= RULE_STRING ) )? )
            {
            // InternalPlan.g:2567:2: (otherlv_0= 'cost' () ( (lv_amount_2_0= ruleDecimal ) )? ( (lv_currency_3_0= RULE_ID ) )? ( (lv_text_4_0= RULE_STRING ) )? )
            // InternalPlan.g:2568:3: otherlv_0= 'cost' () ( (lv_amount_2_0= ruleDecimal ) )? ( (lv_currency_3_0= RULE_ID ) )? ( (lv_text_4_0= RULE_STRING ) )?
            {
            otherlv_0=(Token)match(input,55,FOLLOW_45); 

            			newLeafNode(otherlv_0, grammarAccess.getCostAccess().getCostKeyword_0());
            		
            // InternalPlan.g:2572:3: ()
            // InternalPlan.g:2573:4: 
            {

            				current = forceCreateModelElement(
            					grammarAccess.getCostAccess().getCostAction_1(),
            					current);
            			

            }

            // InternalPlan.g:2579:3: ( (lv_amount_2_0= ruleDecimal ) )?
            int alt52=2;
            int LA52_0 = input.LA(1);

            if ( (LA52_0==RULE_INT||LA52_0==92) ) {
                alt52=1;
            }
            switch (alt52) {
                case 1 :
                    // InternalPlan.g:2580:4: (lv_amount_2_0= ruleDecimal )
                    {
                    // InternalPlan.g:2580:4: (lv_amount_2_0= ruleDecimal )
                    // InternalPlan.g:2581:5: lv_amount_2_0= ruleDecimal
                    {

                    					newCompositeNode(grammarAccess.getCostAccess().getAmountDecimalParserRuleCall_2_0());
                    				
                    pushFollow(FOLLOW_46);
                    lv_amount_2_0=ruleDecimal();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getCostRule());
                    					}
                    					set(
                    						current,
                    						"amount",
                    						lv_amount_2_0,
                    						"org.veikart.dsl.Plan.Decimal");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:2598:3: ( (lv_currency_3_0= RULE_ID ) )?
            int alt53=2;
            int LA53_0 = input.LA(1);

            if ( (LA53_0==RULE_ID) ) {
                alt53=1;
            }
            switch (alt53) {
                case 1 :
                    // InternalPlan.g:2599:4: (lv_currency_3_0= RULE_ID )
                    {
                    // InternalPlan.g:2599:4: (lv_currency_3_0= RULE_ID )
                    // InternalPlan.g:2600:5: lv_currency_3_0= RULE_ID
                    {
                    lv_currency_3_0=(Token)match(input,RULE_ID,FOLLOW_23); 

                    					newLeafNode(lv_currency_3_0, grammarAccess.getCostAccess().getCurrencyIDTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getCostRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"currency",
                    						lv_currency_3_0,
                    						"org.veikart.dsl.Plan.ID");
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:2616:3: ( (lv_text_4_0= RULE_STRING ) )?
            int alt54=2;
            int LA54_0 = input.LA(1);

            if ( (LA54_0==RULE_STRING) ) {
                alt54=1;
            }
            switch (alt54) {
                case 1 :
                    // InternalPlan.g:2617:4: (lv_text_4_0= RULE_STRING )
                    {
                    // InternalPlan.g:2617:4: (lv_text_4_0= RULE_STRING )
                    // InternalPlan.g:2618:5: lv_text_4_0= RULE_STRING
                    {
                    lv_text_4_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    					newLeafNode(lv_text_4_0, grammarAccess.getCostAccess().getTextSTRINGTerminalRuleCall_4_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getCostRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"text",
                    						lv_text_4_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleCost"


    // $ANTLR start "entryRuleIndicator"
    // InternalPlan.g:2638:1: entryRuleIndicator returns [EObject current=null] : iv_ruleIndicator= ruleIndicator EOF ;
    public final EObject entryRuleIndicator() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleIndicator = null;


        try {
            // InternalPlan.g:2638:50: (iv_ruleIndicator= ruleIndicator EOF )
            // InternalPlan.g:2639:2: iv_ruleIndicator= ruleIndicator EOF
            {
             newCompositeNode(grammarAccess.getIndicatorRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleIndicator=ruleIndicator();

            state._fsp--;

             current =iv_ruleIndicator; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleIndicator"


    // $ANTLR start "ruleIndicator"
    // InternalPlan.g:2645:1: ruleIndicator returns [EObject current=null] : (otherlv_0= 'indicator' ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? (otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | (otherlv_7= 'unit' ( (lv_unit_8_0= RULE_STRING ) ) ) | (otherlv_9= 'direction' ( (lv_direction_10_0= ruleDirection ) ) ) | (otherlv_11= 'data-source' ( (lv_source_12_0= RULE_STRING ) )? (otherlv_13= 'by' ( ( ruleQualifiedId ) ) )? ) | (otherlv_15= 'frequency' ( (lv_frequency_16_0= RULE_STRING ) ) ) | (otherlv_17= 'baseline' ( (lv_baseline_18_0= ruleMeasurement ) ) ) | (otherlv_19= 'target' ( (lv_targets_20_0= ruleMeasurement ) ) ) | (otherlv_21= 'actual' ( (lv_actuals_22_0= ruleMeasurement ) ) ) | ( (lv_thresholds_23_0= ruleThreshold ) ) )* otherlv_24= '}' )? ) ;
    public final EObject ruleIndicator() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_id_1_0=null;
        Token otherlv_2=null;
        Token lv_code_3_0=null;
        Token lv_title_4_0=null;
        Token otherlv_5=null;
        Token otherlv_7=null;
        Token lv_unit_8_0=null;
        Token otherlv_9=null;
        Token otherlv_11=null;
        Token lv_source_12_0=null;
        Token otherlv_13=null;
        Token otherlv_15=null;
        Token lv_frequency_16_0=null;
        Token otherlv_17=null;
        Token otherlv_19=null;
        Token otherlv_21=null;
        Token otherlv_24=null;
        EObject this_ElementItem_6 = null;

        Enumerator lv_direction_10_0 = null;

        EObject lv_baseline_18_0 = null;

        EObject lv_targets_20_0 = null;

        EObject lv_actuals_22_0 = null;

        EObject lv_thresholds_23_0 = null;



        	enterRule();

        try {
            // InternalPlan.g:2651:2: ( (otherlv_0= 'indicator' ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? (otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | (otherlv_7= 'unit' ( (lv_unit_8_0= RULE_STRING ) ) ) | (otherlv_9= 'direction' ( (lv_direction_10_0= ruleDirection ) ) ) | (otherlv_11= 'data-source' ( (lv_source_12_0= RULE_STRING ) )? (otherlv_13= 'by' ( ( ruleQualifiedId ) ) )? ) | (otherlv_15= 'frequency' ( (lv_frequency_16_0= RULE_STRING ) ) ) | (otherlv_17= 'baseline' ( (lv_baseline_18_0= ruleMeasurement ) ) ) | (otherlv_19= 'target' ( (lv_targets_20_0= ruleMeasurement ) ) ) | (otherlv_21= 'actual' ( (lv_actuals_22_0= ruleMeasurement ) ) ) | ( (lv_thresholds_23_0= ruleThreshold ) ) )* otherlv_24= '}' )? ) )
            // InternalPlan.g:2652:2: (otherlv_0= 'indicator' ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? (otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | (otherlv_7= 'unit' ( (lv_unit_8_0= RULE_STRING ) ) ) | (otherlv_9= 'direction' ( (lv_direction_10_0= ruleDirection ) ) ) | (otherlv_11= 'data-source' ( (lv_source_12_0= RULE_STRING ) )? (otherlv_13= 'by' ( ( ruleQualifiedId ) ) )? ) | (otherlv_15= 'frequency' ( (lv_frequency_16_0= RULE_STRING ) ) ) | (otherlv_17= 'baseline' ( (lv_baseline_18_0= ruleMeasurement ) ) ) | (otherlv_19= 'target' ( (lv_targets_20_0= ruleMeasurement ) ) ) | (otherlv_21= 'actual' ( (lv_actuals_22_0= ruleMeasurement ) ) ) | ( (lv_thresholds_23_0= ruleThreshold ) ) )* otherlv_24= '}' )? )
            {
            // InternalPlan.g:2652:2: (otherlv_0= 'indicator' ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? (otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | (otherlv_7= 'unit' ( (lv_unit_8_0= RULE_STRING ) ) ) | (otherlv_9= 'direction' ( (lv_direction_10_0= ruleDirection ) ) ) | (otherlv_11= 'data-source' ( (lv_source_12_0= RULE_STRING ) )? (otherlv_13= 'by' ( ( ruleQualifiedId ) ) )? ) | (otherlv_15= 'frequency' ( (lv_frequency_16_0= RULE_STRING ) ) ) | (otherlv_17= 'baseline' ( (lv_baseline_18_0= ruleMeasurement ) ) ) | (otherlv_19= 'target' ( (lv_targets_20_0= ruleMeasurement ) ) ) | (otherlv_21= 'actual' ( (lv_actuals_22_0= ruleMeasurement ) ) ) | ( (lv_thresholds_23_0= ruleThreshold ) ) )* otherlv_24= '}' )? )
            // InternalPlan.g:2653:3: otherlv_0= 'indicator' ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? (otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | (otherlv_7= 'unit' ( (lv_unit_8_0= RULE_STRING ) ) ) | (otherlv_9= 'direction' ( (lv_direction_10_0= ruleDirection ) ) ) | (otherlv_11= 'data-source' ( (lv_source_12_0= RULE_STRING ) )? (otherlv_13= 'by' ( ( ruleQualifiedId ) ) )? ) | (otherlv_15= 'frequency' ( (lv_frequency_16_0= RULE_STRING ) ) ) | (otherlv_17= 'baseline' ( (lv_baseline_18_0= ruleMeasurement ) ) ) | (otherlv_19= 'target' ( (lv_targets_20_0= ruleMeasurement ) ) ) | (otherlv_21= 'actual' ( (lv_actuals_22_0= ruleMeasurement ) ) ) | ( (lv_thresholds_23_0= ruleThreshold ) ) )* otherlv_24= '}' )?
            {
            otherlv_0=(Token)match(input,56,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getIndicatorAccess().getIndicatorKeyword_0());
            		
            // InternalPlan.g:2657:3: ( (lv_id_1_0= RULE_ID ) )
            // InternalPlan.g:2658:4: (lv_id_1_0= RULE_ID )
            {
            // InternalPlan.g:2658:4: (lv_id_1_0= RULE_ID )
            // InternalPlan.g:2659:5: lv_id_1_0= RULE_ID
            {
            lv_id_1_0=(Token)match(input,RULE_ID,FOLLOW_28); 

            					newLeafNode(lv_id_1_0, grammarAccess.getIndicatorAccess().getIdIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getIndicatorRule());
            					}
            					setWithLastConsumed(
            						current,
            						"id",
            						lv_id_1_0,
            						"org.veikart.dsl.Plan.ID");
            				

            }


            }

            // InternalPlan.g:2675:3: (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )?
            int alt55=2;
            int LA55_0 = input.LA(1);

            if ( (LA55_0==15) ) {
                alt55=1;
            }
            switch (alt55) {
                case 1 :
                    // InternalPlan.g:2676:4: otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) )
                    {
                    otherlv_2=(Token)match(input,15,FOLLOW_8); 

                    				newLeafNode(otherlv_2, grammarAccess.getIndicatorAccess().getCodeKeyword_2_0());
                    			
                    // InternalPlan.g:2680:4: ( (lv_code_3_0= RULE_STRING ) )
                    // InternalPlan.g:2681:5: (lv_code_3_0= RULE_STRING )
                    {
                    // InternalPlan.g:2681:5: (lv_code_3_0= RULE_STRING )
                    // InternalPlan.g:2682:6: lv_code_3_0= RULE_STRING
                    {
                    lv_code_3_0=(Token)match(input,RULE_STRING,FOLLOW_29); 

                    						newLeafNode(lv_code_3_0, grammarAccess.getIndicatorAccess().getCodeSTRINGTerminalRuleCall_2_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getIndicatorRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"code",
                    							lv_code_3_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPlan.g:2699:3: ( (lv_title_4_0= RULE_STRING ) )?
            int alt56=2;
            int LA56_0 = input.LA(1);

            if ( (LA56_0==RULE_STRING) ) {
                alt56=1;
            }
            switch (alt56) {
                case 1 :
                    // InternalPlan.g:2700:4: (lv_title_4_0= RULE_STRING )
                    {
                    // InternalPlan.g:2700:4: (lv_title_4_0= RULE_STRING )
                    // InternalPlan.g:2701:5: lv_title_4_0= RULE_STRING
                    {
                    lv_title_4_0=(Token)match(input,RULE_STRING,FOLLOW_30); 

                    					newLeafNode(lv_title_4_0, grammarAccess.getIndicatorAccess().getTitleSTRINGTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getIndicatorRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"title",
                    						lv_title_4_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:2717:3: (otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | (otherlv_7= 'unit' ( (lv_unit_8_0= RULE_STRING ) ) ) | (otherlv_9= 'direction' ( (lv_direction_10_0= ruleDirection ) ) ) | (otherlv_11= 'data-source' ( (lv_source_12_0= RULE_STRING ) )? (otherlv_13= 'by' ( ( ruleQualifiedId ) ) )? ) | (otherlv_15= 'frequency' ( (lv_frequency_16_0= RULE_STRING ) ) ) | (otherlv_17= 'baseline' ( (lv_baseline_18_0= ruleMeasurement ) ) ) | (otherlv_19= 'target' ( (lv_targets_20_0= ruleMeasurement ) ) ) | (otherlv_21= 'actual' ( (lv_actuals_22_0= ruleMeasurement ) ) ) | ( (lv_thresholds_23_0= ruleThreshold ) ) )* otherlv_24= '}' )?
            int alt60=2;
            int LA60_0 = input.LA(1);

            if ( (LA60_0==12) ) {
                alt60=1;
            }
            switch (alt60) {
                case 1 :
                    // InternalPlan.g:2718:4: otherlv_5= '{' (this_ElementItem_6= ruleElementItem[$current] | (otherlv_7= 'unit' ( (lv_unit_8_0= RULE_STRING ) ) ) | (otherlv_9= 'direction' ( (lv_direction_10_0= ruleDirection ) ) ) | (otherlv_11= 'data-source' ( (lv_source_12_0= RULE_STRING ) )? (otherlv_13= 'by' ( ( ruleQualifiedId ) ) )? ) | (otherlv_15= 'frequency' ( (lv_frequency_16_0= RULE_STRING ) ) ) | (otherlv_17= 'baseline' ( (lv_baseline_18_0= ruleMeasurement ) ) ) | (otherlv_19= 'target' ( (lv_targets_20_0= ruleMeasurement ) ) ) | (otherlv_21= 'actual' ( (lv_actuals_22_0= ruleMeasurement ) ) ) | ( (lv_thresholds_23_0= ruleThreshold ) ) )* otherlv_24= '}'
                    {
                    otherlv_5=(Token)match(input,12,FOLLOW_47); 

                    				newLeafNode(otherlv_5, grammarAccess.getIndicatorAccess().getLeftCurlyBracketKeyword_4_0());
                    			
                    // InternalPlan.g:2722:4: (this_ElementItem_6= ruleElementItem[$current] | (otherlv_7= 'unit' ( (lv_unit_8_0= RULE_STRING ) ) ) | (otherlv_9= 'direction' ( (lv_direction_10_0= ruleDirection ) ) ) | (otherlv_11= 'data-source' ( (lv_source_12_0= RULE_STRING ) )? (otherlv_13= 'by' ( ( ruleQualifiedId ) ) )? ) | (otherlv_15= 'frequency' ( (lv_frequency_16_0= RULE_STRING ) ) ) | (otherlv_17= 'baseline' ( (lv_baseline_18_0= ruleMeasurement ) ) ) | (otherlv_19= 'target' ( (lv_targets_20_0= ruleMeasurement ) ) ) | (otherlv_21= 'actual' ( (lv_actuals_22_0= ruleMeasurement ) ) ) | ( (lv_thresholds_23_0= ruleThreshold ) ) )*
                    loop59:
                    do {
                        int alt59=10;
                        switch ( input.LA(1) ) {
                        case 25:
                        case 26:
                        case 27:
                        case 29:
                        case 30:
                        case 31:
                        case 35:
                        case 36:
                        case 39:
                            {
                            alt59=1;
                            }
                            break;
                        case 57:
                            {
                            alt59=2;
                            }
                            break;
                        case 58:
                            {
                            alt59=3;
                            }
                            break;
                        case 59:
                            {
                            alt59=4;
                            }
                            break;
                        case 61:
                            {
                            alt59=5;
                            }
                            break;
                        case 62:
                            {
                            alt59=6;
                            }
                            break;
                        case 63:
                            {
                            alt59=7;
                            }
                            break;
                        case 64:
                            {
                            alt59=8;
                            }
                            break;
                        case 69:
                            {
                            alt59=9;
                            }
                            break;

                        }

                        switch (alt59) {
                    	case 1 :
                    	    // InternalPlan.g:2723:5: this_ElementItem_6= ruleElementItem[$current]
                    	    {

                    	    					if (current==null) {
                    	    						current = createModelElement(grammarAccess.getIndicatorRule());
                    	    					}
                    	    					newCompositeNode(grammarAccess.getIndicatorAccess().getElementItemParserRuleCall_4_1_0());
                    	    				
                    	    pushFollow(FOLLOW_47);
                    	    this_ElementItem_6=ruleElementItem(current);

                    	    state._fsp--;


                    	    					current = this_ElementItem_6;
                    	    					afterParserOrEnumRuleCall();
                    	    				

                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalPlan.g:2735:5: (otherlv_7= 'unit' ( (lv_unit_8_0= RULE_STRING ) ) )
                    	    {
                    	    // InternalPlan.g:2735:5: (otherlv_7= 'unit' ( (lv_unit_8_0= RULE_STRING ) ) )
                    	    // InternalPlan.g:2736:6: otherlv_7= 'unit' ( (lv_unit_8_0= RULE_STRING ) )
                    	    {
                    	    otherlv_7=(Token)match(input,57,FOLLOW_8); 

                    	    						newLeafNode(otherlv_7, grammarAccess.getIndicatorAccess().getUnitKeyword_4_1_1_0());
                    	    					
                    	    // InternalPlan.g:2740:6: ( (lv_unit_8_0= RULE_STRING ) )
                    	    // InternalPlan.g:2741:7: (lv_unit_8_0= RULE_STRING )
                    	    {
                    	    // InternalPlan.g:2741:7: (lv_unit_8_0= RULE_STRING )
                    	    // InternalPlan.g:2742:8: lv_unit_8_0= RULE_STRING
                    	    {
                    	    lv_unit_8_0=(Token)match(input,RULE_STRING,FOLLOW_47); 

                    	    								newLeafNode(lv_unit_8_0, grammarAccess.getIndicatorAccess().getUnitSTRINGTerminalRuleCall_4_1_1_1_0());
                    	    							

                    	    								if (current==null) {
                    	    									current = createModelElement(grammarAccess.getIndicatorRule());
                    	    								}
                    	    								setWithLastConsumed(
                    	    									current,
                    	    									"unit",
                    	    									lv_unit_8_0,
                    	    									"org.eclipse.xtext.common.Terminals.STRING");
                    	    							

                    	    }


                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 3 :
                    	    // InternalPlan.g:2760:5: (otherlv_9= 'direction' ( (lv_direction_10_0= ruleDirection ) ) )
                    	    {
                    	    // InternalPlan.g:2760:5: (otherlv_9= 'direction' ( (lv_direction_10_0= ruleDirection ) ) )
                    	    // InternalPlan.g:2761:6: otherlv_9= 'direction' ( (lv_direction_10_0= ruleDirection ) )
                    	    {
                    	    otherlv_9=(Token)match(input,58,FOLLOW_48); 

                    	    						newLeafNode(otherlv_9, grammarAccess.getIndicatorAccess().getDirectionKeyword_4_1_2_0());
                    	    					
                    	    // InternalPlan.g:2765:6: ( (lv_direction_10_0= ruleDirection ) )
                    	    // InternalPlan.g:2766:7: (lv_direction_10_0= ruleDirection )
                    	    {
                    	    // InternalPlan.g:2766:7: (lv_direction_10_0= ruleDirection )
                    	    // InternalPlan.g:2767:8: lv_direction_10_0= ruleDirection
                    	    {

                    	    								newCompositeNode(grammarAccess.getIndicatorAccess().getDirectionDirectionEnumRuleCall_4_1_2_1_0());
                    	    							
                    	    pushFollow(FOLLOW_47);
                    	    lv_direction_10_0=ruleDirection();

                    	    state._fsp--;


                    	    								if (current==null) {
                    	    									current = createModelElementForParent(grammarAccess.getIndicatorRule());
                    	    								}
                    	    								set(
                    	    									current,
                    	    									"direction",
                    	    									lv_direction_10_0,
                    	    									"org.veikart.dsl.Plan.Direction");
                    	    								afterParserOrEnumRuleCall();
                    	    							

                    	    }


                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 4 :
                    	    // InternalPlan.g:2786:5: (otherlv_11= 'data-source' ( (lv_source_12_0= RULE_STRING ) )? (otherlv_13= 'by' ( ( ruleQualifiedId ) ) )? )
                    	    {
                    	    // InternalPlan.g:2786:5: (otherlv_11= 'data-source' ( (lv_source_12_0= RULE_STRING ) )? (otherlv_13= 'by' ( ( ruleQualifiedId ) ) )? )
                    	    // InternalPlan.g:2787:6: otherlv_11= 'data-source' ( (lv_source_12_0= RULE_STRING ) )? (otherlv_13= 'by' ( ( ruleQualifiedId ) ) )?
                    	    {
                    	    otherlv_11=(Token)match(input,59,FOLLOW_49); 

                    	    						newLeafNode(otherlv_11, grammarAccess.getIndicatorAccess().getDataSourceKeyword_4_1_3_0());
                    	    					
                    	    // InternalPlan.g:2791:6: ( (lv_source_12_0= RULE_STRING ) )?
                    	    int alt57=2;
                    	    int LA57_0 = input.LA(1);

                    	    if ( (LA57_0==RULE_STRING) ) {
                    	        alt57=1;
                    	    }
                    	    switch (alt57) {
                    	        case 1 :
                    	            // InternalPlan.g:2792:7: (lv_source_12_0= RULE_STRING )
                    	            {
                    	            // InternalPlan.g:2792:7: (lv_source_12_0= RULE_STRING )
                    	            // InternalPlan.g:2793:8: lv_source_12_0= RULE_STRING
                    	            {
                    	            lv_source_12_0=(Token)match(input,RULE_STRING,FOLLOW_50); 

                    	            								newLeafNode(lv_source_12_0, grammarAccess.getIndicatorAccess().getSourceSTRINGTerminalRuleCall_4_1_3_1_0());
                    	            							

                    	            								if (current==null) {
                    	            									current = createModelElement(grammarAccess.getIndicatorRule());
                    	            								}
                    	            								setWithLastConsumed(
                    	            									current,
                    	            									"source",
                    	            									lv_source_12_0,
                    	            									"org.eclipse.xtext.common.Terminals.STRING");
                    	            							

                    	            }


                    	            }
                    	            break;

                    	    }

                    	    // InternalPlan.g:2809:6: (otherlv_13= 'by' ( ( ruleQualifiedId ) ) )?
                    	    int alt58=2;
                    	    int LA58_0 = input.LA(1);

                    	    if ( (LA58_0==60) ) {
                    	        alt58=1;
                    	    }
                    	    switch (alt58) {
                    	        case 1 :
                    	            // InternalPlan.g:2810:7: otherlv_13= 'by' ( ( ruleQualifiedId ) )
                    	            {
                    	            otherlv_13=(Token)match(input,60,FOLLOW_3); 

                    	            							newLeafNode(otherlv_13, grammarAccess.getIndicatorAccess().getByKeyword_4_1_3_2_0());
                    	            						
                    	            // InternalPlan.g:2814:7: ( ( ruleQualifiedId ) )
                    	            // InternalPlan.g:2815:8: ( ruleQualifiedId )
                    	            {
                    	            // InternalPlan.g:2815:8: ( ruleQualifiedId )
                    	            // InternalPlan.g:2816:9: ruleQualifiedId
                    	            {

                    	            									if (current==null) {
                    	            										current = createModelElement(grammarAccess.getIndicatorRule());
                    	            									}
                    	            								

                    	            									newCompositeNode(grammarAccess.getIndicatorAccess().getSourceActorActorCrossReference_4_1_3_2_1_0());
                    	            								
                    	            pushFollow(FOLLOW_47);
                    	            ruleQualifiedId();

                    	            state._fsp--;


                    	            									afterParserOrEnumRuleCall();
                    	            								

                    	            }


                    	            }


                    	            }
                    	            break;

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 5 :
                    	    // InternalPlan.g:2833:5: (otherlv_15= 'frequency' ( (lv_frequency_16_0= RULE_STRING ) ) )
                    	    {
                    	    // InternalPlan.g:2833:5: (otherlv_15= 'frequency' ( (lv_frequency_16_0= RULE_STRING ) ) )
                    	    // InternalPlan.g:2834:6: otherlv_15= 'frequency' ( (lv_frequency_16_0= RULE_STRING ) )
                    	    {
                    	    otherlv_15=(Token)match(input,61,FOLLOW_8); 

                    	    						newLeafNode(otherlv_15, grammarAccess.getIndicatorAccess().getFrequencyKeyword_4_1_4_0());
                    	    					
                    	    // InternalPlan.g:2838:6: ( (lv_frequency_16_0= RULE_STRING ) )
                    	    // InternalPlan.g:2839:7: (lv_frequency_16_0= RULE_STRING )
                    	    {
                    	    // InternalPlan.g:2839:7: (lv_frequency_16_0= RULE_STRING )
                    	    // InternalPlan.g:2840:8: lv_frequency_16_0= RULE_STRING
                    	    {
                    	    lv_frequency_16_0=(Token)match(input,RULE_STRING,FOLLOW_47); 

                    	    								newLeafNode(lv_frequency_16_0, grammarAccess.getIndicatorAccess().getFrequencySTRINGTerminalRuleCall_4_1_4_1_0());
                    	    							

                    	    								if (current==null) {
                    	    									current = createModelElement(grammarAccess.getIndicatorRule());
                    	    								}
                    	    								setWithLastConsumed(
                    	    									current,
                    	    									"frequency",
                    	    									lv_frequency_16_0,
                    	    									"org.eclipse.xtext.common.Terminals.STRING");
                    	    							

                    	    }


                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 6 :
                    	    // InternalPlan.g:2858:5: (otherlv_17= 'baseline' ( (lv_baseline_18_0= ruleMeasurement ) ) )
                    	    {
                    	    // InternalPlan.g:2858:5: (otherlv_17= 'baseline' ( (lv_baseline_18_0= ruleMeasurement ) ) )
                    	    // InternalPlan.g:2859:6: otherlv_17= 'baseline' ( (lv_baseline_18_0= ruleMeasurement ) )
                    	    {
                    	    otherlv_17=(Token)match(input,62,FOLLOW_51); 

                    	    						newLeafNode(otherlv_17, grammarAccess.getIndicatorAccess().getBaselineKeyword_4_1_5_0());
                    	    					
                    	    // InternalPlan.g:2863:6: ( (lv_baseline_18_0= ruleMeasurement ) )
                    	    // InternalPlan.g:2864:7: (lv_baseline_18_0= ruleMeasurement )
                    	    {
                    	    // InternalPlan.g:2864:7: (lv_baseline_18_0= ruleMeasurement )
                    	    // InternalPlan.g:2865:8: lv_baseline_18_0= ruleMeasurement
                    	    {

                    	    								newCompositeNode(grammarAccess.getIndicatorAccess().getBaselineMeasurementParserRuleCall_4_1_5_1_0());
                    	    							
                    	    pushFollow(FOLLOW_47);
                    	    lv_baseline_18_0=ruleMeasurement();

                    	    state._fsp--;


                    	    								if (current==null) {
                    	    									current = createModelElementForParent(grammarAccess.getIndicatorRule());
                    	    								}
                    	    								set(
                    	    									current,
                    	    									"baseline",
                    	    									lv_baseline_18_0,
                    	    									"org.veikart.dsl.Plan.Measurement");
                    	    								afterParserOrEnumRuleCall();
                    	    							

                    	    }


                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 7 :
                    	    // InternalPlan.g:2884:5: (otherlv_19= 'target' ( (lv_targets_20_0= ruleMeasurement ) ) )
                    	    {
                    	    // InternalPlan.g:2884:5: (otherlv_19= 'target' ( (lv_targets_20_0= ruleMeasurement ) ) )
                    	    // InternalPlan.g:2885:6: otherlv_19= 'target' ( (lv_targets_20_0= ruleMeasurement ) )
                    	    {
                    	    otherlv_19=(Token)match(input,63,FOLLOW_51); 

                    	    						newLeafNode(otherlv_19, grammarAccess.getIndicatorAccess().getTargetKeyword_4_1_6_0());
                    	    					
                    	    // InternalPlan.g:2889:6: ( (lv_targets_20_0= ruleMeasurement ) )
                    	    // InternalPlan.g:2890:7: (lv_targets_20_0= ruleMeasurement )
                    	    {
                    	    // InternalPlan.g:2890:7: (lv_targets_20_0= ruleMeasurement )
                    	    // InternalPlan.g:2891:8: lv_targets_20_0= ruleMeasurement
                    	    {

                    	    								newCompositeNode(grammarAccess.getIndicatorAccess().getTargetsMeasurementParserRuleCall_4_1_6_1_0());
                    	    							
                    	    pushFollow(FOLLOW_47);
                    	    lv_targets_20_0=ruleMeasurement();

                    	    state._fsp--;


                    	    								if (current==null) {
                    	    									current = createModelElementForParent(grammarAccess.getIndicatorRule());
                    	    								}
                    	    								add(
                    	    									current,
                    	    									"targets",
                    	    									lv_targets_20_0,
                    	    									"org.veikart.dsl.Plan.Measurement");
                    	    								afterParserOrEnumRuleCall();
                    	    							

                    	    }


                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 8 :
                    	    // InternalPlan.g:2910:5: (otherlv_21= 'actual' ( (lv_actuals_22_0= ruleMeasurement ) ) )
                    	    {
                    	    // InternalPlan.g:2910:5: (otherlv_21= 'actual' ( (lv_actuals_22_0= ruleMeasurement ) ) )
                    	    // InternalPlan.g:2911:6: otherlv_21= 'actual' ( (lv_actuals_22_0= ruleMeasurement ) )
                    	    {
                    	    otherlv_21=(Token)match(input,64,FOLLOW_51); 

                    	    						newLeafNode(otherlv_21, grammarAccess.getIndicatorAccess().getActualKeyword_4_1_7_0());
                    	    					
                    	    // InternalPlan.g:2915:6: ( (lv_actuals_22_0= ruleMeasurement ) )
                    	    // InternalPlan.g:2916:7: (lv_actuals_22_0= ruleMeasurement )
                    	    {
                    	    // InternalPlan.g:2916:7: (lv_actuals_22_0= ruleMeasurement )
                    	    // InternalPlan.g:2917:8: lv_actuals_22_0= ruleMeasurement
                    	    {

                    	    								newCompositeNode(grammarAccess.getIndicatorAccess().getActualsMeasurementParserRuleCall_4_1_7_1_0());
                    	    							
                    	    pushFollow(FOLLOW_47);
                    	    lv_actuals_22_0=ruleMeasurement();

                    	    state._fsp--;


                    	    								if (current==null) {
                    	    									current = createModelElementForParent(grammarAccess.getIndicatorRule());
                    	    								}
                    	    								add(
                    	    									current,
                    	    									"actuals",
                    	    									lv_actuals_22_0,
                    	    									"org.veikart.dsl.Plan.Measurement");
                    	    								afterParserOrEnumRuleCall();
                    	    							

                    	    }


                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 9 :
                    	    // InternalPlan.g:2936:5: ( (lv_thresholds_23_0= ruleThreshold ) )
                    	    {
                    	    // InternalPlan.g:2936:5: ( (lv_thresholds_23_0= ruleThreshold ) )
                    	    // InternalPlan.g:2937:6: (lv_thresholds_23_0= ruleThreshold )
                    	    {
                    	    // InternalPlan.g:2937:6: (lv_thresholds_23_0= ruleThreshold )
                    	    // InternalPlan.g:2938:7: lv_thresholds_23_0= ruleThreshold
                    	    {

                    	    							newCompositeNode(grammarAccess.getIndicatorAccess().getThresholdsThresholdParserRuleCall_4_1_8_0());
                    	    						
                    	    pushFollow(FOLLOW_47);
                    	    lv_thresholds_23_0=ruleThreshold();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getIndicatorRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"thresholds",
                    	    								lv_thresholds_23_0,
                    	    								"org.veikart.dsl.Plan.Threshold");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop59;
                        }
                    } while (true);

                    otherlv_24=(Token)match(input,13,FOLLOW_2); 

                    				newLeafNode(otherlv_24, grammarAccess.getIndicatorAccess().getRightCurlyBracketKeyword_4_2());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleIndicator"


    // $ANTLR start "entryRuleMeasurement"
    // InternalPlan.g:2965:1: entryRuleMeasurement returns [EObject current=null] : iv_ruleMeasurement= ruleMeasurement EOF ;
    public final EObject entryRuleMeasurement() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleMeasurement = null;


        try {
            // InternalPlan.g:2965:52: (iv_ruleMeasurement= ruleMeasurement EOF )
            // InternalPlan.g:2966:2: iv_ruleMeasurement= ruleMeasurement EOF
            {
             newCompositeNode(grammarAccess.getMeasurementRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleMeasurement=ruleMeasurement();

            state._fsp--;

             current =iv_ruleMeasurement; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleMeasurement"


    // $ANTLR start "ruleMeasurement"
    // InternalPlan.g:2972:1: ruleMeasurement returns [EObject current=null] : ( () ( (lv_id_1_0= RULE_ID ) )? (otherlv_2= 'in' ( (lv_year_3_0= ruleNumber ) ) )? (otherlv_4= 'period' ( (lv_period_5_0= RULE_STRING ) ) )? (otherlv_6= 'value' ( (lv_value_7_0= ruleDecimal ) ) )? ( (lv_valueText_8_0= RULE_STRING ) )? (otherlv_9= 'compared-to' ( (lv_comparison_10_0= RULE_STRING ) ) )? (otherlv_11= 'stated-in' ( (lv_statedIn_12_0= RULE_STRING ) ) )? (this_TraceableBlock_13= ruleTraceableBlock[$current] )? ) ;
    public final EObject ruleMeasurement() throws RecognitionException {
        EObject current = null;

        Token lv_id_1_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Token lv_period_5_0=null;
        Token otherlv_6=null;
        Token lv_valueText_8_0=null;
        Token otherlv_9=null;
        Token lv_comparison_10_0=null;
        Token otherlv_11=null;
        Token lv_statedIn_12_0=null;
        AntlrDatatypeRuleToken lv_year_3_0 = null;

        AntlrDatatypeRuleToken lv_value_7_0 = null;

        EObject this_TraceableBlock_13 = null;



        	enterRule();

        try {
            // InternalPlan.g:2978:2: ( ( () ( (lv_id_1_0= RULE_ID ) )? (otherlv_2= 'in' ( (lv_year_3_0= ruleNumber ) ) )? (otherlv_4= 'period' ( (lv_period_5_0= RULE_STRING ) ) )? (otherlv_6= 'value' ( (lv_value_7_0= ruleDecimal ) ) )? ( (lv_valueText_8_0= RULE_STRING ) )? (otherlv_9= 'compared-to' ( (lv_comparison_10_0= RULE_STRING ) ) )? (otherlv_11= 'stated-in' ( (lv_statedIn_12_0= RULE_STRING ) ) )? (this_TraceableBlock_13= ruleTraceableBlock[$current] )? ) )
            // InternalPlan.g:2979:2: ( () ( (lv_id_1_0= RULE_ID ) )? (otherlv_2= 'in' ( (lv_year_3_0= ruleNumber ) ) )? (otherlv_4= 'period' ( (lv_period_5_0= RULE_STRING ) ) )? (otherlv_6= 'value' ( (lv_value_7_0= ruleDecimal ) ) )? ( (lv_valueText_8_0= RULE_STRING ) )? (otherlv_9= 'compared-to' ( (lv_comparison_10_0= RULE_STRING ) ) )? (otherlv_11= 'stated-in' ( (lv_statedIn_12_0= RULE_STRING ) ) )? (this_TraceableBlock_13= ruleTraceableBlock[$current] )? )
            {
            // InternalPlan.g:2979:2: ( () ( (lv_id_1_0= RULE_ID ) )? (otherlv_2= 'in' ( (lv_year_3_0= ruleNumber ) ) )? (otherlv_4= 'period' ( (lv_period_5_0= RULE_STRING ) ) )? (otherlv_6= 'value' ( (lv_value_7_0= ruleDecimal ) ) )? ( (lv_valueText_8_0= RULE_STRING ) )? (otherlv_9= 'compared-to' ( (lv_comparison_10_0= RULE_STRING ) ) )? (otherlv_11= 'stated-in' ( (lv_statedIn_12_0= RULE_STRING ) ) )? (this_TraceableBlock_13= ruleTraceableBlock[$current] )? )
            // InternalPlan.g:2980:3: () ( (lv_id_1_0= RULE_ID ) )? (otherlv_2= 'in' ( (lv_year_3_0= ruleNumber ) ) )? (otherlv_4= 'period' ( (lv_period_5_0= RULE_STRING ) ) )? (otherlv_6= 'value' ( (lv_value_7_0= ruleDecimal ) ) )? ( (lv_valueText_8_0= RULE_STRING ) )? (otherlv_9= 'compared-to' ( (lv_comparison_10_0= RULE_STRING ) ) )? (otherlv_11= 'stated-in' ( (lv_statedIn_12_0= RULE_STRING ) ) )? (this_TraceableBlock_13= ruleTraceableBlock[$current] )?
            {
            // InternalPlan.g:2980:3: ()
            // InternalPlan.g:2981:4: 
            {

            				current = forceCreateModelElement(
            					grammarAccess.getMeasurementAccess().getMeasurementAction_0(),
            					current);
            			

            }

            // InternalPlan.g:2987:3: ( (lv_id_1_0= RULE_ID ) )?
            int alt61=2;
            int LA61_0 = input.LA(1);

            if ( (LA61_0==RULE_ID) ) {
                alt61=1;
            }
            switch (alt61) {
                case 1 :
                    // InternalPlan.g:2988:4: (lv_id_1_0= RULE_ID )
                    {
                    // InternalPlan.g:2988:4: (lv_id_1_0= RULE_ID )
                    // InternalPlan.g:2989:5: lv_id_1_0= RULE_ID
                    {
                    lv_id_1_0=(Token)match(input,RULE_ID,FOLLOW_52); 

                    					newLeafNode(lv_id_1_0, grammarAccess.getMeasurementAccess().getIdIDTerminalRuleCall_1_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getMeasurementRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"id",
                    						lv_id_1_0,
                    						"org.veikart.dsl.Plan.ID");
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:3005:3: (otherlv_2= 'in' ( (lv_year_3_0= ruleNumber ) ) )?
            int alt62=2;
            int LA62_0 = input.LA(1);

            if ( (LA62_0==52) ) {
                alt62=1;
            }
            switch (alt62) {
                case 1 :
                    // InternalPlan.g:3006:4: otherlv_2= 'in' ( (lv_year_3_0= ruleNumber ) )
                    {
                    otherlv_2=(Token)match(input,52,FOLLOW_11); 

                    				newLeafNode(otherlv_2, grammarAccess.getMeasurementAccess().getInKeyword_2_0());
                    			
                    // InternalPlan.g:3010:4: ( (lv_year_3_0= ruleNumber ) )
                    // InternalPlan.g:3011:5: (lv_year_3_0= ruleNumber )
                    {
                    // InternalPlan.g:3011:5: (lv_year_3_0= ruleNumber )
                    // InternalPlan.g:3012:6: lv_year_3_0= ruleNumber
                    {

                    						newCompositeNode(grammarAccess.getMeasurementAccess().getYearNumberParserRuleCall_2_1_0());
                    					
                    pushFollow(FOLLOW_53);
                    lv_year_3_0=ruleNumber();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getMeasurementRule());
                    						}
                    						set(
                    							current,
                    							"year",
                    							lv_year_3_0,
                    							"org.veikart.dsl.Plan.Number");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPlan.g:3030:3: (otherlv_4= 'period' ( (lv_period_5_0= RULE_STRING ) ) )?
            int alt63=2;
            int LA63_0 = input.LA(1);

            if ( (LA63_0==65) ) {
                alt63=1;
            }
            switch (alt63) {
                case 1 :
                    // InternalPlan.g:3031:4: otherlv_4= 'period' ( (lv_period_5_0= RULE_STRING ) )
                    {
                    otherlv_4=(Token)match(input,65,FOLLOW_8); 

                    				newLeafNode(otherlv_4, grammarAccess.getMeasurementAccess().getPeriodKeyword_3_0());
                    			
                    // InternalPlan.g:3035:4: ( (lv_period_5_0= RULE_STRING ) )
                    // InternalPlan.g:3036:5: (lv_period_5_0= RULE_STRING )
                    {
                    // InternalPlan.g:3036:5: (lv_period_5_0= RULE_STRING )
                    // InternalPlan.g:3037:6: lv_period_5_0= RULE_STRING
                    {
                    lv_period_5_0=(Token)match(input,RULE_STRING,FOLLOW_54); 

                    						newLeafNode(lv_period_5_0, grammarAccess.getMeasurementAccess().getPeriodSTRINGTerminalRuleCall_3_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getMeasurementRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"period",
                    							lv_period_5_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPlan.g:3054:3: (otherlv_6= 'value' ( (lv_value_7_0= ruleDecimal ) ) )?
            int alt64=2;
            int LA64_0 = input.LA(1);

            if ( (LA64_0==66) ) {
                alt64=1;
            }
            switch (alt64) {
                case 1 :
                    // InternalPlan.g:3055:4: otherlv_6= 'value' ( (lv_value_7_0= ruleDecimal ) )
                    {
                    otherlv_6=(Token)match(input,66,FOLLOW_55); 

                    				newLeafNode(otherlv_6, grammarAccess.getMeasurementAccess().getValueKeyword_4_0());
                    			
                    // InternalPlan.g:3059:4: ( (lv_value_7_0= ruleDecimal ) )
                    // InternalPlan.g:3060:5: (lv_value_7_0= ruleDecimal )
                    {
                    // InternalPlan.g:3060:5: (lv_value_7_0= ruleDecimal )
                    // InternalPlan.g:3061:6: lv_value_7_0= ruleDecimal
                    {

                    						newCompositeNode(grammarAccess.getMeasurementAccess().getValueDecimalParserRuleCall_4_1_0());
                    					
                    pushFollow(FOLLOW_56);
                    lv_value_7_0=ruleDecimal();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getMeasurementRule());
                    						}
                    						set(
                    							current,
                    							"value",
                    							lv_value_7_0,
                    							"org.veikart.dsl.Plan.Decimal");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPlan.g:3079:3: ( (lv_valueText_8_0= RULE_STRING ) )?
            int alt65=2;
            int LA65_0 = input.LA(1);

            if ( (LA65_0==RULE_STRING) ) {
                alt65=1;
            }
            switch (alt65) {
                case 1 :
                    // InternalPlan.g:3080:4: (lv_valueText_8_0= RULE_STRING )
                    {
                    // InternalPlan.g:3080:4: (lv_valueText_8_0= RULE_STRING )
                    // InternalPlan.g:3081:5: lv_valueText_8_0= RULE_STRING
                    {
                    lv_valueText_8_0=(Token)match(input,RULE_STRING,FOLLOW_57); 

                    					newLeafNode(lv_valueText_8_0, grammarAccess.getMeasurementAccess().getValueTextSTRINGTerminalRuleCall_5_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getMeasurementRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"valueText",
                    						lv_valueText_8_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:3097:3: (otherlv_9= 'compared-to' ( (lv_comparison_10_0= RULE_STRING ) ) )?
            int alt66=2;
            int LA66_0 = input.LA(1);

            if ( (LA66_0==67) ) {
                alt66=1;
            }
            switch (alt66) {
                case 1 :
                    // InternalPlan.g:3098:4: otherlv_9= 'compared-to' ( (lv_comparison_10_0= RULE_STRING ) )
                    {
                    otherlv_9=(Token)match(input,67,FOLLOW_8); 

                    				newLeafNode(otherlv_9, grammarAccess.getMeasurementAccess().getComparedToKeyword_6_0());
                    			
                    // InternalPlan.g:3102:4: ( (lv_comparison_10_0= RULE_STRING ) )
                    // InternalPlan.g:3103:5: (lv_comparison_10_0= RULE_STRING )
                    {
                    // InternalPlan.g:3103:5: (lv_comparison_10_0= RULE_STRING )
                    // InternalPlan.g:3104:6: lv_comparison_10_0= RULE_STRING
                    {
                    lv_comparison_10_0=(Token)match(input,RULE_STRING,FOLLOW_58); 

                    						newLeafNode(lv_comparison_10_0, grammarAccess.getMeasurementAccess().getComparisonSTRINGTerminalRuleCall_6_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getMeasurementRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"comparison",
                    							lv_comparison_10_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPlan.g:3121:3: (otherlv_11= 'stated-in' ( (lv_statedIn_12_0= RULE_STRING ) ) )?
            int alt67=2;
            int LA67_0 = input.LA(1);

            if ( (LA67_0==68) ) {
                alt67=1;
            }
            switch (alt67) {
                case 1 :
                    // InternalPlan.g:3122:4: otherlv_11= 'stated-in' ( (lv_statedIn_12_0= RULE_STRING ) )
                    {
                    otherlv_11=(Token)match(input,68,FOLLOW_8); 

                    				newLeafNode(otherlv_11, grammarAccess.getMeasurementAccess().getStatedInKeyword_7_0());
                    			
                    // InternalPlan.g:3126:4: ( (lv_statedIn_12_0= RULE_STRING ) )
                    // InternalPlan.g:3127:5: (lv_statedIn_12_0= RULE_STRING )
                    {
                    // InternalPlan.g:3127:5: (lv_statedIn_12_0= RULE_STRING )
                    // InternalPlan.g:3128:6: lv_statedIn_12_0= RULE_STRING
                    {
                    lv_statedIn_12_0=(Token)match(input,RULE_STRING,FOLLOW_30); 

                    						newLeafNode(lv_statedIn_12_0, grammarAccess.getMeasurementAccess().getStatedInSTRINGTerminalRuleCall_7_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getMeasurementRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"statedIn",
                    							lv_statedIn_12_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPlan.g:3145:3: (this_TraceableBlock_13= ruleTraceableBlock[$current] )?
            int alt68=2;
            int LA68_0 = input.LA(1);

            if ( (LA68_0==12) ) {
                alt68=1;
            }
            switch (alt68) {
                case 1 :
                    // InternalPlan.g:3146:4: this_TraceableBlock_13= ruleTraceableBlock[$current]
                    {

                    				if (current==null) {
                    					current = createModelElement(grammarAccess.getMeasurementRule());
                    				}
                    				newCompositeNode(grammarAccess.getMeasurementAccess().getTraceableBlockParserRuleCall_8());
                    			
                    pushFollow(FOLLOW_2);
                    this_TraceableBlock_13=ruleTraceableBlock(current);

                    state._fsp--;


                    				current = this_TraceableBlock_13;
                    				afterParserOrEnumRuleCall();
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleMeasurement"


    // $ANTLR start "entryRuleThreshold"
    // InternalPlan.g:3162:1: entryRuleThreshold returns [EObject current=null] : iv_ruleThreshold= ruleThreshold EOF ;
    public final EObject entryRuleThreshold() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleThreshold = null;


        try {
            // InternalPlan.g:3162:50: (iv_ruleThreshold= ruleThreshold EOF )
            // InternalPlan.g:3163:2: iv_ruleThreshold= ruleThreshold EOF
            {
             newCompositeNode(grammarAccess.getThresholdRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleThreshold=ruleThreshold();

            state._fsp--;

             current =iv_ruleThreshold; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleThreshold"


    // $ANTLR start "ruleThreshold"
    // InternalPlan.g:3169:1: ruleThreshold returns [EObject current=null] : (otherlv_0= 'threshold' ( (lv_status_1_0= ruleIndicatorStatus ) ) (otherlv_2= 'from' ( (lv_lowerBound_3_0= ruleDecimal ) ) )? (otherlv_4= 'to' ( (lv_upperBound_5_0= ruleDecimal ) ) )? ( (lv_label_6_0= RULE_STRING ) )? ) ;
    public final EObject ruleThreshold() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token otherlv_4=null;
        Token lv_label_6_0=null;
        Enumerator lv_status_1_0 = null;

        AntlrDatatypeRuleToken lv_lowerBound_3_0 = null;

        AntlrDatatypeRuleToken lv_upperBound_5_0 = null;



        	enterRule();

        try {
            // InternalPlan.g:3175:2: ( (otherlv_0= 'threshold' ( (lv_status_1_0= ruleIndicatorStatus ) ) (otherlv_2= 'from' ( (lv_lowerBound_3_0= ruleDecimal ) ) )? (otherlv_4= 'to' ( (lv_upperBound_5_0= ruleDecimal ) ) )? ( (lv_label_6_0= RULE_STRING ) )? ) )
            // InternalPlan.g:3176:2: (otherlv_0= 'threshold' ( (lv_status_1_0= ruleIndicatorStatus ) ) (otherlv_2= 'from' ( (lv_lowerBound_3_0= ruleDecimal ) ) )? (otherlv_4= 'to' ( (lv_upperBound_5_0= ruleDecimal ) ) )? ( (lv_label_6_0= RULE_STRING ) )? )
            {
            // InternalPlan.g:3176:2: (otherlv_0= 'threshold' ( (lv_status_1_0= ruleIndicatorStatus ) ) (otherlv_2= 'from' ( (lv_lowerBound_3_0= ruleDecimal ) ) )? (otherlv_4= 'to' ( (lv_upperBound_5_0= ruleDecimal ) ) )? ( (lv_label_6_0= RULE_STRING ) )? )
            // InternalPlan.g:3177:3: otherlv_0= 'threshold' ( (lv_status_1_0= ruleIndicatorStatus ) ) (otherlv_2= 'from' ( (lv_lowerBound_3_0= ruleDecimal ) ) )? (otherlv_4= 'to' ( (lv_upperBound_5_0= ruleDecimal ) ) )? ( (lv_label_6_0= RULE_STRING ) )?
            {
            otherlv_0=(Token)match(input,69,FOLLOW_59); 

            			newLeafNode(otherlv_0, grammarAccess.getThresholdAccess().getThresholdKeyword_0());
            		
            // InternalPlan.g:3181:3: ( (lv_status_1_0= ruleIndicatorStatus ) )
            // InternalPlan.g:3182:4: (lv_status_1_0= ruleIndicatorStatus )
            {
            // InternalPlan.g:3182:4: (lv_status_1_0= ruleIndicatorStatus )
            // InternalPlan.g:3183:5: lv_status_1_0= ruleIndicatorStatus
            {

            					newCompositeNode(grammarAccess.getThresholdAccess().getStatusIndicatorStatusEnumRuleCall_1_0());
            				
            pushFollow(FOLLOW_60);
            lv_status_1_0=ruleIndicatorStatus();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getThresholdRule());
            					}
            					set(
            						current,
            						"status",
            						lv_status_1_0,
            						"org.veikart.dsl.Plan.IndicatorStatus");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPlan.g:3200:3: (otherlv_2= 'from' ( (lv_lowerBound_3_0= ruleDecimal ) ) )?
            int alt69=2;
            int LA69_0 = input.LA(1);

            if ( (LA69_0==53) ) {
                alt69=1;
            }
            switch (alt69) {
                case 1 :
                    // InternalPlan.g:3201:4: otherlv_2= 'from' ( (lv_lowerBound_3_0= ruleDecimal ) )
                    {
                    otherlv_2=(Token)match(input,53,FOLLOW_55); 

                    				newLeafNode(otherlv_2, grammarAccess.getThresholdAccess().getFromKeyword_2_0());
                    			
                    // InternalPlan.g:3205:4: ( (lv_lowerBound_3_0= ruleDecimal ) )
                    // InternalPlan.g:3206:5: (lv_lowerBound_3_0= ruleDecimal )
                    {
                    // InternalPlan.g:3206:5: (lv_lowerBound_3_0= ruleDecimal )
                    // InternalPlan.g:3207:6: lv_lowerBound_3_0= ruleDecimal
                    {

                    						newCompositeNode(grammarAccess.getThresholdAccess().getLowerBoundDecimalParserRuleCall_2_1_0());
                    					
                    pushFollow(FOLLOW_61);
                    lv_lowerBound_3_0=ruleDecimal();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getThresholdRule());
                    						}
                    						set(
                    							current,
                    							"lowerBound",
                    							lv_lowerBound_3_0,
                    							"org.veikart.dsl.Plan.Decimal");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPlan.g:3225:3: (otherlv_4= 'to' ( (lv_upperBound_5_0= ruleDecimal ) ) )?
            int alt70=2;
            int LA70_0 = input.LA(1);

            if ( (LA70_0==33) ) {
                alt70=1;
            }
            switch (alt70) {
                case 1 :
                    // InternalPlan.g:3226:4: otherlv_4= 'to' ( (lv_upperBound_5_0= ruleDecimal ) )
                    {
                    otherlv_4=(Token)match(input,33,FOLLOW_55); 

                    				newLeafNode(otherlv_4, grammarAccess.getThresholdAccess().getToKeyword_3_0());
                    			
                    // InternalPlan.g:3230:4: ( (lv_upperBound_5_0= ruleDecimal ) )
                    // InternalPlan.g:3231:5: (lv_upperBound_5_0= ruleDecimal )
                    {
                    // InternalPlan.g:3231:5: (lv_upperBound_5_0= ruleDecimal )
                    // InternalPlan.g:3232:6: lv_upperBound_5_0= ruleDecimal
                    {

                    						newCompositeNode(grammarAccess.getThresholdAccess().getUpperBoundDecimalParserRuleCall_3_1_0());
                    					
                    pushFollow(FOLLOW_23);
                    lv_upperBound_5_0=ruleDecimal();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getThresholdRule());
                    						}
                    						set(
                    							current,
                    							"upperBound",
                    							lv_upperBound_5_0,
                    							"org.veikart.dsl.Plan.Decimal");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPlan.g:3250:3: ( (lv_label_6_0= RULE_STRING ) )?
            int alt71=2;
            int LA71_0 = input.LA(1);

            if ( (LA71_0==RULE_STRING) ) {
                alt71=1;
            }
            switch (alt71) {
                case 1 :
                    // InternalPlan.g:3251:4: (lv_label_6_0= RULE_STRING )
                    {
                    // InternalPlan.g:3251:4: (lv_label_6_0= RULE_STRING )
                    // InternalPlan.g:3252:5: lv_label_6_0= RULE_STRING
                    {
                    lv_label_6_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    					newLeafNode(lv_label_6_0, grammarAccess.getThresholdAccess().getLabelSTRINGTerminalRuleCall_4_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getThresholdRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"label",
                    						lv_label_6_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleThreshold"


    // $ANTLR start "entryRulePeriod"
    // InternalPlan.g:3272:1: entryRulePeriod returns [EObject current=null] : iv_rulePeriod= rulePeriod EOF ;
    public final EObject entryRulePeriod() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePeriod = null;


        try {
            // InternalPlan.g:3272:47: (iv_rulePeriod= rulePeriod EOF )
            // InternalPlan.g:3273:2: iv_rulePeriod= rulePeriod EOF
            {
             newCompositeNode(grammarAccess.getPeriodRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePeriod=rulePeriod();

            state._fsp--;

             current =iv_rulePeriod; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRulePeriod"


    // $ANTLR start "rulePeriod"
    // InternalPlan.g:3279:1: rulePeriod returns [EObject current=null] : (otherlv_0= 'period' () ( (lv_startYear_2_0= ruleNumber ) )? (otherlv_3= 'to' ( (lv_endYear_4_0= ruleNumber ) ) )? ( (lv_label_5_0= RULE_STRING ) )? ) ;
    public final EObject rulePeriod() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_3=null;
        Token lv_label_5_0=null;
        AntlrDatatypeRuleToken lv_startYear_2_0 = null;

        AntlrDatatypeRuleToken lv_endYear_4_0 = null;



        	enterRule();

        try {
            // InternalPlan.g:3285:2: ( (otherlv_0= 'period' () ( (lv_startYear_2_0= ruleNumber ) )? (otherlv_3= 'to' ( (lv_endYear_4_0= ruleNumber ) ) )? ( (lv_label_5_0= RULE_STRING ) )? ) )
            // InternalPlan.g:3286:2: (otherlv_0= 'period' () ( (lv_startYear_2_0= ruleNumber ) )? (otherlv_3= 'to' ( (lv_endYear_4_0= ruleNumber ) ) )? ( (lv_label_5_0= RULE_STRING ) )? )
            {
            // InternalPlan.g:3286:2: (otherlv_0= 'period' () ( (lv_startYear_2_0= ruleNumber ) )? (otherlv_3= 'to' ( (lv_endYear_4_0= ruleNumber ) ) )? ( (lv_label_5_0= RULE_STRING ) )? )
            // InternalPlan.g:3287:3: otherlv_0= 'period' () ( (lv_startYear_2_0= ruleNumber ) )? (otherlv_3= 'to' ( (lv_endYear_4_0= ruleNumber ) ) )? ( (lv_label_5_0= RULE_STRING ) )?
            {
            otherlv_0=(Token)match(input,65,FOLLOW_62); 

            			newLeafNode(otherlv_0, grammarAccess.getPeriodAccess().getPeriodKeyword_0());
            		
            // InternalPlan.g:3291:3: ()
            // InternalPlan.g:3292:4: 
            {

            				current = forceCreateModelElement(
            					grammarAccess.getPeriodAccess().getPeriodAction_1(),
            					current);
            			

            }

            // InternalPlan.g:3298:3: ( (lv_startYear_2_0= ruleNumber ) )?
            int alt72=2;
            int LA72_0 = input.LA(1);

            if ( (LA72_0==RULE_INT) ) {
                alt72=1;
            }
            switch (alt72) {
                case 1 :
                    // InternalPlan.g:3299:4: (lv_startYear_2_0= ruleNumber )
                    {
                    // InternalPlan.g:3299:4: (lv_startYear_2_0= ruleNumber )
                    // InternalPlan.g:3300:5: lv_startYear_2_0= ruleNumber
                    {

                    					newCompositeNode(grammarAccess.getPeriodAccess().getStartYearNumberParserRuleCall_2_0());
                    				
                    pushFollow(FOLLOW_61);
                    lv_startYear_2_0=ruleNumber();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getPeriodRule());
                    					}
                    					set(
                    						current,
                    						"startYear",
                    						lv_startYear_2_0,
                    						"org.veikart.dsl.Plan.Number");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:3317:3: (otherlv_3= 'to' ( (lv_endYear_4_0= ruleNumber ) ) )?
            int alt73=2;
            int LA73_0 = input.LA(1);

            if ( (LA73_0==33) ) {
                alt73=1;
            }
            switch (alt73) {
                case 1 :
                    // InternalPlan.g:3318:4: otherlv_3= 'to' ( (lv_endYear_4_0= ruleNumber ) )
                    {
                    otherlv_3=(Token)match(input,33,FOLLOW_11); 

                    				newLeafNode(otherlv_3, grammarAccess.getPeriodAccess().getToKeyword_3_0());
                    			
                    // InternalPlan.g:3322:4: ( (lv_endYear_4_0= ruleNumber ) )
                    // InternalPlan.g:3323:5: (lv_endYear_4_0= ruleNumber )
                    {
                    // InternalPlan.g:3323:5: (lv_endYear_4_0= ruleNumber )
                    // InternalPlan.g:3324:6: lv_endYear_4_0= ruleNumber
                    {

                    						newCompositeNode(grammarAccess.getPeriodAccess().getEndYearNumberParserRuleCall_3_1_0());
                    					
                    pushFollow(FOLLOW_23);
                    lv_endYear_4_0=ruleNumber();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getPeriodRule());
                    						}
                    						set(
                    							current,
                    							"endYear",
                    							lv_endYear_4_0,
                    							"org.veikart.dsl.Plan.Number");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPlan.g:3342:3: ( (lv_label_5_0= RULE_STRING ) )?
            int alt74=2;
            int LA74_0 = input.LA(1);

            if ( (LA74_0==RULE_STRING) ) {
                alt74=1;
            }
            switch (alt74) {
                case 1 :
                    // InternalPlan.g:3343:4: (lv_label_5_0= RULE_STRING )
                    {
                    // InternalPlan.g:3343:4: (lv_label_5_0= RULE_STRING )
                    // InternalPlan.g:3344:5: lv_label_5_0= RULE_STRING
                    {
                    lv_label_5_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    					newLeafNode(lv_label_5_0, grammarAccess.getPeriodAccess().getLabelSTRINGTerminalRuleCall_4_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getPeriodRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"label",
                    						lv_label_5_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePeriod"


    // $ANTLR start "entryRuleTerm"
    // InternalPlan.g:3364:1: entryRuleTerm returns [EObject current=null] : iv_ruleTerm= ruleTerm EOF ;
    public final EObject entryRuleTerm() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTerm = null;


        try {
            // InternalPlan.g:3364:45: (iv_ruleTerm= ruleTerm EOF )
            // InternalPlan.g:3365:2: iv_ruleTerm= ruleTerm EOF
            {
             newCompositeNode(grammarAccess.getTermRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleTerm=ruleTerm();

            state._fsp--;

             current =iv_ruleTerm; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleTerm"


    // $ANTLR start "ruleTerm"
    // InternalPlan.g:3371:1: ruleTerm returns [EObject current=null] : ( ( (lv_level_0_0= ruleTermLevel ) ) ( (lv_singular_1_0= RULE_STRING ) ) (otherlv_2= '/' ( (lv_plural_3_0= RULE_STRING ) ) )? ) ;
    public final EObject ruleTerm() throws RecognitionException {
        EObject current = null;

        Token lv_singular_1_0=null;
        Token otherlv_2=null;
        Token lv_plural_3_0=null;
        Enumerator lv_level_0_0 = null;



        	enterRule();

        try {
            // InternalPlan.g:3377:2: ( ( ( (lv_level_0_0= ruleTermLevel ) ) ( (lv_singular_1_0= RULE_STRING ) ) (otherlv_2= '/' ( (lv_plural_3_0= RULE_STRING ) ) )? ) )
            // InternalPlan.g:3378:2: ( ( (lv_level_0_0= ruleTermLevel ) ) ( (lv_singular_1_0= RULE_STRING ) ) (otherlv_2= '/' ( (lv_plural_3_0= RULE_STRING ) ) )? )
            {
            // InternalPlan.g:3378:2: ( ( (lv_level_0_0= ruleTermLevel ) ) ( (lv_singular_1_0= RULE_STRING ) ) (otherlv_2= '/' ( (lv_plural_3_0= RULE_STRING ) ) )? )
            // InternalPlan.g:3379:3: ( (lv_level_0_0= ruleTermLevel ) ) ( (lv_singular_1_0= RULE_STRING ) ) (otherlv_2= '/' ( (lv_plural_3_0= RULE_STRING ) ) )?
            {
            // InternalPlan.g:3379:3: ( (lv_level_0_0= ruleTermLevel ) )
            // InternalPlan.g:3380:4: (lv_level_0_0= ruleTermLevel )
            {
            // InternalPlan.g:3380:4: (lv_level_0_0= ruleTermLevel )
            // InternalPlan.g:3381:5: lv_level_0_0= ruleTermLevel
            {

            					newCompositeNode(grammarAccess.getTermAccess().getLevelTermLevelEnumRuleCall_0_0());
            				
            pushFollow(FOLLOW_8);
            lv_level_0_0=ruleTermLevel();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getTermRule());
            					}
            					set(
            						current,
            						"level",
            						lv_level_0_0,
            						"org.veikart.dsl.Plan.TermLevel");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPlan.g:3398:3: ( (lv_singular_1_0= RULE_STRING ) )
            // InternalPlan.g:3399:4: (lv_singular_1_0= RULE_STRING )
            {
            // InternalPlan.g:3399:4: (lv_singular_1_0= RULE_STRING )
            // InternalPlan.g:3400:5: lv_singular_1_0= RULE_STRING
            {
            lv_singular_1_0=(Token)match(input,RULE_STRING,FOLLOW_63); 

            					newLeafNode(lv_singular_1_0, grammarAccess.getTermAccess().getSingularSTRINGTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getTermRule());
            					}
            					setWithLastConsumed(
            						current,
            						"singular",
            						lv_singular_1_0,
            						"org.eclipse.xtext.common.Terminals.STRING");
            				

            }


            }

            // InternalPlan.g:3416:3: (otherlv_2= '/' ( (lv_plural_3_0= RULE_STRING ) ) )?
            int alt75=2;
            int LA75_0 = input.LA(1);

            if ( (LA75_0==70) ) {
                alt75=1;
            }
            switch (alt75) {
                case 1 :
                    // InternalPlan.g:3417:4: otherlv_2= '/' ( (lv_plural_3_0= RULE_STRING ) )
                    {
                    otherlv_2=(Token)match(input,70,FOLLOW_8); 

                    				newLeafNode(otherlv_2, grammarAccess.getTermAccess().getSolidusKeyword_2_0());
                    			
                    // InternalPlan.g:3421:4: ( (lv_plural_3_0= RULE_STRING ) )
                    // InternalPlan.g:3422:5: (lv_plural_3_0= RULE_STRING )
                    {
                    // InternalPlan.g:3422:5: (lv_plural_3_0= RULE_STRING )
                    // InternalPlan.g:3423:6: lv_plural_3_0= RULE_STRING
                    {
                    lv_plural_3_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    						newLeafNode(lv_plural_3_0, grammarAccess.getTermAccess().getPluralSTRINGTerminalRuleCall_2_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getTermRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"plural",
                    							lv_plural_3_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleTerm"


    // $ANTLR start "entryRuleDocumentRelation"
    // InternalPlan.g:3444:1: entryRuleDocumentRelation returns [EObject current=null] : iv_ruleDocumentRelation= ruleDocumentRelation EOF ;
    public final EObject entryRuleDocumentRelation() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleDocumentRelation = null;


        try {
            // InternalPlan.g:3444:57: (iv_ruleDocumentRelation= ruleDocumentRelation EOF )
            // InternalPlan.g:3445:2: iv_ruleDocumentRelation= ruleDocumentRelation EOF
            {
             newCompositeNode(grammarAccess.getDocumentRelationRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleDocumentRelation=ruleDocumentRelation();

            state._fsp--;

             current =iv_ruleDocumentRelation; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleDocumentRelation"


    // $ANTLR start "ruleDocumentRelation"
    // InternalPlan.g:3451:1: ruleDocumentRelation returns [EObject current=null] : ( ( (lv_kind_0_0= ruleRelationKind ) ) ( ( ruleQualifiedId ) )? ( (lv_documentTitle_2_0= RULE_STRING ) )? (otherlv_3= 'url' ( (lv_url_4_0= RULE_STRING ) ) )? (otherlv_5= '{' ( (otherlv_6= 'id' ( (lv_id_7_0= RULE_ID ) ) ) | this_TraceableItem_8= ruleTraceableItem[$current] )* otherlv_9= '}' )? ) ;
    public final EObject ruleDocumentRelation() throws RecognitionException {
        EObject current = null;

        Token lv_documentTitle_2_0=null;
        Token otherlv_3=null;
        Token lv_url_4_0=null;
        Token otherlv_5=null;
        Token otherlv_6=null;
        Token lv_id_7_0=null;
        Token otherlv_9=null;
        Enumerator lv_kind_0_0 = null;

        EObject this_TraceableItem_8 = null;



        	enterRule();

        try {
            // InternalPlan.g:3457:2: ( ( ( (lv_kind_0_0= ruleRelationKind ) ) ( ( ruleQualifiedId ) )? ( (lv_documentTitle_2_0= RULE_STRING ) )? (otherlv_3= 'url' ( (lv_url_4_0= RULE_STRING ) ) )? (otherlv_5= '{' ( (otherlv_6= 'id' ( (lv_id_7_0= RULE_ID ) ) ) | this_TraceableItem_8= ruleTraceableItem[$current] )* otherlv_9= '}' )? ) )
            // InternalPlan.g:3458:2: ( ( (lv_kind_0_0= ruleRelationKind ) ) ( ( ruleQualifiedId ) )? ( (lv_documentTitle_2_0= RULE_STRING ) )? (otherlv_3= 'url' ( (lv_url_4_0= RULE_STRING ) ) )? (otherlv_5= '{' ( (otherlv_6= 'id' ( (lv_id_7_0= RULE_ID ) ) ) | this_TraceableItem_8= ruleTraceableItem[$current] )* otherlv_9= '}' )? )
            {
            // InternalPlan.g:3458:2: ( ( (lv_kind_0_0= ruleRelationKind ) ) ( ( ruleQualifiedId ) )? ( (lv_documentTitle_2_0= RULE_STRING ) )? (otherlv_3= 'url' ( (lv_url_4_0= RULE_STRING ) ) )? (otherlv_5= '{' ( (otherlv_6= 'id' ( (lv_id_7_0= RULE_ID ) ) ) | this_TraceableItem_8= ruleTraceableItem[$current] )* otherlv_9= '}' )? )
            // InternalPlan.g:3459:3: ( (lv_kind_0_0= ruleRelationKind ) ) ( ( ruleQualifiedId ) )? ( (lv_documentTitle_2_0= RULE_STRING ) )? (otherlv_3= 'url' ( (lv_url_4_0= RULE_STRING ) ) )? (otherlv_5= '{' ( (otherlv_6= 'id' ( (lv_id_7_0= RULE_ID ) ) ) | this_TraceableItem_8= ruleTraceableItem[$current] )* otherlv_9= '}' )?
            {
            // InternalPlan.g:3459:3: ( (lv_kind_0_0= ruleRelationKind ) )
            // InternalPlan.g:3460:4: (lv_kind_0_0= ruleRelationKind )
            {
            // InternalPlan.g:3460:4: (lv_kind_0_0= ruleRelationKind )
            // InternalPlan.g:3461:5: lv_kind_0_0= ruleRelationKind
            {

            					newCompositeNode(grammarAccess.getDocumentRelationAccess().getKindRelationKindEnumRuleCall_0_0());
            				
            pushFollow(FOLLOW_64);
            lv_kind_0_0=ruleRelationKind();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getDocumentRelationRule());
            					}
            					set(
            						current,
            						"kind",
            						lv_kind_0_0,
            						"org.veikart.dsl.Plan.RelationKind");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalPlan.g:3478:3: ( ( ruleQualifiedId ) )?
            int alt76=2;
            int LA76_0 = input.LA(1);

            if ( (LA76_0==RULE_ID) ) {
                alt76=1;
            }
            switch (alt76) {
                case 1 :
                    // InternalPlan.g:3479:4: ( ruleQualifiedId )
                    {
                    // InternalPlan.g:3479:4: ( ruleQualifiedId )
                    // InternalPlan.g:3480:5: ruleQualifiedId
                    {

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getDocumentRelationRule());
                    					}
                    				

                    					newCompositeNode(grammarAccess.getDocumentRelationAccess().getTargetPlanPlanCrossReference_1_0());
                    				
                    pushFollow(FOLLOW_65);
                    ruleQualifiedId();

                    state._fsp--;


                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:3494:3: ( (lv_documentTitle_2_0= RULE_STRING ) )?
            int alt77=2;
            int LA77_0 = input.LA(1);

            if ( (LA77_0==RULE_STRING) ) {
                alt77=1;
            }
            switch (alt77) {
                case 1 :
                    // InternalPlan.g:3495:4: (lv_documentTitle_2_0= RULE_STRING )
                    {
                    // InternalPlan.g:3495:4: (lv_documentTitle_2_0= RULE_STRING )
                    // InternalPlan.g:3496:5: lv_documentTitle_2_0= RULE_STRING
                    {
                    lv_documentTitle_2_0=(Token)match(input,RULE_STRING,FOLLOW_66); 

                    					newLeafNode(lv_documentTitle_2_0, grammarAccess.getDocumentRelationAccess().getDocumentTitleSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getDocumentRelationRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"documentTitle",
                    						lv_documentTitle_2_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:3512:3: (otherlv_3= 'url' ( (lv_url_4_0= RULE_STRING ) ) )?
            int alt78=2;
            int LA78_0 = input.LA(1);

            if ( (LA78_0==71) ) {
                alt78=1;
            }
            switch (alt78) {
                case 1 :
                    // InternalPlan.g:3513:4: otherlv_3= 'url' ( (lv_url_4_0= RULE_STRING ) )
                    {
                    otherlv_3=(Token)match(input,71,FOLLOW_8); 

                    				newLeafNode(otherlv_3, grammarAccess.getDocumentRelationAccess().getUrlKeyword_3_0());
                    			
                    // InternalPlan.g:3517:4: ( (lv_url_4_0= RULE_STRING ) )
                    // InternalPlan.g:3518:5: (lv_url_4_0= RULE_STRING )
                    {
                    // InternalPlan.g:3518:5: (lv_url_4_0= RULE_STRING )
                    // InternalPlan.g:3519:6: lv_url_4_0= RULE_STRING
                    {
                    lv_url_4_0=(Token)match(input,RULE_STRING,FOLLOW_30); 

                    						newLeafNode(lv_url_4_0, grammarAccess.getDocumentRelationAccess().getUrlSTRINGTerminalRuleCall_3_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getDocumentRelationRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"url",
                    							lv_url_4_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPlan.g:3536:3: (otherlv_5= '{' ( (otherlv_6= 'id' ( (lv_id_7_0= RULE_ID ) ) ) | this_TraceableItem_8= ruleTraceableItem[$current] )* otherlv_9= '}' )?
            int alt80=2;
            int LA80_0 = input.LA(1);

            if ( (LA80_0==12) ) {
                alt80=1;
            }
            switch (alt80) {
                case 1 :
                    // InternalPlan.g:3537:4: otherlv_5= '{' ( (otherlv_6= 'id' ( (lv_id_7_0= RULE_ID ) ) ) | this_TraceableItem_8= ruleTraceableItem[$current] )* otherlv_9= '}'
                    {
                    otherlv_5=(Token)match(input,12,FOLLOW_67); 

                    				newLeafNode(otherlv_5, grammarAccess.getDocumentRelationAccess().getLeftCurlyBracketKeyword_4_0());
                    			
                    // InternalPlan.g:3541:4: ( (otherlv_6= 'id' ( (lv_id_7_0= RULE_ID ) ) ) | this_TraceableItem_8= ruleTraceableItem[$current] )*
                    loop79:
                    do {
                        int alt79=3;
                        int LA79_0 = input.LA(1);

                        if ( (LA79_0==72) ) {
                            alt79=1;
                        }
                        else if ( (LA79_0==31||LA79_0==35) ) {
                            alt79=2;
                        }


                        switch (alt79) {
                    	case 1 :
                    	    // InternalPlan.g:3542:5: (otherlv_6= 'id' ( (lv_id_7_0= RULE_ID ) ) )
                    	    {
                    	    // InternalPlan.g:3542:5: (otherlv_6= 'id' ( (lv_id_7_0= RULE_ID ) ) )
                    	    // InternalPlan.g:3543:6: otherlv_6= 'id' ( (lv_id_7_0= RULE_ID ) )
                    	    {
                    	    otherlv_6=(Token)match(input,72,FOLLOW_3); 

                    	    						newLeafNode(otherlv_6, grammarAccess.getDocumentRelationAccess().getIdKeyword_4_1_0_0());
                    	    					
                    	    // InternalPlan.g:3547:6: ( (lv_id_7_0= RULE_ID ) )
                    	    // InternalPlan.g:3548:7: (lv_id_7_0= RULE_ID )
                    	    {
                    	    // InternalPlan.g:3548:7: (lv_id_7_0= RULE_ID )
                    	    // InternalPlan.g:3549:8: lv_id_7_0= RULE_ID
                    	    {
                    	    lv_id_7_0=(Token)match(input,RULE_ID,FOLLOW_67); 

                    	    								newLeafNode(lv_id_7_0, grammarAccess.getDocumentRelationAccess().getIdIDTerminalRuleCall_4_1_0_1_0());
                    	    							

                    	    								if (current==null) {
                    	    									current = createModelElement(grammarAccess.getDocumentRelationRule());
                    	    								}
                    	    								setWithLastConsumed(
                    	    									current,
                    	    									"id",
                    	    									lv_id_7_0,
                    	    									"org.veikart.dsl.Plan.ID");
                    	    							

                    	    }


                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalPlan.g:3567:5: this_TraceableItem_8= ruleTraceableItem[$current]
                    	    {

                    	    					if (current==null) {
                    	    						current = createModelElement(grammarAccess.getDocumentRelationRule());
                    	    					}
                    	    					newCompositeNode(grammarAccess.getDocumentRelationAccess().getTraceableItemParserRuleCall_4_1_1());
                    	    				
                    	    pushFollow(FOLLOW_67);
                    	    this_TraceableItem_8=ruleTraceableItem(current);

                    	    state._fsp--;


                    	    					current = this_TraceableItem_8;
                    	    					afterParserOrEnumRuleCall();
                    	    				

                    	    }
                    	    break;

                    	default :
                    	    break loop79;
                        }
                    } while (true);

                    otherlv_9=(Token)match(input,13,FOLLOW_2); 

                    				newLeafNode(otherlv_9, grammarAccess.getDocumentRelationAccess().getRightCurlyBracketKeyword_4_2());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleDocumentRelation"


    // $ANTLR start "entryRulePlanPart"
    // InternalPlan.g:3588:1: entryRulePlanPart returns [EObject current=null] : iv_rulePlanPart= rulePlanPart EOF ;
    public final EObject entryRulePlanPart() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePlanPart = null;


        try {
            // InternalPlan.g:3588:49: (iv_rulePlanPart= rulePlanPart EOF )
            // InternalPlan.g:3589:2: iv_rulePlanPart= rulePlanPart EOF
            {
             newCompositeNode(grammarAccess.getPlanPartRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePlanPart=rulePlanPart();

            state._fsp--;

             current =iv_rulePlanPart; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRulePlanPart"


    // $ANTLR start "rulePlanPart"
    // InternalPlan.g:3595:1: rulePlanPart returns [EObject current=null] : (otherlv_0= 'part' ( (lv_id_1_0= RULE_ID ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= '{' (this_TraceableItem_4= ruleTraceableItem[$current] | (otherlv_5= 'kind' ( (lv_kind_6_0= rulePartKind ) ) ) | ( (lv_period_7_0= rulePeriod ) ) | (otherlv_8= 'revision' ( (lv_revisionRule_9_0= RULE_STRING ) ) ) | (otherlv_10= 'elements' ( ( ruleQualifiedId ) ) (otherlv_12= ',' ( ( ruleQualifiedId ) ) )* ) )* otherlv_14= '}' )? ) ;
    public final EObject rulePlanPart() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_id_1_0=null;
        Token lv_title_2_0=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        Token otherlv_8=null;
        Token lv_revisionRule_9_0=null;
        Token otherlv_10=null;
        Token otherlv_12=null;
        Token otherlv_14=null;
        EObject this_TraceableItem_4 = null;

        Enumerator lv_kind_6_0 = null;

        EObject lv_period_7_0 = null;



        	enterRule();

        try {
            // InternalPlan.g:3601:2: ( (otherlv_0= 'part' ( (lv_id_1_0= RULE_ID ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= '{' (this_TraceableItem_4= ruleTraceableItem[$current] | (otherlv_5= 'kind' ( (lv_kind_6_0= rulePartKind ) ) ) | ( (lv_period_7_0= rulePeriod ) ) | (otherlv_8= 'revision' ( (lv_revisionRule_9_0= RULE_STRING ) ) ) | (otherlv_10= 'elements' ( ( ruleQualifiedId ) ) (otherlv_12= ',' ( ( ruleQualifiedId ) ) )* ) )* otherlv_14= '}' )? ) )
            // InternalPlan.g:3602:2: (otherlv_0= 'part' ( (lv_id_1_0= RULE_ID ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= '{' (this_TraceableItem_4= ruleTraceableItem[$current] | (otherlv_5= 'kind' ( (lv_kind_6_0= rulePartKind ) ) ) | ( (lv_period_7_0= rulePeriod ) ) | (otherlv_8= 'revision' ( (lv_revisionRule_9_0= RULE_STRING ) ) ) | (otherlv_10= 'elements' ( ( ruleQualifiedId ) ) (otherlv_12= ',' ( ( ruleQualifiedId ) ) )* ) )* otherlv_14= '}' )? )
            {
            // InternalPlan.g:3602:2: (otherlv_0= 'part' ( (lv_id_1_0= RULE_ID ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= '{' (this_TraceableItem_4= ruleTraceableItem[$current] | (otherlv_5= 'kind' ( (lv_kind_6_0= rulePartKind ) ) ) | ( (lv_period_7_0= rulePeriod ) ) | (otherlv_8= 'revision' ( (lv_revisionRule_9_0= RULE_STRING ) ) ) | (otherlv_10= 'elements' ( ( ruleQualifiedId ) ) (otherlv_12= ',' ( ( ruleQualifiedId ) ) )* ) )* otherlv_14= '}' )? )
            // InternalPlan.g:3603:3: otherlv_0= 'part' ( (lv_id_1_0= RULE_ID ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= '{' (this_TraceableItem_4= ruleTraceableItem[$current] | (otherlv_5= 'kind' ( (lv_kind_6_0= rulePartKind ) ) ) | ( (lv_period_7_0= rulePeriod ) ) | (otherlv_8= 'revision' ( (lv_revisionRule_9_0= RULE_STRING ) ) ) | (otherlv_10= 'elements' ( ( ruleQualifiedId ) ) (otherlv_12= ',' ( ( ruleQualifiedId ) ) )* ) )* otherlv_14= '}' )?
            {
            otherlv_0=(Token)match(input,73,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getPlanPartAccess().getPartKeyword_0());
            		
            // InternalPlan.g:3607:3: ( (lv_id_1_0= RULE_ID ) )
            // InternalPlan.g:3608:4: (lv_id_1_0= RULE_ID )
            {
            // InternalPlan.g:3608:4: (lv_id_1_0= RULE_ID )
            // InternalPlan.g:3609:5: lv_id_1_0= RULE_ID
            {
            lv_id_1_0=(Token)match(input,RULE_ID,FOLLOW_29); 

            					newLeafNode(lv_id_1_0, grammarAccess.getPlanPartAccess().getIdIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getPlanPartRule());
            					}
            					setWithLastConsumed(
            						current,
            						"id",
            						lv_id_1_0,
            						"org.veikart.dsl.Plan.ID");
            				

            }


            }

            // InternalPlan.g:3625:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt81=2;
            int LA81_0 = input.LA(1);

            if ( (LA81_0==RULE_STRING) ) {
                alt81=1;
            }
            switch (alt81) {
                case 1 :
                    // InternalPlan.g:3626:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalPlan.g:3626:4: (lv_title_2_0= RULE_STRING )
                    // InternalPlan.g:3627:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_30); 

                    					newLeafNode(lv_title_2_0, grammarAccess.getPlanPartAccess().getTitleSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getPlanPartRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"title",
                    						lv_title_2_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:3643:3: (otherlv_3= '{' (this_TraceableItem_4= ruleTraceableItem[$current] | (otherlv_5= 'kind' ( (lv_kind_6_0= rulePartKind ) ) ) | ( (lv_period_7_0= rulePeriod ) ) | (otherlv_8= 'revision' ( (lv_revisionRule_9_0= RULE_STRING ) ) ) | (otherlv_10= 'elements' ( ( ruleQualifiedId ) ) (otherlv_12= ',' ( ( ruleQualifiedId ) ) )* ) )* otherlv_14= '}' )?
            int alt84=2;
            int LA84_0 = input.LA(1);

            if ( (LA84_0==12) ) {
                alt84=1;
            }
            switch (alt84) {
                case 1 :
                    // InternalPlan.g:3644:4: otherlv_3= '{' (this_TraceableItem_4= ruleTraceableItem[$current] | (otherlv_5= 'kind' ( (lv_kind_6_0= rulePartKind ) ) ) | ( (lv_period_7_0= rulePeriod ) ) | (otherlv_8= 'revision' ( (lv_revisionRule_9_0= RULE_STRING ) ) ) | (otherlv_10= 'elements' ( ( ruleQualifiedId ) ) (otherlv_12= ',' ( ( ruleQualifiedId ) ) )* ) )* otherlv_14= '}'
                    {
                    otherlv_3=(Token)match(input,12,FOLLOW_68); 

                    				newLeafNode(otherlv_3, grammarAccess.getPlanPartAccess().getLeftCurlyBracketKeyword_3_0());
                    			
                    // InternalPlan.g:3648:4: (this_TraceableItem_4= ruleTraceableItem[$current] | (otherlv_5= 'kind' ( (lv_kind_6_0= rulePartKind ) ) ) | ( (lv_period_7_0= rulePeriod ) ) | (otherlv_8= 'revision' ( (lv_revisionRule_9_0= RULE_STRING ) ) ) | (otherlv_10= 'elements' ( ( ruleQualifiedId ) ) (otherlv_12= ',' ( ( ruleQualifiedId ) ) )* ) )*
                    loop83:
                    do {
                        int alt83=6;
                        switch ( input.LA(1) ) {
                        case 31:
                        case 35:
                            {
                            alt83=1;
                            }
                            break;
                        case 16:
                            {
                            alt83=2;
                            }
                            break;
                        case 65:
                            {
                            alt83=3;
                            }
                            break;
                        case 19:
                            {
                            alt83=4;
                            }
                            break;
                        case 74:
                            {
                            alt83=5;
                            }
                            break;

                        }

                        switch (alt83) {
                    	case 1 :
                    	    // InternalPlan.g:3649:5: this_TraceableItem_4= ruleTraceableItem[$current]
                    	    {

                    	    					if (current==null) {
                    	    						current = createModelElement(grammarAccess.getPlanPartRule());
                    	    					}
                    	    					newCompositeNode(grammarAccess.getPlanPartAccess().getTraceableItemParserRuleCall_3_1_0());
                    	    				
                    	    pushFollow(FOLLOW_68);
                    	    this_TraceableItem_4=ruleTraceableItem(current);

                    	    state._fsp--;


                    	    					current = this_TraceableItem_4;
                    	    					afterParserOrEnumRuleCall();
                    	    				

                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalPlan.g:3661:5: (otherlv_5= 'kind' ( (lv_kind_6_0= rulePartKind ) ) )
                    	    {
                    	    // InternalPlan.g:3661:5: (otherlv_5= 'kind' ( (lv_kind_6_0= rulePartKind ) ) )
                    	    // InternalPlan.g:3662:6: otherlv_5= 'kind' ( (lv_kind_6_0= rulePartKind ) )
                    	    {
                    	    otherlv_5=(Token)match(input,16,FOLLOW_69); 

                    	    						newLeafNode(otherlv_5, grammarAccess.getPlanPartAccess().getKindKeyword_3_1_1_0());
                    	    					
                    	    // InternalPlan.g:3666:6: ( (lv_kind_6_0= rulePartKind ) )
                    	    // InternalPlan.g:3667:7: (lv_kind_6_0= rulePartKind )
                    	    {
                    	    // InternalPlan.g:3667:7: (lv_kind_6_0= rulePartKind )
                    	    // InternalPlan.g:3668:8: lv_kind_6_0= rulePartKind
                    	    {

                    	    								newCompositeNode(grammarAccess.getPlanPartAccess().getKindPartKindEnumRuleCall_3_1_1_1_0());
                    	    							
                    	    pushFollow(FOLLOW_68);
                    	    lv_kind_6_0=rulePartKind();

                    	    state._fsp--;


                    	    								if (current==null) {
                    	    									current = createModelElementForParent(grammarAccess.getPlanPartRule());
                    	    								}
                    	    								set(
                    	    									current,
                    	    									"kind",
                    	    									lv_kind_6_0,
                    	    									"org.veikart.dsl.Plan.PartKind");
                    	    								afterParserOrEnumRuleCall();
                    	    							

                    	    }


                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 3 :
                    	    // InternalPlan.g:3687:5: ( (lv_period_7_0= rulePeriod ) )
                    	    {
                    	    // InternalPlan.g:3687:5: ( (lv_period_7_0= rulePeriod ) )
                    	    // InternalPlan.g:3688:6: (lv_period_7_0= rulePeriod )
                    	    {
                    	    // InternalPlan.g:3688:6: (lv_period_7_0= rulePeriod )
                    	    // InternalPlan.g:3689:7: lv_period_7_0= rulePeriod
                    	    {

                    	    							newCompositeNode(grammarAccess.getPlanPartAccess().getPeriodPeriodParserRuleCall_3_1_2_0());
                    	    						
                    	    pushFollow(FOLLOW_68);
                    	    lv_period_7_0=rulePeriod();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getPlanPartRule());
                    	    							}
                    	    							set(
                    	    								current,
                    	    								"period",
                    	    								lv_period_7_0,
                    	    								"org.veikart.dsl.Plan.Period");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 4 :
                    	    // InternalPlan.g:3707:5: (otherlv_8= 'revision' ( (lv_revisionRule_9_0= RULE_STRING ) ) )
                    	    {
                    	    // InternalPlan.g:3707:5: (otherlv_8= 'revision' ( (lv_revisionRule_9_0= RULE_STRING ) ) )
                    	    // InternalPlan.g:3708:6: otherlv_8= 'revision' ( (lv_revisionRule_9_0= RULE_STRING ) )
                    	    {
                    	    otherlv_8=(Token)match(input,19,FOLLOW_8); 

                    	    						newLeafNode(otherlv_8, grammarAccess.getPlanPartAccess().getRevisionKeyword_3_1_3_0());
                    	    					
                    	    // InternalPlan.g:3712:6: ( (lv_revisionRule_9_0= RULE_STRING ) )
                    	    // InternalPlan.g:3713:7: (lv_revisionRule_9_0= RULE_STRING )
                    	    {
                    	    // InternalPlan.g:3713:7: (lv_revisionRule_9_0= RULE_STRING )
                    	    // InternalPlan.g:3714:8: lv_revisionRule_9_0= RULE_STRING
                    	    {
                    	    lv_revisionRule_9_0=(Token)match(input,RULE_STRING,FOLLOW_68); 

                    	    								newLeafNode(lv_revisionRule_9_0, grammarAccess.getPlanPartAccess().getRevisionRuleSTRINGTerminalRuleCall_3_1_3_1_0());
                    	    							

                    	    								if (current==null) {
                    	    									current = createModelElement(grammarAccess.getPlanPartRule());
                    	    								}
                    	    								setWithLastConsumed(
                    	    									current,
                    	    									"revisionRule",
                    	    									lv_revisionRule_9_0,
                    	    									"org.eclipse.xtext.common.Terminals.STRING");
                    	    							

                    	    }


                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 5 :
                    	    // InternalPlan.g:3732:5: (otherlv_10= 'elements' ( ( ruleQualifiedId ) ) (otherlv_12= ',' ( ( ruleQualifiedId ) ) )* )
                    	    {
                    	    // InternalPlan.g:3732:5: (otherlv_10= 'elements' ( ( ruleQualifiedId ) ) (otherlv_12= ',' ( ( ruleQualifiedId ) ) )* )
                    	    // InternalPlan.g:3733:6: otherlv_10= 'elements' ( ( ruleQualifiedId ) ) (otherlv_12= ',' ( ( ruleQualifiedId ) ) )*
                    	    {
                    	    otherlv_10=(Token)match(input,74,FOLLOW_3); 

                    	    						newLeafNode(otherlv_10, grammarAccess.getPlanPartAccess().getElementsKeyword_3_1_4_0());
                    	    					
                    	    // InternalPlan.g:3737:6: ( ( ruleQualifiedId ) )
                    	    // InternalPlan.g:3738:7: ( ruleQualifiedId )
                    	    {
                    	    // InternalPlan.g:3738:7: ( ruleQualifiedId )
                    	    // InternalPlan.g:3739:8: ruleQualifiedId
                    	    {

                    	    								if (current==null) {
                    	    									current = createModelElement(grammarAccess.getPlanPartRule());
                    	    								}
                    	    							

                    	    								newCompositeNode(grammarAccess.getPlanPartAccess().getElementsPlanElementCrossReference_3_1_4_1_0());
                    	    							
                    	    pushFollow(FOLLOW_70);
                    	    ruleQualifiedId();

                    	    state._fsp--;


                    	    								afterParserOrEnumRuleCall();
                    	    							

                    	    }


                    	    }

                    	    // InternalPlan.g:3753:6: (otherlv_12= ',' ( ( ruleQualifiedId ) ) )*
                    	    loop82:
                    	    do {
                    	        int alt82=2;
                    	        int LA82_0 = input.LA(1);

                    	        if ( (LA82_0==28) ) {
                    	            alt82=1;
                    	        }


                    	        switch (alt82) {
                    	    	case 1 :
                    	    	    // InternalPlan.g:3754:7: otherlv_12= ',' ( ( ruleQualifiedId ) )
                    	    	    {
                    	    	    otherlv_12=(Token)match(input,28,FOLLOW_3); 

                    	    	    							newLeafNode(otherlv_12, grammarAccess.getPlanPartAccess().getCommaKeyword_3_1_4_2_0());
                    	    	    						
                    	    	    // InternalPlan.g:3758:7: ( ( ruleQualifiedId ) )
                    	    	    // InternalPlan.g:3759:8: ( ruleQualifiedId )
                    	    	    {
                    	    	    // InternalPlan.g:3759:8: ( ruleQualifiedId )
                    	    	    // InternalPlan.g:3760:9: ruleQualifiedId
                    	    	    {

                    	    	    									if (current==null) {
                    	    	    										current = createModelElement(grammarAccess.getPlanPartRule());
                    	    	    									}
                    	    	    								

                    	    	    									newCompositeNode(grammarAccess.getPlanPartAccess().getElementsPlanElementCrossReference_3_1_4_2_1_0());
                    	    	    								
                    	    	    pushFollow(FOLLOW_70);
                    	    	    ruleQualifiedId();

                    	    	    state._fsp--;


                    	    	    									afterParserOrEnumRuleCall();
                    	    	    								

                    	    	    }


                    	    	    }


                    	    	    }
                    	    	    break;

                    	    	default :
                    	    	    break loop82;
                    	        }
                    	    } while (true);


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop83;
                        }
                    } while (true);

                    otherlv_14=(Token)match(input,13,FOLLOW_2); 

                    				newLeafNode(otherlv_14, grammarAccess.getPlanPartAccess().getRightCurlyBracketKeyword_3_2());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePlanPart"


    // $ANTLR start "entryRuleActor"
    // InternalPlan.g:3786:1: entryRuleActor returns [EObject current=null] : iv_ruleActor= ruleActor EOF ;
    public final EObject entryRuleActor() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleActor = null;


        try {
            // InternalPlan.g:3786:46: (iv_ruleActor= ruleActor EOF )
            // InternalPlan.g:3787:2: iv_ruleActor= ruleActor EOF
            {
             newCompositeNode(grammarAccess.getActorRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleActor=ruleActor();

            state._fsp--;

             current =iv_ruleActor; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleActor"


    // $ANTLR start "ruleActor"
    // InternalPlan.g:3793:1: ruleActor returns [EObject current=null] : (otherlv_0= 'actor' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? (otherlv_3= '{' (this_TraceableItem_4= ruleTraceableItem[$current] | (otherlv_5= 'kind' ( (lv_kind_6_0= ruleActorKind ) ) ) | (otherlv_7= 'alias' ( (lv_aliases_8_0= RULE_STRING ) ) ) | (otherlv_9= 'url' ( (lv_url_10_0= RULE_STRING ) ) ) | (otherlv_11= 'part-of' ( ( ruleQualifiedId ) ) ) )* otherlv_13= '}' )? ) ;
    public final EObject ruleActor() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_id_1_0=null;
        Token lv_name_2_0=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        Token otherlv_7=null;
        Token lv_aliases_8_0=null;
        Token otherlv_9=null;
        Token lv_url_10_0=null;
        Token otherlv_11=null;
        Token otherlv_13=null;
        EObject this_TraceableItem_4 = null;

        Enumerator lv_kind_6_0 = null;



        	enterRule();

        try {
            // InternalPlan.g:3799:2: ( (otherlv_0= 'actor' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? (otherlv_3= '{' (this_TraceableItem_4= ruleTraceableItem[$current] | (otherlv_5= 'kind' ( (lv_kind_6_0= ruleActorKind ) ) ) | (otherlv_7= 'alias' ( (lv_aliases_8_0= RULE_STRING ) ) ) | (otherlv_9= 'url' ( (lv_url_10_0= RULE_STRING ) ) ) | (otherlv_11= 'part-of' ( ( ruleQualifiedId ) ) ) )* otherlv_13= '}' )? ) )
            // InternalPlan.g:3800:2: (otherlv_0= 'actor' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? (otherlv_3= '{' (this_TraceableItem_4= ruleTraceableItem[$current] | (otherlv_5= 'kind' ( (lv_kind_6_0= ruleActorKind ) ) ) | (otherlv_7= 'alias' ( (lv_aliases_8_0= RULE_STRING ) ) ) | (otherlv_9= 'url' ( (lv_url_10_0= RULE_STRING ) ) ) | (otherlv_11= 'part-of' ( ( ruleQualifiedId ) ) ) )* otherlv_13= '}' )? )
            {
            // InternalPlan.g:3800:2: (otherlv_0= 'actor' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? (otherlv_3= '{' (this_TraceableItem_4= ruleTraceableItem[$current] | (otherlv_5= 'kind' ( (lv_kind_6_0= ruleActorKind ) ) ) | (otherlv_7= 'alias' ( (lv_aliases_8_0= RULE_STRING ) ) ) | (otherlv_9= 'url' ( (lv_url_10_0= RULE_STRING ) ) ) | (otherlv_11= 'part-of' ( ( ruleQualifiedId ) ) ) )* otherlv_13= '}' )? )
            // InternalPlan.g:3801:3: otherlv_0= 'actor' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? (otherlv_3= '{' (this_TraceableItem_4= ruleTraceableItem[$current] | (otherlv_5= 'kind' ( (lv_kind_6_0= ruleActorKind ) ) ) | (otherlv_7= 'alias' ( (lv_aliases_8_0= RULE_STRING ) ) ) | (otherlv_9= 'url' ( (lv_url_10_0= RULE_STRING ) ) ) | (otherlv_11= 'part-of' ( ( ruleQualifiedId ) ) ) )* otherlv_13= '}' )?
            {
            otherlv_0=(Token)match(input,75,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getActorAccess().getActorKeyword_0());
            		
            // InternalPlan.g:3805:3: ( (lv_id_1_0= RULE_ID ) )
            // InternalPlan.g:3806:4: (lv_id_1_0= RULE_ID )
            {
            // InternalPlan.g:3806:4: (lv_id_1_0= RULE_ID )
            // InternalPlan.g:3807:5: lv_id_1_0= RULE_ID
            {
            lv_id_1_0=(Token)match(input,RULE_ID,FOLLOW_29); 

            					newLeafNode(lv_id_1_0, grammarAccess.getActorAccess().getIdIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getActorRule());
            					}
            					setWithLastConsumed(
            						current,
            						"id",
            						lv_id_1_0,
            						"org.veikart.dsl.Plan.ID");
            				

            }


            }

            // InternalPlan.g:3823:3: ( (lv_name_2_0= RULE_STRING ) )?
            int alt85=2;
            int LA85_0 = input.LA(1);

            if ( (LA85_0==RULE_STRING) ) {
                alt85=1;
            }
            switch (alt85) {
                case 1 :
                    // InternalPlan.g:3824:4: (lv_name_2_0= RULE_STRING )
                    {
                    // InternalPlan.g:3824:4: (lv_name_2_0= RULE_STRING )
                    // InternalPlan.g:3825:5: lv_name_2_0= RULE_STRING
                    {
                    lv_name_2_0=(Token)match(input,RULE_STRING,FOLLOW_30); 

                    					newLeafNode(lv_name_2_0, grammarAccess.getActorAccess().getNameSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getActorRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"name",
                    						lv_name_2_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:3841:3: (otherlv_3= '{' (this_TraceableItem_4= ruleTraceableItem[$current] | (otherlv_5= 'kind' ( (lv_kind_6_0= ruleActorKind ) ) ) | (otherlv_7= 'alias' ( (lv_aliases_8_0= RULE_STRING ) ) ) | (otherlv_9= 'url' ( (lv_url_10_0= RULE_STRING ) ) ) | (otherlv_11= 'part-of' ( ( ruleQualifiedId ) ) ) )* otherlv_13= '}' )?
            int alt87=2;
            int LA87_0 = input.LA(1);

            if ( (LA87_0==12) ) {
                alt87=1;
            }
            switch (alt87) {
                case 1 :
                    // InternalPlan.g:3842:4: otherlv_3= '{' (this_TraceableItem_4= ruleTraceableItem[$current] | (otherlv_5= 'kind' ( (lv_kind_6_0= ruleActorKind ) ) ) | (otherlv_7= 'alias' ( (lv_aliases_8_0= RULE_STRING ) ) ) | (otherlv_9= 'url' ( (lv_url_10_0= RULE_STRING ) ) ) | (otherlv_11= 'part-of' ( ( ruleQualifiedId ) ) ) )* otherlv_13= '}'
                    {
                    otherlv_3=(Token)match(input,12,FOLLOW_71); 

                    				newLeafNode(otherlv_3, grammarAccess.getActorAccess().getLeftCurlyBracketKeyword_3_0());
                    			
                    // InternalPlan.g:3846:4: (this_TraceableItem_4= ruleTraceableItem[$current] | (otherlv_5= 'kind' ( (lv_kind_6_0= ruleActorKind ) ) ) | (otherlv_7= 'alias' ( (lv_aliases_8_0= RULE_STRING ) ) ) | (otherlv_9= 'url' ( (lv_url_10_0= RULE_STRING ) ) ) | (otherlv_11= 'part-of' ( ( ruleQualifiedId ) ) ) )*
                    loop86:
                    do {
                        int alt86=6;
                        switch ( input.LA(1) ) {
                        case 31:
                        case 35:
                            {
                            alt86=1;
                            }
                            break;
                        case 16:
                            {
                            alt86=2;
                            }
                            break;
                        case 76:
                            {
                            alt86=3;
                            }
                            break;
                        case 71:
                            {
                            alt86=4;
                            }
                            break;
                        case 77:
                            {
                            alt86=5;
                            }
                            break;

                        }

                        switch (alt86) {
                    	case 1 :
                    	    // InternalPlan.g:3847:5: this_TraceableItem_4= ruleTraceableItem[$current]
                    	    {

                    	    					if (current==null) {
                    	    						current = createModelElement(grammarAccess.getActorRule());
                    	    					}
                    	    					newCompositeNode(grammarAccess.getActorAccess().getTraceableItemParserRuleCall_3_1_0());
                    	    				
                    	    pushFollow(FOLLOW_71);
                    	    this_TraceableItem_4=ruleTraceableItem(current);

                    	    state._fsp--;


                    	    					current = this_TraceableItem_4;
                    	    					afterParserOrEnumRuleCall();
                    	    				

                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalPlan.g:3859:5: (otherlv_5= 'kind' ( (lv_kind_6_0= ruleActorKind ) ) )
                    	    {
                    	    // InternalPlan.g:3859:5: (otherlv_5= 'kind' ( (lv_kind_6_0= ruleActorKind ) ) )
                    	    // InternalPlan.g:3860:6: otherlv_5= 'kind' ( (lv_kind_6_0= ruleActorKind ) )
                    	    {
                    	    otherlv_5=(Token)match(input,16,FOLLOW_72); 

                    	    						newLeafNode(otherlv_5, grammarAccess.getActorAccess().getKindKeyword_3_1_1_0());
                    	    					
                    	    // InternalPlan.g:3864:6: ( (lv_kind_6_0= ruleActorKind ) )
                    	    // InternalPlan.g:3865:7: (lv_kind_6_0= ruleActorKind )
                    	    {
                    	    // InternalPlan.g:3865:7: (lv_kind_6_0= ruleActorKind )
                    	    // InternalPlan.g:3866:8: lv_kind_6_0= ruleActorKind
                    	    {

                    	    								newCompositeNode(grammarAccess.getActorAccess().getKindActorKindEnumRuleCall_3_1_1_1_0());
                    	    							
                    	    pushFollow(FOLLOW_71);
                    	    lv_kind_6_0=ruleActorKind();

                    	    state._fsp--;


                    	    								if (current==null) {
                    	    									current = createModelElementForParent(grammarAccess.getActorRule());
                    	    								}
                    	    								set(
                    	    									current,
                    	    									"kind",
                    	    									lv_kind_6_0,
                    	    									"org.veikart.dsl.Plan.ActorKind");
                    	    								afterParserOrEnumRuleCall();
                    	    							

                    	    }


                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 3 :
                    	    // InternalPlan.g:3885:5: (otherlv_7= 'alias' ( (lv_aliases_8_0= RULE_STRING ) ) )
                    	    {
                    	    // InternalPlan.g:3885:5: (otherlv_7= 'alias' ( (lv_aliases_8_0= RULE_STRING ) ) )
                    	    // InternalPlan.g:3886:6: otherlv_7= 'alias' ( (lv_aliases_8_0= RULE_STRING ) )
                    	    {
                    	    otherlv_7=(Token)match(input,76,FOLLOW_8); 

                    	    						newLeafNode(otherlv_7, grammarAccess.getActorAccess().getAliasKeyword_3_1_2_0());
                    	    					
                    	    // InternalPlan.g:3890:6: ( (lv_aliases_8_0= RULE_STRING ) )
                    	    // InternalPlan.g:3891:7: (lv_aliases_8_0= RULE_STRING )
                    	    {
                    	    // InternalPlan.g:3891:7: (lv_aliases_8_0= RULE_STRING )
                    	    // InternalPlan.g:3892:8: lv_aliases_8_0= RULE_STRING
                    	    {
                    	    lv_aliases_8_0=(Token)match(input,RULE_STRING,FOLLOW_71); 

                    	    								newLeafNode(lv_aliases_8_0, grammarAccess.getActorAccess().getAliasesSTRINGTerminalRuleCall_3_1_2_1_0());
                    	    							

                    	    								if (current==null) {
                    	    									current = createModelElement(grammarAccess.getActorRule());
                    	    								}
                    	    								addWithLastConsumed(
                    	    									current,
                    	    									"aliases",
                    	    									lv_aliases_8_0,
                    	    									"org.eclipse.xtext.common.Terminals.STRING");
                    	    							

                    	    }


                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 4 :
                    	    // InternalPlan.g:3910:5: (otherlv_9= 'url' ( (lv_url_10_0= RULE_STRING ) ) )
                    	    {
                    	    // InternalPlan.g:3910:5: (otherlv_9= 'url' ( (lv_url_10_0= RULE_STRING ) ) )
                    	    // InternalPlan.g:3911:6: otherlv_9= 'url' ( (lv_url_10_0= RULE_STRING ) )
                    	    {
                    	    otherlv_9=(Token)match(input,71,FOLLOW_8); 

                    	    						newLeafNode(otherlv_9, grammarAccess.getActorAccess().getUrlKeyword_3_1_3_0());
                    	    					
                    	    // InternalPlan.g:3915:6: ( (lv_url_10_0= RULE_STRING ) )
                    	    // InternalPlan.g:3916:7: (lv_url_10_0= RULE_STRING )
                    	    {
                    	    // InternalPlan.g:3916:7: (lv_url_10_0= RULE_STRING )
                    	    // InternalPlan.g:3917:8: lv_url_10_0= RULE_STRING
                    	    {
                    	    lv_url_10_0=(Token)match(input,RULE_STRING,FOLLOW_71); 

                    	    								newLeafNode(lv_url_10_0, grammarAccess.getActorAccess().getUrlSTRINGTerminalRuleCall_3_1_3_1_0());
                    	    							

                    	    								if (current==null) {
                    	    									current = createModelElement(grammarAccess.getActorRule());
                    	    								}
                    	    								setWithLastConsumed(
                    	    									current,
                    	    									"url",
                    	    									lv_url_10_0,
                    	    									"org.eclipse.xtext.common.Terminals.STRING");
                    	    							

                    	    }


                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 5 :
                    	    // InternalPlan.g:3935:5: (otherlv_11= 'part-of' ( ( ruleQualifiedId ) ) )
                    	    {
                    	    // InternalPlan.g:3935:5: (otherlv_11= 'part-of' ( ( ruleQualifiedId ) ) )
                    	    // InternalPlan.g:3936:6: otherlv_11= 'part-of' ( ( ruleQualifiedId ) )
                    	    {
                    	    otherlv_11=(Token)match(input,77,FOLLOW_3); 

                    	    						newLeafNode(otherlv_11, grammarAccess.getActorAccess().getPartOfKeyword_3_1_4_0());
                    	    					
                    	    // InternalPlan.g:3940:6: ( ( ruleQualifiedId ) )
                    	    // InternalPlan.g:3941:7: ( ruleQualifiedId )
                    	    {
                    	    // InternalPlan.g:3941:7: ( ruleQualifiedId )
                    	    // InternalPlan.g:3942:8: ruleQualifiedId
                    	    {

                    	    								if (current==null) {
                    	    									current = createModelElement(grammarAccess.getActorRule());
                    	    								}
                    	    							

                    	    								newCompositeNode(grammarAccess.getActorAccess().getPartOfActorCrossReference_3_1_4_1_0());
                    	    							
                    	    pushFollow(FOLLOW_71);
                    	    ruleQualifiedId();

                    	    state._fsp--;


                    	    								afterParserOrEnumRuleCall();
                    	    							

                    	    }


                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop86;
                        }
                    } while (true);

                    otherlv_13=(Token)match(input,13,FOLLOW_2); 

                    				newLeafNode(otherlv_13, grammarAccess.getActorAccess().getRightCurlyBracketKeyword_3_2());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleActor"


    // $ANTLR start "entryRuleSource"
    // InternalPlan.g:3967:1: entryRuleSource returns [EObject current=null] : iv_ruleSource= ruleSource EOF ;
    public final EObject entryRuleSource() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSource = null;


        try {
            // InternalPlan.g:3967:47: (iv_ruleSource= ruleSource EOF )
            // InternalPlan.g:3968:2: iv_ruleSource= ruleSource EOF
            {
             newCompositeNode(grammarAccess.getSourceRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSource=ruleSource();

            state._fsp--;

             current =iv_ruleSource; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSource"


    // $ANTLR start "ruleSource"
    // InternalPlan.g:3974:1: ruleSource returns [EObject current=null] : (otherlv_0= 'entry' ( (lv_id_1_0= RULE_ID ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= '{' (this_TraceableItem_4= ruleTraceableItem[$current] | (otherlv_5= 'author' ( (lv_author_6_0= RULE_STRING ) ) ) | (otherlv_7= 'year' ( (lv_year_8_0= RULE_STRING ) ) ) | (otherlv_9= 'url' ( (lv_url_10_0= RULE_STRING ) ) ) )* otherlv_11= '}' )? ) ;
    public final EObject ruleSource() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_id_1_0=null;
        Token lv_title_2_0=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        Token lv_author_6_0=null;
        Token otherlv_7=null;
        Token lv_year_8_0=null;
        Token otherlv_9=null;
        Token lv_url_10_0=null;
        Token otherlv_11=null;
        EObject this_TraceableItem_4 = null;



        	enterRule();

        try {
            // InternalPlan.g:3980:2: ( (otherlv_0= 'entry' ( (lv_id_1_0= RULE_ID ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= '{' (this_TraceableItem_4= ruleTraceableItem[$current] | (otherlv_5= 'author' ( (lv_author_6_0= RULE_STRING ) ) ) | (otherlv_7= 'year' ( (lv_year_8_0= RULE_STRING ) ) ) | (otherlv_9= 'url' ( (lv_url_10_0= RULE_STRING ) ) ) )* otherlv_11= '}' )? ) )
            // InternalPlan.g:3981:2: (otherlv_0= 'entry' ( (lv_id_1_0= RULE_ID ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= '{' (this_TraceableItem_4= ruleTraceableItem[$current] | (otherlv_5= 'author' ( (lv_author_6_0= RULE_STRING ) ) ) | (otherlv_7= 'year' ( (lv_year_8_0= RULE_STRING ) ) ) | (otherlv_9= 'url' ( (lv_url_10_0= RULE_STRING ) ) ) )* otherlv_11= '}' )? )
            {
            // InternalPlan.g:3981:2: (otherlv_0= 'entry' ( (lv_id_1_0= RULE_ID ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= '{' (this_TraceableItem_4= ruleTraceableItem[$current] | (otherlv_5= 'author' ( (lv_author_6_0= RULE_STRING ) ) ) | (otherlv_7= 'year' ( (lv_year_8_0= RULE_STRING ) ) ) | (otherlv_9= 'url' ( (lv_url_10_0= RULE_STRING ) ) ) )* otherlv_11= '}' )? )
            // InternalPlan.g:3982:3: otherlv_0= 'entry' ( (lv_id_1_0= RULE_ID ) ) ( (lv_title_2_0= RULE_STRING ) )? (otherlv_3= '{' (this_TraceableItem_4= ruleTraceableItem[$current] | (otherlv_5= 'author' ( (lv_author_6_0= RULE_STRING ) ) ) | (otherlv_7= 'year' ( (lv_year_8_0= RULE_STRING ) ) ) | (otherlv_9= 'url' ( (lv_url_10_0= RULE_STRING ) ) ) )* otherlv_11= '}' )?
            {
            otherlv_0=(Token)match(input,78,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getSourceAccess().getEntryKeyword_0());
            		
            // InternalPlan.g:3986:3: ( (lv_id_1_0= RULE_ID ) )
            // InternalPlan.g:3987:4: (lv_id_1_0= RULE_ID )
            {
            // InternalPlan.g:3987:4: (lv_id_1_0= RULE_ID )
            // InternalPlan.g:3988:5: lv_id_1_0= RULE_ID
            {
            lv_id_1_0=(Token)match(input,RULE_ID,FOLLOW_29); 

            					newLeafNode(lv_id_1_0, grammarAccess.getSourceAccess().getIdIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getSourceRule());
            					}
            					setWithLastConsumed(
            						current,
            						"id",
            						lv_id_1_0,
            						"org.veikart.dsl.Plan.ID");
            				

            }


            }

            // InternalPlan.g:4004:3: ( (lv_title_2_0= RULE_STRING ) )?
            int alt88=2;
            int LA88_0 = input.LA(1);

            if ( (LA88_0==RULE_STRING) ) {
                alt88=1;
            }
            switch (alt88) {
                case 1 :
                    // InternalPlan.g:4005:4: (lv_title_2_0= RULE_STRING )
                    {
                    // InternalPlan.g:4005:4: (lv_title_2_0= RULE_STRING )
                    // InternalPlan.g:4006:5: lv_title_2_0= RULE_STRING
                    {
                    lv_title_2_0=(Token)match(input,RULE_STRING,FOLLOW_30); 

                    					newLeafNode(lv_title_2_0, grammarAccess.getSourceAccess().getTitleSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getSourceRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"title",
                    						lv_title_2_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:4022:3: (otherlv_3= '{' (this_TraceableItem_4= ruleTraceableItem[$current] | (otherlv_5= 'author' ( (lv_author_6_0= RULE_STRING ) ) ) | (otherlv_7= 'year' ( (lv_year_8_0= RULE_STRING ) ) ) | (otherlv_9= 'url' ( (lv_url_10_0= RULE_STRING ) ) ) )* otherlv_11= '}' )?
            int alt90=2;
            int LA90_0 = input.LA(1);

            if ( (LA90_0==12) ) {
                alt90=1;
            }
            switch (alt90) {
                case 1 :
                    // InternalPlan.g:4023:4: otherlv_3= '{' (this_TraceableItem_4= ruleTraceableItem[$current] | (otherlv_5= 'author' ( (lv_author_6_0= RULE_STRING ) ) ) | (otherlv_7= 'year' ( (lv_year_8_0= RULE_STRING ) ) ) | (otherlv_9= 'url' ( (lv_url_10_0= RULE_STRING ) ) ) )* otherlv_11= '}'
                    {
                    otherlv_3=(Token)match(input,12,FOLLOW_73); 

                    				newLeafNode(otherlv_3, grammarAccess.getSourceAccess().getLeftCurlyBracketKeyword_3_0());
                    			
                    // InternalPlan.g:4027:4: (this_TraceableItem_4= ruleTraceableItem[$current] | (otherlv_5= 'author' ( (lv_author_6_0= RULE_STRING ) ) ) | (otherlv_7= 'year' ( (lv_year_8_0= RULE_STRING ) ) ) | (otherlv_9= 'url' ( (lv_url_10_0= RULE_STRING ) ) ) )*
                    loop89:
                    do {
                        int alt89=5;
                        switch ( input.LA(1) ) {
                        case 31:
                        case 35:
                            {
                            alt89=1;
                            }
                            break;
                        case 79:
                            {
                            alt89=2;
                            }
                            break;
                        case 80:
                            {
                            alt89=3;
                            }
                            break;
                        case 71:
                            {
                            alt89=4;
                            }
                            break;

                        }

                        switch (alt89) {
                    	case 1 :
                    	    // InternalPlan.g:4028:5: this_TraceableItem_4= ruleTraceableItem[$current]
                    	    {

                    	    					if (current==null) {
                    	    						current = createModelElement(grammarAccess.getSourceRule());
                    	    					}
                    	    					newCompositeNode(grammarAccess.getSourceAccess().getTraceableItemParserRuleCall_3_1_0());
                    	    				
                    	    pushFollow(FOLLOW_73);
                    	    this_TraceableItem_4=ruleTraceableItem(current);

                    	    state._fsp--;


                    	    					current = this_TraceableItem_4;
                    	    					afterParserOrEnumRuleCall();
                    	    				

                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalPlan.g:4040:5: (otherlv_5= 'author' ( (lv_author_6_0= RULE_STRING ) ) )
                    	    {
                    	    // InternalPlan.g:4040:5: (otherlv_5= 'author' ( (lv_author_6_0= RULE_STRING ) ) )
                    	    // InternalPlan.g:4041:6: otherlv_5= 'author' ( (lv_author_6_0= RULE_STRING ) )
                    	    {
                    	    otherlv_5=(Token)match(input,79,FOLLOW_8); 

                    	    						newLeafNode(otherlv_5, grammarAccess.getSourceAccess().getAuthorKeyword_3_1_1_0());
                    	    					
                    	    // InternalPlan.g:4045:6: ( (lv_author_6_0= RULE_STRING ) )
                    	    // InternalPlan.g:4046:7: (lv_author_6_0= RULE_STRING )
                    	    {
                    	    // InternalPlan.g:4046:7: (lv_author_6_0= RULE_STRING )
                    	    // InternalPlan.g:4047:8: lv_author_6_0= RULE_STRING
                    	    {
                    	    lv_author_6_0=(Token)match(input,RULE_STRING,FOLLOW_73); 

                    	    								newLeafNode(lv_author_6_0, grammarAccess.getSourceAccess().getAuthorSTRINGTerminalRuleCall_3_1_1_1_0());
                    	    							

                    	    								if (current==null) {
                    	    									current = createModelElement(grammarAccess.getSourceRule());
                    	    								}
                    	    								setWithLastConsumed(
                    	    									current,
                    	    									"author",
                    	    									lv_author_6_0,
                    	    									"org.eclipse.xtext.common.Terminals.STRING");
                    	    							

                    	    }


                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 3 :
                    	    // InternalPlan.g:4065:5: (otherlv_7= 'year' ( (lv_year_8_0= RULE_STRING ) ) )
                    	    {
                    	    // InternalPlan.g:4065:5: (otherlv_7= 'year' ( (lv_year_8_0= RULE_STRING ) ) )
                    	    // InternalPlan.g:4066:6: otherlv_7= 'year' ( (lv_year_8_0= RULE_STRING ) )
                    	    {
                    	    otherlv_7=(Token)match(input,80,FOLLOW_8); 

                    	    						newLeafNode(otherlv_7, grammarAccess.getSourceAccess().getYearKeyword_3_1_2_0());
                    	    					
                    	    // InternalPlan.g:4070:6: ( (lv_year_8_0= RULE_STRING ) )
                    	    // InternalPlan.g:4071:7: (lv_year_8_0= RULE_STRING )
                    	    {
                    	    // InternalPlan.g:4071:7: (lv_year_8_0= RULE_STRING )
                    	    // InternalPlan.g:4072:8: lv_year_8_0= RULE_STRING
                    	    {
                    	    lv_year_8_0=(Token)match(input,RULE_STRING,FOLLOW_73); 

                    	    								newLeafNode(lv_year_8_0, grammarAccess.getSourceAccess().getYearSTRINGTerminalRuleCall_3_1_2_1_0());
                    	    							

                    	    								if (current==null) {
                    	    									current = createModelElement(grammarAccess.getSourceRule());
                    	    								}
                    	    								setWithLastConsumed(
                    	    									current,
                    	    									"year",
                    	    									lv_year_8_0,
                    	    									"org.eclipse.xtext.common.Terminals.STRING");
                    	    							

                    	    }


                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 4 :
                    	    // InternalPlan.g:4090:5: (otherlv_9= 'url' ( (lv_url_10_0= RULE_STRING ) ) )
                    	    {
                    	    // InternalPlan.g:4090:5: (otherlv_9= 'url' ( (lv_url_10_0= RULE_STRING ) ) )
                    	    // InternalPlan.g:4091:6: otherlv_9= 'url' ( (lv_url_10_0= RULE_STRING ) )
                    	    {
                    	    otherlv_9=(Token)match(input,71,FOLLOW_8); 

                    	    						newLeafNode(otherlv_9, grammarAccess.getSourceAccess().getUrlKeyword_3_1_3_0());
                    	    					
                    	    // InternalPlan.g:4095:6: ( (lv_url_10_0= RULE_STRING ) )
                    	    // InternalPlan.g:4096:7: (lv_url_10_0= RULE_STRING )
                    	    {
                    	    // InternalPlan.g:4096:7: (lv_url_10_0= RULE_STRING )
                    	    // InternalPlan.g:4097:8: lv_url_10_0= RULE_STRING
                    	    {
                    	    lv_url_10_0=(Token)match(input,RULE_STRING,FOLLOW_73); 

                    	    								newLeafNode(lv_url_10_0, grammarAccess.getSourceAccess().getUrlSTRINGTerminalRuleCall_3_1_3_1_0());
                    	    							

                    	    								if (current==null) {
                    	    									current = createModelElement(grammarAccess.getSourceRule());
                    	    								}
                    	    								setWithLastConsumed(
                    	    									current,
                    	    									"url",
                    	    									lv_url_10_0,
                    	    									"org.eclipse.xtext.common.Terminals.STRING");
                    	    							

                    	    }


                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop89;
                        }
                    } while (true);

                    otherlv_11=(Token)match(input,13,FOLLOW_2); 

                    				newLeafNode(otherlv_11, grammarAccess.getSourceAccess().getRightCurlyBracketKeyword_3_2());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSource"


    // $ANTLR start "entryRuleSection"
    // InternalPlan.g:4124:1: entryRuleSection returns [EObject current=null] : iv_ruleSection= ruleSection EOF ;
    public final EObject entryRuleSection() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSection = null;


        try {
            // InternalPlan.g:4124:48: (iv_ruleSection= ruleSection EOF )
            // InternalPlan.g:4125:2: iv_ruleSection= ruleSection EOF
            {
             newCompositeNode(grammarAccess.getSectionRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSection=ruleSection();

            state._fsp--;

             current =iv_ruleSection; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSection"


    // $ANTLR start "ruleSection"
    // InternalPlan.g:4131:1: ruleSection returns [EObject current=null] : (otherlv_0= 'section' ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? (otherlv_5= '{' (this_TraceableItem_6= ruleTraceableItem[$current] | ( (lv_blocks_7_0= ruleProseBlock ) ) | ( (lv_subsections_8_0= ruleSection ) ) )* otherlv_9= '}' )? ) ;
    public final EObject ruleSection() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_id_1_0=null;
        Token otherlv_2=null;
        Token lv_code_3_0=null;
        Token lv_title_4_0=null;
        Token otherlv_5=null;
        Token otherlv_9=null;
        EObject this_TraceableItem_6 = null;

        EObject lv_blocks_7_0 = null;

        EObject lv_subsections_8_0 = null;



        	enterRule();

        try {
            // InternalPlan.g:4137:2: ( (otherlv_0= 'section' ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? (otherlv_5= '{' (this_TraceableItem_6= ruleTraceableItem[$current] | ( (lv_blocks_7_0= ruleProseBlock ) ) | ( (lv_subsections_8_0= ruleSection ) ) )* otherlv_9= '}' )? ) )
            // InternalPlan.g:4138:2: (otherlv_0= 'section' ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? (otherlv_5= '{' (this_TraceableItem_6= ruleTraceableItem[$current] | ( (lv_blocks_7_0= ruleProseBlock ) ) | ( (lv_subsections_8_0= ruleSection ) ) )* otherlv_9= '}' )? )
            {
            // InternalPlan.g:4138:2: (otherlv_0= 'section' ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? (otherlv_5= '{' (this_TraceableItem_6= ruleTraceableItem[$current] | ( (lv_blocks_7_0= ruleProseBlock ) ) | ( (lv_subsections_8_0= ruleSection ) ) )* otherlv_9= '}' )? )
            // InternalPlan.g:4139:3: otherlv_0= 'section' ( (lv_id_1_0= RULE_ID ) ) (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )? ( (lv_title_4_0= RULE_STRING ) )? (otherlv_5= '{' (this_TraceableItem_6= ruleTraceableItem[$current] | ( (lv_blocks_7_0= ruleProseBlock ) ) | ( (lv_subsections_8_0= ruleSection ) ) )* otherlv_9= '}' )?
            {
            otherlv_0=(Token)match(input,81,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getSectionAccess().getSectionKeyword_0());
            		
            // InternalPlan.g:4143:3: ( (lv_id_1_0= RULE_ID ) )
            // InternalPlan.g:4144:4: (lv_id_1_0= RULE_ID )
            {
            // InternalPlan.g:4144:4: (lv_id_1_0= RULE_ID )
            // InternalPlan.g:4145:5: lv_id_1_0= RULE_ID
            {
            lv_id_1_0=(Token)match(input,RULE_ID,FOLLOW_28); 

            					newLeafNode(lv_id_1_0, grammarAccess.getSectionAccess().getIdIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getSectionRule());
            					}
            					setWithLastConsumed(
            						current,
            						"id",
            						lv_id_1_0,
            						"org.veikart.dsl.Plan.ID");
            				

            }


            }

            // InternalPlan.g:4161:3: (otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) ) )?
            int alt91=2;
            int LA91_0 = input.LA(1);

            if ( (LA91_0==15) ) {
                alt91=1;
            }
            switch (alt91) {
                case 1 :
                    // InternalPlan.g:4162:4: otherlv_2= 'code' ( (lv_code_3_0= RULE_STRING ) )
                    {
                    otherlv_2=(Token)match(input,15,FOLLOW_8); 

                    				newLeafNode(otherlv_2, grammarAccess.getSectionAccess().getCodeKeyword_2_0());
                    			
                    // InternalPlan.g:4166:4: ( (lv_code_3_0= RULE_STRING ) )
                    // InternalPlan.g:4167:5: (lv_code_3_0= RULE_STRING )
                    {
                    // InternalPlan.g:4167:5: (lv_code_3_0= RULE_STRING )
                    // InternalPlan.g:4168:6: lv_code_3_0= RULE_STRING
                    {
                    lv_code_3_0=(Token)match(input,RULE_STRING,FOLLOW_29); 

                    						newLeafNode(lv_code_3_0, grammarAccess.getSectionAccess().getCodeSTRINGTerminalRuleCall_2_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getSectionRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"code",
                    							lv_code_3_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPlan.g:4185:3: ( (lv_title_4_0= RULE_STRING ) )?
            int alt92=2;
            int LA92_0 = input.LA(1);

            if ( (LA92_0==RULE_STRING) ) {
                alt92=1;
            }
            switch (alt92) {
                case 1 :
                    // InternalPlan.g:4186:4: (lv_title_4_0= RULE_STRING )
                    {
                    // InternalPlan.g:4186:4: (lv_title_4_0= RULE_STRING )
                    // InternalPlan.g:4187:5: lv_title_4_0= RULE_STRING
                    {
                    lv_title_4_0=(Token)match(input,RULE_STRING,FOLLOW_30); 

                    					newLeafNode(lv_title_4_0, grammarAccess.getSectionAccess().getTitleSTRINGTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getSectionRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"title",
                    						lv_title_4_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:4203:3: (otherlv_5= '{' (this_TraceableItem_6= ruleTraceableItem[$current] | ( (lv_blocks_7_0= ruleProseBlock ) ) | ( (lv_subsections_8_0= ruleSection ) ) )* otherlv_9= '}' )?
            int alt94=2;
            int LA94_0 = input.LA(1);

            if ( (LA94_0==12) ) {
                alt94=1;
            }
            switch (alt94) {
                case 1 :
                    // InternalPlan.g:4204:4: otherlv_5= '{' (this_TraceableItem_6= ruleTraceableItem[$current] | ( (lv_blocks_7_0= ruleProseBlock ) ) | ( (lv_subsections_8_0= ruleSection ) ) )* otherlv_9= '}'
                    {
                    otherlv_5=(Token)match(input,12,FOLLOW_74); 

                    				newLeafNode(otherlv_5, grammarAccess.getSectionAccess().getLeftCurlyBracketKeyword_4_0());
                    			
                    // InternalPlan.g:4208:4: (this_TraceableItem_6= ruleTraceableItem[$current] | ( (lv_blocks_7_0= ruleProseBlock ) ) | ( (lv_subsections_8_0= ruleSection ) ) )*
                    loop93:
                    do {
                        int alt93=4;
                        switch ( input.LA(1) ) {
                        case 31:
                        case 35:
                            {
                            alt93=1;
                            }
                            break;
                        case 82:
                        case 83:
                        case 84:
                        case 86:
                        case 88:
                        case 89:
                            {
                            alt93=2;
                            }
                            break;
                        case 81:
                            {
                            alt93=3;
                            }
                            break;

                        }

                        switch (alt93) {
                    	case 1 :
                    	    // InternalPlan.g:4209:5: this_TraceableItem_6= ruleTraceableItem[$current]
                    	    {

                    	    					if (current==null) {
                    	    						current = createModelElement(grammarAccess.getSectionRule());
                    	    					}
                    	    					newCompositeNode(grammarAccess.getSectionAccess().getTraceableItemParserRuleCall_4_1_0());
                    	    				
                    	    pushFollow(FOLLOW_74);
                    	    this_TraceableItem_6=ruleTraceableItem(current);

                    	    state._fsp--;


                    	    					current = this_TraceableItem_6;
                    	    					afterParserOrEnumRuleCall();
                    	    				

                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalPlan.g:4221:5: ( (lv_blocks_7_0= ruleProseBlock ) )
                    	    {
                    	    // InternalPlan.g:4221:5: ( (lv_blocks_7_0= ruleProseBlock ) )
                    	    // InternalPlan.g:4222:6: (lv_blocks_7_0= ruleProseBlock )
                    	    {
                    	    // InternalPlan.g:4222:6: (lv_blocks_7_0= ruleProseBlock )
                    	    // InternalPlan.g:4223:7: lv_blocks_7_0= ruleProseBlock
                    	    {

                    	    							newCompositeNode(grammarAccess.getSectionAccess().getBlocksProseBlockParserRuleCall_4_1_1_0());
                    	    						
                    	    pushFollow(FOLLOW_74);
                    	    lv_blocks_7_0=ruleProseBlock();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getSectionRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"blocks",
                    	    								lv_blocks_7_0,
                    	    								"org.veikart.dsl.Plan.ProseBlock");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 3 :
                    	    // InternalPlan.g:4241:5: ( (lv_subsections_8_0= ruleSection ) )
                    	    {
                    	    // InternalPlan.g:4241:5: ( (lv_subsections_8_0= ruleSection ) )
                    	    // InternalPlan.g:4242:6: (lv_subsections_8_0= ruleSection )
                    	    {
                    	    // InternalPlan.g:4242:6: (lv_subsections_8_0= ruleSection )
                    	    // InternalPlan.g:4243:7: lv_subsections_8_0= ruleSection
                    	    {

                    	    							newCompositeNode(grammarAccess.getSectionAccess().getSubsectionsSectionParserRuleCall_4_1_2_0());
                    	    						
                    	    pushFollow(FOLLOW_74);
                    	    lv_subsections_8_0=ruleSection();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getSectionRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"subsections",
                    	    								lv_subsections_8_0,
                    	    								"org.veikart.dsl.Plan.Section");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop93;
                        }
                    } while (true);

                    otherlv_9=(Token)match(input,13,FOLLOW_2); 

                    				newLeafNode(otherlv_9, grammarAccess.getSectionAccess().getRightCurlyBracketKeyword_4_2());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSection"


    // $ANTLR start "entryRuleProseBlock"
    // InternalPlan.g:4270:1: entryRuleProseBlock returns [EObject current=null] : iv_ruleProseBlock= ruleProseBlock EOF ;
    public final EObject entryRuleProseBlock() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleProseBlock = null;


        try {
            // InternalPlan.g:4270:51: (iv_ruleProseBlock= ruleProseBlock EOF )
            // InternalPlan.g:4271:2: iv_ruleProseBlock= ruleProseBlock EOF
            {
             newCompositeNode(grammarAccess.getProseBlockRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleProseBlock=ruleProseBlock();

            state._fsp--;

             current =iv_ruleProseBlock; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleProseBlock"


    // $ANTLR start "ruleProseBlock"
    // InternalPlan.g:4277:1: ruleProseBlock returns [EObject current=null] : (this_Paragraph_0= ruleParagraph | this_Quote_1= ruleQuote | this_FactBox_2= ruleFactBox | this_FigureCaption_3= ruleFigureCaption | this_BulletList_4= ruleBulletList | this_SourceList_5= ruleSourceList ) ;
    public final EObject ruleProseBlock() throws RecognitionException {
        EObject current = null;

        EObject this_Paragraph_0 = null;

        EObject this_Quote_1 = null;

        EObject this_FactBox_2 = null;

        EObject this_FigureCaption_3 = null;

        EObject this_BulletList_4 = null;

        EObject this_SourceList_5 = null;



        	enterRule();

        try {
            // InternalPlan.g:4283:2: ( (this_Paragraph_0= ruleParagraph | this_Quote_1= ruleQuote | this_FactBox_2= ruleFactBox | this_FigureCaption_3= ruleFigureCaption | this_BulletList_4= ruleBulletList | this_SourceList_5= ruleSourceList ) )
            // InternalPlan.g:4284:2: (this_Paragraph_0= ruleParagraph | this_Quote_1= ruleQuote | this_FactBox_2= ruleFactBox | this_FigureCaption_3= ruleFigureCaption | this_BulletList_4= ruleBulletList | this_SourceList_5= ruleSourceList )
            {
            // InternalPlan.g:4284:2: (this_Paragraph_0= ruleParagraph | this_Quote_1= ruleQuote | this_FactBox_2= ruleFactBox | this_FigureCaption_3= ruleFigureCaption | this_BulletList_4= ruleBulletList | this_SourceList_5= ruleSourceList )
            int alt95=6;
            switch ( input.LA(1) ) {
            case 82:
                {
                alt95=1;
                }
                break;
            case 83:
                {
                alt95=2;
                }
                break;
            case 86:
                {
                alt95=3;
                }
                break;
            case 84:
                {
                alt95=4;
                }
                break;
            case 88:
                {
                alt95=5;
                }
                break;
            case 89:
                {
                alt95=6;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 95, 0, input);

                throw nvae;
            }

            switch (alt95) {
                case 1 :
                    // InternalPlan.g:4285:3: this_Paragraph_0= ruleParagraph
                    {

                    			newCompositeNode(grammarAccess.getProseBlockAccess().getParagraphParserRuleCall_0());
                    		
                    pushFollow(FOLLOW_2);
                    this_Paragraph_0=ruleParagraph();

                    state._fsp--;


                    			current = this_Paragraph_0;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 2 :
                    // InternalPlan.g:4294:3: this_Quote_1= ruleQuote
                    {

                    			newCompositeNode(grammarAccess.getProseBlockAccess().getQuoteParserRuleCall_1());
                    		
                    pushFollow(FOLLOW_2);
                    this_Quote_1=ruleQuote();

                    state._fsp--;


                    			current = this_Quote_1;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 3 :
                    // InternalPlan.g:4303:3: this_FactBox_2= ruleFactBox
                    {

                    			newCompositeNode(grammarAccess.getProseBlockAccess().getFactBoxParserRuleCall_2());
                    		
                    pushFollow(FOLLOW_2);
                    this_FactBox_2=ruleFactBox();

                    state._fsp--;


                    			current = this_FactBox_2;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 4 :
                    // InternalPlan.g:4312:3: this_FigureCaption_3= ruleFigureCaption
                    {

                    			newCompositeNode(grammarAccess.getProseBlockAccess().getFigureCaptionParserRuleCall_3());
                    		
                    pushFollow(FOLLOW_2);
                    this_FigureCaption_3=ruleFigureCaption();

                    state._fsp--;


                    			current = this_FigureCaption_3;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 5 :
                    // InternalPlan.g:4321:3: this_BulletList_4= ruleBulletList
                    {

                    			newCompositeNode(grammarAccess.getProseBlockAccess().getBulletListParserRuleCall_4());
                    		
                    pushFollow(FOLLOW_2);
                    this_BulletList_4=ruleBulletList();

                    state._fsp--;


                    			current = this_BulletList_4;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;
                case 6 :
                    // InternalPlan.g:4330:3: this_SourceList_5= ruleSourceList
                    {

                    			newCompositeNode(grammarAccess.getProseBlockAccess().getSourceListParserRuleCall_5());
                    		
                    pushFollow(FOLLOW_2);
                    this_SourceList_5=ruleSourceList();

                    state._fsp--;


                    			current = this_SourceList_5;
                    			afterParserOrEnumRuleCall();
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleProseBlock"


    // $ANTLR start "entryRuleParagraph"
    // InternalPlan.g:4342:1: entryRuleParagraph returns [EObject current=null] : iv_ruleParagraph= ruleParagraph EOF ;
    public final EObject entryRuleParagraph() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleParagraph = null;


        try {
            // InternalPlan.g:4342:50: (iv_ruleParagraph= ruleParagraph EOF )
            // InternalPlan.g:4343:2: iv_ruleParagraph= ruleParagraph EOF
            {
             newCompositeNode(grammarAccess.getParagraphRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleParagraph=ruleParagraph();

            state._fsp--;

             current =iv_ruleParagraph; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleParagraph"


    // $ANTLR start "ruleParagraph"
    // InternalPlan.g:4349:1: ruleParagraph returns [EObject current=null] : (otherlv_0= 'paragraph' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_text_3_0= RULE_STRING ) )? (this_TraceableBlock_4= ruleTraceableBlock[$current] )? ) ;
    public final EObject ruleParagraph() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_id_2_0=null;
        Token lv_text_3_0=null;
        EObject this_TraceableBlock_4 = null;



        	enterRule();

        try {
            // InternalPlan.g:4355:2: ( (otherlv_0= 'paragraph' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_text_3_0= RULE_STRING ) )? (this_TraceableBlock_4= ruleTraceableBlock[$current] )? ) )
            // InternalPlan.g:4356:2: (otherlv_0= 'paragraph' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_text_3_0= RULE_STRING ) )? (this_TraceableBlock_4= ruleTraceableBlock[$current] )? )
            {
            // InternalPlan.g:4356:2: (otherlv_0= 'paragraph' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_text_3_0= RULE_STRING ) )? (this_TraceableBlock_4= ruleTraceableBlock[$current] )? )
            // InternalPlan.g:4357:3: otherlv_0= 'paragraph' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_text_3_0= RULE_STRING ) )? (this_TraceableBlock_4= ruleTraceableBlock[$current] )?
            {
            otherlv_0=(Token)match(input,82,FOLLOW_75); 

            			newLeafNode(otherlv_0, grammarAccess.getParagraphAccess().getParagraphKeyword_0());
            		
            // InternalPlan.g:4361:3: ()
            // InternalPlan.g:4362:4: 
            {

            				current = forceCreateModelElement(
            					grammarAccess.getParagraphAccess().getParagraphAction_1(),
            					current);
            			

            }

            // InternalPlan.g:4368:3: ( (lv_id_2_0= RULE_ID ) )?
            int alt96=2;
            int LA96_0 = input.LA(1);

            if ( (LA96_0==RULE_ID) ) {
                alt96=1;
            }
            switch (alt96) {
                case 1 :
                    // InternalPlan.g:4369:4: (lv_id_2_0= RULE_ID )
                    {
                    // InternalPlan.g:4369:4: (lv_id_2_0= RULE_ID )
                    // InternalPlan.g:4370:5: lv_id_2_0= RULE_ID
                    {
                    lv_id_2_0=(Token)match(input,RULE_ID,FOLLOW_29); 

                    					newLeafNode(lv_id_2_0, grammarAccess.getParagraphAccess().getIdIDTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getParagraphRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"id",
                    						lv_id_2_0,
                    						"org.veikart.dsl.Plan.ID");
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:4386:3: ( (lv_text_3_0= RULE_STRING ) )?
            int alt97=2;
            int LA97_0 = input.LA(1);

            if ( (LA97_0==RULE_STRING) ) {
                alt97=1;
            }
            switch (alt97) {
                case 1 :
                    // InternalPlan.g:4387:4: (lv_text_3_0= RULE_STRING )
                    {
                    // InternalPlan.g:4387:4: (lv_text_3_0= RULE_STRING )
                    // InternalPlan.g:4388:5: lv_text_3_0= RULE_STRING
                    {
                    lv_text_3_0=(Token)match(input,RULE_STRING,FOLLOW_30); 

                    					newLeafNode(lv_text_3_0, grammarAccess.getParagraphAccess().getTextSTRINGTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getParagraphRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"text",
                    						lv_text_3_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:4404:3: (this_TraceableBlock_4= ruleTraceableBlock[$current] )?
            int alt98=2;
            int LA98_0 = input.LA(1);

            if ( (LA98_0==12) ) {
                alt98=1;
            }
            switch (alt98) {
                case 1 :
                    // InternalPlan.g:4405:4: this_TraceableBlock_4= ruleTraceableBlock[$current]
                    {

                    				if (current==null) {
                    					current = createModelElement(grammarAccess.getParagraphRule());
                    				}
                    				newCompositeNode(grammarAccess.getParagraphAccess().getTraceableBlockParserRuleCall_4());
                    			
                    pushFollow(FOLLOW_2);
                    this_TraceableBlock_4=ruleTraceableBlock(current);

                    state._fsp--;


                    				current = this_TraceableBlock_4;
                    				afterParserOrEnumRuleCall();
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleParagraph"


    // $ANTLR start "entryRuleQuote"
    // InternalPlan.g:4421:1: entryRuleQuote returns [EObject current=null] : iv_ruleQuote= ruleQuote EOF ;
    public final EObject entryRuleQuote() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleQuote = null;


        try {
            // InternalPlan.g:4421:46: (iv_ruleQuote= ruleQuote EOF )
            // InternalPlan.g:4422:2: iv_ruleQuote= ruleQuote EOF
            {
             newCompositeNode(grammarAccess.getQuoteRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleQuote=ruleQuote();

            state._fsp--;

             current =iv_ruleQuote; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleQuote"


    // $ANTLR start "ruleQuote"
    // InternalPlan.g:4428:1: ruleQuote returns [EObject current=null] : (otherlv_0= 'quote' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_text_3_0= RULE_STRING ) )? (otherlv_4= 'by' ( (lv_attribution_5_0= RULE_STRING ) ) )? (this_TraceableBlock_6= ruleTraceableBlock[$current] )? ) ;
    public final EObject ruleQuote() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_id_2_0=null;
        Token lv_text_3_0=null;
        Token otherlv_4=null;
        Token lv_attribution_5_0=null;
        EObject this_TraceableBlock_6 = null;



        	enterRule();

        try {
            // InternalPlan.g:4434:2: ( (otherlv_0= 'quote' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_text_3_0= RULE_STRING ) )? (otherlv_4= 'by' ( (lv_attribution_5_0= RULE_STRING ) ) )? (this_TraceableBlock_6= ruleTraceableBlock[$current] )? ) )
            // InternalPlan.g:4435:2: (otherlv_0= 'quote' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_text_3_0= RULE_STRING ) )? (otherlv_4= 'by' ( (lv_attribution_5_0= RULE_STRING ) ) )? (this_TraceableBlock_6= ruleTraceableBlock[$current] )? )
            {
            // InternalPlan.g:4435:2: (otherlv_0= 'quote' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_text_3_0= RULE_STRING ) )? (otherlv_4= 'by' ( (lv_attribution_5_0= RULE_STRING ) ) )? (this_TraceableBlock_6= ruleTraceableBlock[$current] )? )
            // InternalPlan.g:4436:3: otherlv_0= 'quote' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_text_3_0= RULE_STRING ) )? (otherlv_4= 'by' ( (lv_attribution_5_0= RULE_STRING ) ) )? (this_TraceableBlock_6= ruleTraceableBlock[$current] )?
            {
            otherlv_0=(Token)match(input,83,FOLLOW_76); 

            			newLeafNode(otherlv_0, grammarAccess.getQuoteAccess().getQuoteKeyword_0());
            		
            // InternalPlan.g:4440:3: ()
            // InternalPlan.g:4441:4: 
            {

            				current = forceCreateModelElement(
            					grammarAccess.getQuoteAccess().getQuoteAction_1(),
            					current);
            			

            }

            // InternalPlan.g:4447:3: ( (lv_id_2_0= RULE_ID ) )?
            int alt99=2;
            int LA99_0 = input.LA(1);

            if ( (LA99_0==RULE_ID) ) {
                alt99=1;
            }
            switch (alt99) {
                case 1 :
                    // InternalPlan.g:4448:4: (lv_id_2_0= RULE_ID )
                    {
                    // InternalPlan.g:4448:4: (lv_id_2_0= RULE_ID )
                    // InternalPlan.g:4449:5: lv_id_2_0= RULE_ID
                    {
                    lv_id_2_0=(Token)match(input,RULE_ID,FOLLOW_77); 

                    					newLeafNode(lv_id_2_0, grammarAccess.getQuoteAccess().getIdIDTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getQuoteRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"id",
                    						lv_id_2_0,
                    						"org.veikart.dsl.Plan.ID");
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:4465:3: ( (lv_text_3_0= RULE_STRING ) )?
            int alt100=2;
            int LA100_0 = input.LA(1);

            if ( (LA100_0==RULE_STRING) ) {
                alt100=1;
            }
            switch (alt100) {
                case 1 :
                    // InternalPlan.g:4466:4: (lv_text_3_0= RULE_STRING )
                    {
                    // InternalPlan.g:4466:4: (lv_text_3_0= RULE_STRING )
                    // InternalPlan.g:4467:5: lv_text_3_0= RULE_STRING
                    {
                    lv_text_3_0=(Token)match(input,RULE_STRING,FOLLOW_78); 

                    					newLeafNode(lv_text_3_0, grammarAccess.getQuoteAccess().getTextSTRINGTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getQuoteRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"text",
                    						lv_text_3_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:4483:3: (otherlv_4= 'by' ( (lv_attribution_5_0= RULE_STRING ) ) )?
            int alt101=2;
            int LA101_0 = input.LA(1);

            if ( (LA101_0==60) ) {
                alt101=1;
            }
            switch (alt101) {
                case 1 :
                    // InternalPlan.g:4484:4: otherlv_4= 'by' ( (lv_attribution_5_0= RULE_STRING ) )
                    {
                    otherlv_4=(Token)match(input,60,FOLLOW_8); 

                    				newLeafNode(otherlv_4, grammarAccess.getQuoteAccess().getByKeyword_4_0());
                    			
                    // InternalPlan.g:4488:4: ( (lv_attribution_5_0= RULE_STRING ) )
                    // InternalPlan.g:4489:5: (lv_attribution_5_0= RULE_STRING )
                    {
                    // InternalPlan.g:4489:5: (lv_attribution_5_0= RULE_STRING )
                    // InternalPlan.g:4490:6: lv_attribution_5_0= RULE_STRING
                    {
                    lv_attribution_5_0=(Token)match(input,RULE_STRING,FOLLOW_30); 

                    						newLeafNode(lv_attribution_5_0, grammarAccess.getQuoteAccess().getAttributionSTRINGTerminalRuleCall_4_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getQuoteRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"attribution",
                    							lv_attribution_5_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPlan.g:4507:3: (this_TraceableBlock_6= ruleTraceableBlock[$current] )?
            int alt102=2;
            int LA102_0 = input.LA(1);

            if ( (LA102_0==12) ) {
                alt102=1;
            }
            switch (alt102) {
                case 1 :
                    // InternalPlan.g:4508:4: this_TraceableBlock_6= ruleTraceableBlock[$current]
                    {

                    				if (current==null) {
                    					current = createModelElement(grammarAccess.getQuoteRule());
                    				}
                    				newCompositeNode(grammarAccess.getQuoteAccess().getTraceableBlockParserRuleCall_5());
                    			
                    pushFollow(FOLLOW_2);
                    this_TraceableBlock_6=ruleTraceableBlock(current);

                    state._fsp--;


                    				current = this_TraceableBlock_6;
                    				afterParserOrEnumRuleCall();
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleQuote"


    // $ANTLR start "entryRuleFigureCaption"
    // InternalPlan.g:4524:1: entryRuleFigureCaption returns [EObject current=null] : iv_ruleFigureCaption= ruleFigureCaption EOF ;
    public final EObject entryRuleFigureCaption() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleFigureCaption = null;


        try {
            // InternalPlan.g:4524:54: (iv_ruleFigureCaption= ruleFigureCaption EOF )
            // InternalPlan.g:4525:2: iv_ruleFigureCaption= ruleFigureCaption EOF
            {
             newCompositeNode(grammarAccess.getFigureCaptionRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleFigureCaption=ruleFigureCaption();

            state._fsp--;

             current =iv_ruleFigureCaption; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleFigureCaption"


    // $ANTLR start "ruleFigureCaption"
    // InternalPlan.g:4531:1: ruleFigureCaption returns [EObject current=null] : (otherlv_0= 'figure' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_text_3_0= RULE_STRING ) )? (otherlv_4= 'image' ( (lv_image_5_0= RULE_STRING ) ) )? (this_TraceableBlock_6= ruleTraceableBlock[$current] )? ) ;
    public final EObject ruleFigureCaption() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_id_2_0=null;
        Token lv_text_3_0=null;
        Token otherlv_4=null;
        Token lv_image_5_0=null;
        EObject this_TraceableBlock_6 = null;



        	enterRule();

        try {
            // InternalPlan.g:4537:2: ( (otherlv_0= 'figure' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_text_3_0= RULE_STRING ) )? (otherlv_4= 'image' ( (lv_image_5_0= RULE_STRING ) ) )? (this_TraceableBlock_6= ruleTraceableBlock[$current] )? ) )
            // InternalPlan.g:4538:2: (otherlv_0= 'figure' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_text_3_0= RULE_STRING ) )? (otherlv_4= 'image' ( (lv_image_5_0= RULE_STRING ) ) )? (this_TraceableBlock_6= ruleTraceableBlock[$current] )? )
            {
            // InternalPlan.g:4538:2: (otherlv_0= 'figure' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_text_3_0= RULE_STRING ) )? (otherlv_4= 'image' ( (lv_image_5_0= RULE_STRING ) ) )? (this_TraceableBlock_6= ruleTraceableBlock[$current] )? )
            // InternalPlan.g:4539:3: otherlv_0= 'figure' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_text_3_0= RULE_STRING ) )? (otherlv_4= 'image' ( (lv_image_5_0= RULE_STRING ) ) )? (this_TraceableBlock_6= ruleTraceableBlock[$current] )?
            {
            otherlv_0=(Token)match(input,84,FOLLOW_79); 

            			newLeafNode(otherlv_0, grammarAccess.getFigureCaptionAccess().getFigureKeyword_0());
            		
            // InternalPlan.g:4543:3: ()
            // InternalPlan.g:4544:4: 
            {

            				current = forceCreateModelElement(
            					grammarAccess.getFigureCaptionAccess().getFigureCaptionAction_1(),
            					current);
            			

            }

            // InternalPlan.g:4550:3: ( (lv_id_2_0= RULE_ID ) )?
            int alt103=2;
            int LA103_0 = input.LA(1);

            if ( (LA103_0==RULE_ID) ) {
                alt103=1;
            }
            switch (alt103) {
                case 1 :
                    // InternalPlan.g:4551:4: (lv_id_2_0= RULE_ID )
                    {
                    // InternalPlan.g:4551:4: (lv_id_2_0= RULE_ID )
                    // InternalPlan.g:4552:5: lv_id_2_0= RULE_ID
                    {
                    lv_id_2_0=(Token)match(input,RULE_ID,FOLLOW_80); 

                    					newLeafNode(lv_id_2_0, grammarAccess.getFigureCaptionAccess().getIdIDTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getFigureCaptionRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"id",
                    						lv_id_2_0,
                    						"org.veikart.dsl.Plan.ID");
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:4568:3: ( (lv_text_3_0= RULE_STRING ) )?
            int alt104=2;
            int LA104_0 = input.LA(1);

            if ( (LA104_0==RULE_STRING) ) {
                alt104=1;
            }
            switch (alt104) {
                case 1 :
                    // InternalPlan.g:4569:4: (lv_text_3_0= RULE_STRING )
                    {
                    // InternalPlan.g:4569:4: (lv_text_3_0= RULE_STRING )
                    // InternalPlan.g:4570:5: lv_text_3_0= RULE_STRING
                    {
                    lv_text_3_0=(Token)match(input,RULE_STRING,FOLLOW_81); 

                    					newLeafNode(lv_text_3_0, grammarAccess.getFigureCaptionAccess().getTextSTRINGTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getFigureCaptionRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"text",
                    						lv_text_3_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:4586:3: (otherlv_4= 'image' ( (lv_image_5_0= RULE_STRING ) ) )?
            int alt105=2;
            int LA105_0 = input.LA(1);

            if ( (LA105_0==85) ) {
                alt105=1;
            }
            switch (alt105) {
                case 1 :
                    // InternalPlan.g:4587:4: otherlv_4= 'image' ( (lv_image_5_0= RULE_STRING ) )
                    {
                    otherlv_4=(Token)match(input,85,FOLLOW_8); 

                    				newLeafNode(otherlv_4, grammarAccess.getFigureCaptionAccess().getImageKeyword_4_0());
                    			
                    // InternalPlan.g:4591:4: ( (lv_image_5_0= RULE_STRING ) )
                    // InternalPlan.g:4592:5: (lv_image_5_0= RULE_STRING )
                    {
                    // InternalPlan.g:4592:5: (lv_image_5_0= RULE_STRING )
                    // InternalPlan.g:4593:6: lv_image_5_0= RULE_STRING
                    {
                    lv_image_5_0=(Token)match(input,RULE_STRING,FOLLOW_30); 

                    						newLeafNode(lv_image_5_0, grammarAccess.getFigureCaptionAccess().getImageSTRINGTerminalRuleCall_4_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getFigureCaptionRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"image",
                    							lv_image_5_0,
                    							"org.eclipse.xtext.common.Terminals.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalPlan.g:4610:3: (this_TraceableBlock_6= ruleTraceableBlock[$current] )?
            int alt106=2;
            int LA106_0 = input.LA(1);

            if ( (LA106_0==12) ) {
                alt106=1;
            }
            switch (alt106) {
                case 1 :
                    // InternalPlan.g:4611:4: this_TraceableBlock_6= ruleTraceableBlock[$current]
                    {

                    				if (current==null) {
                    					current = createModelElement(grammarAccess.getFigureCaptionRule());
                    				}
                    				newCompositeNode(grammarAccess.getFigureCaptionAccess().getTraceableBlockParserRuleCall_5());
                    			
                    pushFollow(FOLLOW_2);
                    this_TraceableBlock_6=ruleTraceableBlock(current);

                    state._fsp--;


                    				current = this_TraceableBlock_6;
                    				afterParserOrEnumRuleCall();
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleFigureCaption"


    // $ANTLR start "entryRuleFactBox"
    // InternalPlan.g:4627:1: entryRuleFactBox returns [EObject current=null] : iv_ruleFactBox= ruleFactBox EOF ;
    public final EObject entryRuleFactBox() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleFactBox = null;


        try {
            // InternalPlan.g:4627:48: (iv_ruleFactBox= ruleFactBox EOF )
            // InternalPlan.g:4628:2: iv_ruleFactBox= ruleFactBox EOF
            {
             newCompositeNode(grammarAccess.getFactBoxRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleFactBox=ruleFactBox();

            state._fsp--;

             current =iv_ruleFactBox; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleFactBox"


    // $ANTLR start "ruleFactBox"
    // InternalPlan.g:4634:1: ruleFactBox returns [EObject current=null] : (otherlv_0= 'fact-box' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_title_3_0= RULE_STRING ) )? (otherlv_4= '{' (this_TraceableItem_5= ruleTraceableItem[$current] | (otherlv_6= 'text' ( (lv_text_7_0= RULE_STRING ) ) ) | (otherlv_8= 'item' ( (lv_items_9_0= RULE_STRING ) ) ) )* otherlv_10= '}' )? ) ;
    public final EObject ruleFactBox() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_id_2_0=null;
        Token lv_title_3_0=null;
        Token otherlv_4=null;
        Token otherlv_6=null;
        Token lv_text_7_0=null;
        Token otherlv_8=null;
        Token lv_items_9_0=null;
        Token otherlv_10=null;
        EObject this_TraceableItem_5 = null;



        	enterRule();

        try {
            // InternalPlan.g:4640:2: ( (otherlv_0= 'fact-box' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_title_3_0= RULE_STRING ) )? (otherlv_4= '{' (this_TraceableItem_5= ruleTraceableItem[$current] | (otherlv_6= 'text' ( (lv_text_7_0= RULE_STRING ) ) ) | (otherlv_8= 'item' ( (lv_items_9_0= RULE_STRING ) ) ) )* otherlv_10= '}' )? ) )
            // InternalPlan.g:4641:2: (otherlv_0= 'fact-box' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_title_3_0= RULE_STRING ) )? (otherlv_4= '{' (this_TraceableItem_5= ruleTraceableItem[$current] | (otherlv_6= 'text' ( (lv_text_7_0= RULE_STRING ) ) ) | (otherlv_8= 'item' ( (lv_items_9_0= RULE_STRING ) ) ) )* otherlv_10= '}' )? )
            {
            // InternalPlan.g:4641:2: (otherlv_0= 'fact-box' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_title_3_0= RULE_STRING ) )? (otherlv_4= '{' (this_TraceableItem_5= ruleTraceableItem[$current] | (otherlv_6= 'text' ( (lv_text_7_0= RULE_STRING ) ) ) | (otherlv_8= 'item' ( (lv_items_9_0= RULE_STRING ) ) ) )* otherlv_10= '}' )? )
            // InternalPlan.g:4642:3: otherlv_0= 'fact-box' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_title_3_0= RULE_STRING ) )? (otherlv_4= '{' (this_TraceableItem_5= ruleTraceableItem[$current] | (otherlv_6= 'text' ( (lv_text_7_0= RULE_STRING ) ) ) | (otherlv_8= 'item' ( (lv_items_9_0= RULE_STRING ) ) ) )* otherlv_10= '}' )?
            {
            otherlv_0=(Token)match(input,86,FOLLOW_75); 

            			newLeafNode(otherlv_0, grammarAccess.getFactBoxAccess().getFactBoxKeyword_0());
            		
            // InternalPlan.g:4646:3: ()
            // InternalPlan.g:4647:4: 
            {

            				current = forceCreateModelElement(
            					grammarAccess.getFactBoxAccess().getFactBoxAction_1(),
            					current);
            			

            }

            // InternalPlan.g:4653:3: ( (lv_id_2_0= RULE_ID ) )?
            int alt107=2;
            int LA107_0 = input.LA(1);

            if ( (LA107_0==RULE_ID) ) {
                alt107=1;
            }
            switch (alt107) {
                case 1 :
                    // InternalPlan.g:4654:4: (lv_id_2_0= RULE_ID )
                    {
                    // InternalPlan.g:4654:4: (lv_id_2_0= RULE_ID )
                    // InternalPlan.g:4655:5: lv_id_2_0= RULE_ID
                    {
                    lv_id_2_0=(Token)match(input,RULE_ID,FOLLOW_29); 

                    					newLeafNode(lv_id_2_0, grammarAccess.getFactBoxAccess().getIdIDTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getFactBoxRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"id",
                    						lv_id_2_0,
                    						"org.veikart.dsl.Plan.ID");
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:4671:3: ( (lv_title_3_0= RULE_STRING ) )?
            int alt108=2;
            int LA108_0 = input.LA(1);

            if ( (LA108_0==RULE_STRING) ) {
                alt108=1;
            }
            switch (alt108) {
                case 1 :
                    // InternalPlan.g:4672:4: (lv_title_3_0= RULE_STRING )
                    {
                    // InternalPlan.g:4672:4: (lv_title_3_0= RULE_STRING )
                    // InternalPlan.g:4673:5: lv_title_3_0= RULE_STRING
                    {
                    lv_title_3_0=(Token)match(input,RULE_STRING,FOLLOW_30); 

                    					newLeafNode(lv_title_3_0, grammarAccess.getFactBoxAccess().getTitleSTRINGTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getFactBoxRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"title",
                    						lv_title_3_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:4689:3: (otherlv_4= '{' (this_TraceableItem_5= ruleTraceableItem[$current] | (otherlv_6= 'text' ( (lv_text_7_0= RULE_STRING ) ) ) | (otherlv_8= 'item' ( (lv_items_9_0= RULE_STRING ) ) ) )* otherlv_10= '}' )?
            int alt110=2;
            int LA110_0 = input.LA(1);

            if ( (LA110_0==12) ) {
                alt110=1;
            }
            switch (alt110) {
                case 1 :
                    // InternalPlan.g:4690:4: otherlv_4= '{' (this_TraceableItem_5= ruleTraceableItem[$current] | (otherlv_6= 'text' ( (lv_text_7_0= RULE_STRING ) ) ) | (otherlv_8= 'item' ( (lv_items_9_0= RULE_STRING ) ) ) )* otherlv_10= '}'
                    {
                    otherlv_4=(Token)match(input,12,FOLLOW_82); 

                    				newLeafNode(otherlv_4, grammarAccess.getFactBoxAccess().getLeftCurlyBracketKeyword_4_0());
                    			
                    // InternalPlan.g:4694:4: (this_TraceableItem_5= ruleTraceableItem[$current] | (otherlv_6= 'text' ( (lv_text_7_0= RULE_STRING ) ) ) | (otherlv_8= 'item' ( (lv_items_9_0= RULE_STRING ) ) ) )*
                    loop109:
                    do {
                        int alt109=4;
                        switch ( input.LA(1) ) {
                        case 31:
                        case 35:
                            {
                            alt109=1;
                            }
                            break;
                        case 25:
                            {
                            alt109=2;
                            }
                            break;
                        case 87:
                            {
                            alt109=3;
                            }
                            break;

                        }

                        switch (alt109) {
                    	case 1 :
                    	    // InternalPlan.g:4695:5: this_TraceableItem_5= ruleTraceableItem[$current]
                    	    {

                    	    					if (current==null) {
                    	    						current = createModelElement(grammarAccess.getFactBoxRule());
                    	    					}
                    	    					newCompositeNode(grammarAccess.getFactBoxAccess().getTraceableItemParserRuleCall_4_1_0());
                    	    				
                    	    pushFollow(FOLLOW_82);
                    	    this_TraceableItem_5=ruleTraceableItem(current);

                    	    state._fsp--;


                    	    					current = this_TraceableItem_5;
                    	    					afterParserOrEnumRuleCall();
                    	    				

                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalPlan.g:4707:5: (otherlv_6= 'text' ( (lv_text_7_0= RULE_STRING ) ) )
                    	    {
                    	    // InternalPlan.g:4707:5: (otherlv_6= 'text' ( (lv_text_7_0= RULE_STRING ) ) )
                    	    // InternalPlan.g:4708:6: otherlv_6= 'text' ( (lv_text_7_0= RULE_STRING ) )
                    	    {
                    	    otherlv_6=(Token)match(input,25,FOLLOW_8); 

                    	    						newLeafNode(otherlv_6, grammarAccess.getFactBoxAccess().getTextKeyword_4_1_1_0());
                    	    					
                    	    // InternalPlan.g:4712:6: ( (lv_text_7_0= RULE_STRING ) )
                    	    // InternalPlan.g:4713:7: (lv_text_7_0= RULE_STRING )
                    	    {
                    	    // InternalPlan.g:4713:7: (lv_text_7_0= RULE_STRING )
                    	    // InternalPlan.g:4714:8: lv_text_7_0= RULE_STRING
                    	    {
                    	    lv_text_7_0=(Token)match(input,RULE_STRING,FOLLOW_82); 

                    	    								newLeafNode(lv_text_7_0, grammarAccess.getFactBoxAccess().getTextSTRINGTerminalRuleCall_4_1_1_1_0());
                    	    							

                    	    								if (current==null) {
                    	    									current = createModelElement(grammarAccess.getFactBoxRule());
                    	    								}
                    	    								setWithLastConsumed(
                    	    									current,
                    	    									"text",
                    	    									lv_text_7_0,
                    	    									"org.eclipse.xtext.common.Terminals.STRING");
                    	    							

                    	    }


                    	    }


                    	    }


                    	    }
                    	    break;
                    	case 3 :
                    	    // InternalPlan.g:4732:5: (otherlv_8= 'item' ( (lv_items_9_0= RULE_STRING ) ) )
                    	    {
                    	    // InternalPlan.g:4732:5: (otherlv_8= 'item' ( (lv_items_9_0= RULE_STRING ) ) )
                    	    // InternalPlan.g:4733:6: otherlv_8= 'item' ( (lv_items_9_0= RULE_STRING ) )
                    	    {
                    	    otherlv_8=(Token)match(input,87,FOLLOW_8); 

                    	    						newLeafNode(otherlv_8, grammarAccess.getFactBoxAccess().getItemKeyword_4_1_2_0());
                    	    					
                    	    // InternalPlan.g:4737:6: ( (lv_items_9_0= RULE_STRING ) )
                    	    // InternalPlan.g:4738:7: (lv_items_9_0= RULE_STRING )
                    	    {
                    	    // InternalPlan.g:4738:7: (lv_items_9_0= RULE_STRING )
                    	    // InternalPlan.g:4739:8: lv_items_9_0= RULE_STRING
                    	    {
                    	    lv_items_9_0=(Token)match(input,RULE_STRING,FOLLOW_82); 

                    	    								newLeafNode(lv_items_9_0, grammarAccess.getFactBoxAccess().getItemsSTRINGTerminalRuleCall_4_1_2_1_0());
                    	    							

                    	    								if (current==null) {
                    	    									current = createModelElement(grammarAccess.getFactBoxRule());
                    	    								}
                    	    								addWithLastConsumed(
                    	    									current,
                    	    									"items",
                    	    									lv_items_9_0,
                    	    									"org.eclipse.xtext.common.Terminals.STRING");
                    	    							

                    	    }


                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop109;
                        }
                    } while (true);

                    otherlv_10=(Token)match(input,13,FOLLOW_2); 

                    				newLeafNode(otherlv_10, grammarAccess.getFactBoxAccess().getRightCurlyBracketKeyword_4_2());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleFactBox"


    // $ANTLR start "entryRuleBulletList"
    // InternalPlan.g:4766:1: entryRuleBulletList returns [EObject current=null] : iv_ruleBulletList= ruleBulletList EOF ;
    public final EObject entryRuleBulletList() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleBulletList = null;


        try {
            // InternalPlan.g:4766:51: (iv_ruleBulletList= ruleBulletList EOF )
            // InternalPlan.g:4767:2: iv_ruleBulletList= ruleBulletList EOF
            {
             newCompositeNode(grammarAccess.getBulletListRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleBulletList=ruleBulletList();

            state._fsp--;

             current =iv_ruleBulletList; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleBulletList"


    // $ANTLR start "ruleBulletList"
    // InternalPlan.g:4773:1: ruleBulletList returns [EObject current=null] : (otherlv_0= 'bullets' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_text_3_0= RULE_STRING ) )? (otherlv_4= '{' (this_TraceableItem_5= ruleTraceableItem[$current] | (otherlv_6= 'item' ( (lv_items_7_0= RULE_STRING ) ) ) )* otherlv_8= '}' )? ) ;
    public final EObject ruleBulletList() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_id_2_0=null;
        Token lv_text_3_0=null;
        Token otherlv_4=null;
        Token otherlv_6=null;
        Token lv_items_7_0=null;
        Token otherlv_8=null;
        EObject this_TraceableItem_5 = null;



        	enterRule();

        try {
            // InternalPlan.g:4779:2: ( (otherlv_0= 'bullets' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_text_3_0= RULE_STRING ) )? (otherlv_4= '{' (this_TraceableItem_5= ruleTraceableItem[$current] | (otherlv_6= 'item' ( (lv_items_7_0= RULE_STRING ) ) ) )* otherlv_8= '}' )? ) )
            // InternalPlan.g:4780:2: (otherlv_0= 'bullets' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_text_3_0= RULE_STRING ) )? (otherlv_4= '{' (this_TraceableItem_5= ruleTraceableItem[$current] | (otherlv_6= 'item' ( (lv_items_7_0= RULE_STRING ) ) ) )* otherlv_8= '}' )? )
            {
            // InternalPlan.g:4780:2: (otherlv_0= 'bullets' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_text_3_0= RULE_STRING ) )? (otherlv_4= '{' (this_TraceableItem_5= ruleTraceableItem[$current] | (otherlv_6= 'item' ( (lv_items_7_0= RULE_STRING ) ) ) )* otherlv_8= '}' )? )
            // InternalPlan.g:4781:3: otherlv_0= 'bullets' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_text_3_0= RULE_STRING ) )? (otherlv_4= '{' (this_TraceableItem_5= ruleTraceableItem[$current] | (otherlv_6= 'item' ( (lv_items_7_0= RULE_STRING ) ) ) )* otherlv_8= '}' )?
            {
            otherlv_0=(Token)match(input,88,FOLLOW_75); 

            			newLeafNode(otherlv_0, grammarAccess.getBulletListAccess().getBulletsKeyword_0());
            		
            // InternalPlan.g:4785:3: ()
            // InternalPlan.g:4786:4: 
            {

            				current = forceCreateModelElement(
            					grammarAccess.getBulletListAccess().getBulletListAction_1(),
            					current);
            			

            }

            // InternalPlan.g:4792:3: ( (lv_id_2_0= RULE_ID ) )?
            int alt111=2;
            int LA111_0 = input.LA(1);

            if ( (LA111_0==RULE_ID) ) {
                alt111=1;
            }
            switch (alt111) {
                case 1 :
                    // InternalPlan.g:4793:4: (lv_id_2_0= RULE_ID )
                    {
                    // InternalPlan.g:4793:4: (lv_id_2_0= RULE_ID )
                    // InternalPlan.g:4794:5: lv_id_2_0= RULE_ID
                    {
                    lv_id_2_0=(Token)match(input,RULE_ID,FOLLOW_29); 

                    					newLeafNode(lv_id_2_0, grammarAccess.getBulletListAccess().getIdIDTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getBulletListRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"id",
                    						lv_id_2_0,
                    						"org.veikart.dsl.Plan.ID");
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:4810:3: ( (lv_text_3_0= RULE_STRING ) )?
            int alt112=2;
            int LA112_0 = input.LA(1);

            if ( (LA112_0==RULE_STRING) ) {
                alt112=1;
            }
            switch (alt112) {
                case 1 :
                    // InternalPlan.g:4811:4: (lv_text_3_0= RULE_STRING )
                    {
                    // InternalPlan.g:4811:4: (lv_text_3_0= RULE_STRING )
                    // InternalPlan.g:4812:5: lv_text_3_0= RULE_STRING
                    {
                    lv_text_3_0=(Token)match(input,RULE_STRING,FOLLOW_30); 

                    					newLeafNode(lv_text_3_0, grammarAccess.getBulletListAccess().getTextSTRINGTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getBulletListRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"text",
                    						lv_text_3_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:4828:3: (otherlv_4= '{' (this_TraceableItem_5= ruleTraceableItem[$current] | (otherlv_6= 'item' ( (lv_items_7_0= RULE_STRING ) ) ) )* otherlv_8= '}' )?
            int alt114=2;
            int LA114_0 = input.LA(1);

            if ( (LA114_0==12) ) {
                alt114=1;
            }
            switch (alt114) {
                case 1 :
                    // InternalPlan.g:4829:4: otherlv_4= '{' (this_TraceableItem_5= ruleTraceableItem[$current] | (otherlv_6= 'item' ( (lv_items_7_0= RULE_STRING ) ) ) )* otherlv_8= '}'
                    {
                    otherlv_4=(Token)match(input,12,FOLLOW_83); 

                    				newLeafNode(otherlv_4, grammarAccess.getBulletListAccess().getLeftCurlyBracketKeyword_4_0());
                    			
                    // InternalPlan.g:4833:4: (this_TraceableItem_5= ruleTraceableItem[$current] | (otherlv_6= 'item' ( (lv_items_7_0= RULE_STRING ) ) ) )*
                    loop113:
                    do {
                        int alt113=3;
                        int LA113_0 = input.LA(1);

                        if ( (LA113_0==31||LA113_0==35) ) {
                            alt113=1;
                        }
                        else if ( (LA113_0==87) ) {
                            alt113=2;
                        }


                        switch (alt113) {
                    	case 1 :
                    	    // InternalPlan.g:4834:5: this_TraceableItem_5= ruleTraceableItem[$current]
                    	    {

                    	    					if (current==null) {
                    	    						current = createModelElement(grammarAccess.getBulletListRule());
                    	    					}
                    	    					newCompositeNode(grammarAccess.getBulletListAccess().getTraceableItemParserRuleCall_4_1_0());
                    	    				
                    	    pushFollow(FOLLOW_83);
                    	    this_TraceableItem_5=ruleTraceableItem(current);

                    	    state._fsp--;


                    	    					current = this_TraceableItem_5;
                    	    					afterParserOrEnumRuleCall();
                    	    				

                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalPlan.g:4846:5: (otherlv_6= 'item' ( (lv_items_7_0= RULE_STRING ) ) )
                    	    {
                    	    // InternalPlan.g:4846:5: (otherlv_6= 'item' ( (lv_items_7_0= RULE_STRING ) ) )
                    	    // InternalPlan.g:4847:6: otherlv_6= 'item' ( (lv_items_7_0= RULE_STRING ) )
                    	    {
                    	    otherlv_6=(Token)match(input,87,FOLLOW_8); 

                    	    						newLeafNode(otherlv_6, grammarAccess.getBulletListAccess().getItemKeyword_4_1_1_0());
                    	    					
                    	    // InternalPlan.g:4851:6: ( (lv_items_7_0= RULE_STRING ) )
                    	    // InternalPlan.g:4852:7: (lv_items_7_0= RULE_STRING )
                    	    {
                    	    // InternalPlan.g:4852:7: (lv_items_7_0= RULE_STRING )
                    	    // InternalPlan.g:4853:8: lv_items_7_0= RULE_STRING
                    	    {
                    	    lv_items_7_0=(Token)match(input,RULE_STRING,FOLLOW_83); 

                    	    								newLeafNode(lv_items_7_0, grammarAccess.getBulletListAccess().getItemsSTRINGTerminalRuleCall_4_1_1_1_0());
                    	    							

                    	    								if (current==null) {
                    	    									current = createModelElement(grammarAccess.getBulletListRule());
                    	    								}
                    	    								addWithLastConsumed(
                    	    									current,
                    	    									"items",
                    	    									lv_items_7_0,
                    	    									"org.eclipse.xtext.common.Terminals.STRING");
                    	    							

                    	    }


                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop113;
                        }
                    } while (true);

                    otherlv_8=(Token)match(input,13,FOLLOW_2); 

                    				newLeafNode(otherlv_8, grammarAccess.getBulletListAccess().getRightCurlyBracketKeyword_4_2());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleBulletList"


    // $ANTLR start "entryRuleSourceList"
    // InternalPlan.g:4880:1: entryRuleSourceList returns [EObject current=null] : iv_ruleSourceList= ruleSourceList EOF ;
    public final EObject entryRuleSourceList() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleSourceList = null;


        try {
            // InternalPlan.g:4880:51: (iv_ruleSourceList= ruleSourceList EOF )
            // InternalPlan.g:4881:2: iv_ruleSourceList= ruleSourceList EOF
            {
             newCompositeNode(grammarAccess.getSourceListRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSourceList=ruleSourceList();

            state._fsp--;

             current =iv_ruleSourceList; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSourceList"


    // $ANTLR start "ruleSourceList"
    // InternalPlan.g:4887:1: ruleSourceList returns [EObject current=null] : (otherlv_0= 'source-list' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_text_3_0= RULE_STRING ) )? (otherlv_4= '{' (this_TraceableItem_5= ruleTraceableItem[$current] | (otherlv_6= 'entries' ( ( ruleQualifiedId ) ) (otherlv_8= ',' ( ( ruleQualifiedId ) ) )* ) )* otherlv_10= '}' )? ) ;
    public final EObject ruleSourceList() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_id_2_0=null;
        Token lv_text_3_0=null;
        Token otherlv_4=null;
        Token otherlv_6=null;
        Token otherlv_8=null;
        Token otherlv_10=null;
        EObject this_TraceableItem_5 = null;



        	enterRule();

        try {
            // InternalPlan.g:4893:2: ( (otherlv_0= 'source-list' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_text_3_0= RULE_STRING ) )? (otherlv_4= '{' (this_TraceableItem_5= ruleTraceableItem[$current] | (otherlv_6= 'entries' ( ( ruleQualifiedId ) ) (otherlv_8= ',' ( ( ruleQualifiedId ) ) )* ) )* otherlv_10= '}' )? ) )
            // InternalPlan.g:4894:2: (otherlv_0= 'source-list' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_text_3_0= RULE_STRING ) )? (otherlv_4= '{' (this_TraceableItem_5= ruleTraceableItem[$current] | (otherlv_6= 'entries' ( ( ruleQualifiedId ) ) (otherlv_8= ',' ( ( ruleQualifiedId ) ) )* ) )* otherlv_10= '}' )? )
            {
            // InternalPlan.g:4894:2: (otherlv_0= 'source-list' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_text_3_0= RULE_STRING ) )? (otherlv_4= '{' (this_TraceableItem_5= ruleTraceableItem[$current] | (otherlv_6= 'entries' ( ( ruleQualifiedId ) ) (otherlv_8= ',' ( ( ruleQualifiedId ) ) )* ) )* otherlv_10= '}' )? )
            // InternalPlan.g:4895:3: otherlv_0= 'source-list' () ( (lv_id_2_0= RULE_ID ) )? ( (lv_text_3_0= RULE_STRING ) )? (otherlv_4= '{' (this_TraceableItem_5= ruleTraceableItem[$current] | (otherlv_6= 'entries' ( ( ruleQualifiedId ) ) (otherlv_8= ',' ( ( ruleQualifiedId ) ) )* ) )* otherlv_10= '}' )?
            {
            otherlv_0=(Token)match(input,89,FOLLOW_75); 

            			newLeafNode(otherlv_0, grammarAccess.getSourceListAccess().getSourceListKeyword_0());
            		
            // InternalPlan.g:4899:3: ()
            // InternalPlan.g:4900:4: 
            {

            				current = forceCreateModelElement(
            					grammarAccess.getSourceListAccess().getSourceListAction_1(),
            					current);
            			

            }

            // InternalPlan.g:4906:3: ( (lv_id_2_0= RULE_ID ) )?
            int alt115=2;
            int LA115_0 = input.LA(1);

            if ( (LA115_0==RULE_ID) ) {
                alt115=1;
            }
            switch (alt115) {
                case 1 :
                    // InternalPlan.g:4907:4: (lv_id_2_0= RULE_ID )
                    {
                    // InternalPlan.g:4907:4: (lv_id_2_0= RULE_ID )
                    // InternalPlan.g:4908:5: lv_id_2_0= RULE_ID
                    {
                    lv_id_2_0=(Token)match(input,RULE_ID,FOLLOW_29); 

                    					newLeafNode(lv_id_2_0, grammarAccess.getSourceListAccess().getIdIDTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getSourceListRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"id",
                    						lv_id_2_0,
                    						"org.veikart.dsl.Plan.ID");
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:4924:3: ( (lv_text_3_0= RULE_STRING ) )?
            int alt116=2;
            int LA116_0 = input.LA(1);

            if ( (LA116_0==RULE_STRING) ) {
                alt116=1;
            }
            switch (alt116) {
                case 1 :
                    // InternalPlan.g:4925:4: (lv_text_3_0= RULE_STRING )
                    {
                    // InternalPlan.g:4925:4: (lv_text_3_0= RULE_STRING )
                    // InternalPlan.g:4926:5: lv_text_3_0= RULE_STRING
                    {
                    lv_text_3_0=(Token)match(input,RULE_STRING,FOLLOW_30); 

                    					newLeafNode(lv_text_3_0, grammarAccess.getSourceListAccess().getTextSTRINGTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getSourceListRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"text",
                    						lv_text_3_0,
                    						"org.eclipse.xtext.common.Terminals.STRING");
                    				

                    }


                    }
                    break;

            }

            // InternalPlan.g:4942:3: (otherlv_4= '{' (this_TraceableItem_5= ruleTraceableItem[$current] | (otherlv_6= 'entries' ( ( ruleQualifiedId ) ) (otherlv_8= ',' ( ( ruleQualifiedId ) ) )* ) )* otherlv_10= '}' )?
            int alt119=2;
            int LA119_0 = input.LA(1);

            if ( (LA119_0==12) ) {
                alt119=1;
            }
            switch (alt119) {
                case 1 :
                    // InternalPlan.g:4943:4: otherlv_4= '{' (this_TraceableItem_5= ruleTraceableItem[$current] | (otherlv_6= 'entries' ( ( ruleQualifiedId ) ) (otherlv_8= ',' ( ( ruleQualifiedId ) ) )* ) )* otherlv_10= '}'
                    {
                    otherlv_4=(Token)match(input,12,FOLLOW_84); 

                    				newLeafNode(otherlv_4, grammarAccess.getSourceListAccess().getLeftCurlyBracketKeyword_4_0());
                    			
                    // InternalPlan.g:4947:4: (this_TraceableItem_5= ruleTraceableItem[$current] | (otherlv_6= 'entries' ( ( ruleQualifiedId ) ) (otherlv_8= ',' ( ( ruleQualifiedId ) ) )* ) )*
                    loop118:
                    do {
                        int alt118=3;
                        int LA118_0 = input.LA(1);

                        if ( (LA118_0==31||LA118_0==35) ) {
                            alt118=1;
                        }
                        else if ( (LA118_0==90) ) {
                            alt118=2;
                        }


                        switch (alt118) {
                    	case 1 :
                    	    // InternalPlan.g:4948:5: this_TraceableItem_5= ruleTraceableItem[$current]
                    	    {

                    	    					if (current==null) {
                    	    						current = createModelElement(grammarAccess.getSourceListRule());
                    	    					}
                    	    					newCompositeNode(grammarAccess.getSourceListAccess().getTraceableItemParserRuleCall_4_1_0());
                    	    				
                    	    pushFollow(FOLLOW_84);
                    	    this_TraceableItem_5=ruleTraceableItem(current);

                    	    state._fsp--;


                    	    					current = this_TraceableItem_5;
                    	    					afterParserOrEnumRuleCall();
                    	    				

                    	    }
                    	    break;
                    	case 2 :
                    	    // InternalPlan.g:4960:5: (otherlv_6= 'entries' ( ( ruleQualifiedId ) ) (otherlv_8= ',' ( ( ruleQualifiedId ) ) )* )
                    	    {
                    	    // InternalPlan.g:4960:5: (otherlv_6= 'entries' ( ( ruleQualifiedId ) ) (otherlv_8= ',' ( ( ruleQualifiedId ) ) )* )
                    	    // InternalPlan.g:4961:6: otherlv_6= 'entries' ( ( ruleQualifiedId ) ) (otherlv_8= ',' ( ( ruleQualifiedId ) ) )*
                    	    {
                    	    otherlv_6=(Token)match(input,90,FOLLOW_3); 

                    	    						newLeafNode(otherlv_6, grammarAccess.getSourceListAccess().getEntriesKeyword_4_1_1_0());
                    	    					
                    	    // InternalPlan.g:4965:6: ( ( ruleQualifiedId ) )
                    	    // InternalPlan.g:4966:7: ( ruleQualifiedId )
                    	    {
                    	    // InternalPlan.g:4966:7: ( ruleQualifiedId )
                    	    // InternalPlan.g:4967:8: ruleQualifiedId
                    	    {

                    	    								if (current==null) {
                    	    									current = createModelElement(grammarAccess.getSourceListRule());
                    	    								}
                    	    							

                    	    								newCompositeNode(grammarAccess.getSourceListAccess().getEntriesSourceCrossReference_4_1_1_1_0());
                    	    							
                    	    pushFollow(FOLLOW_85);
                    	    ruleQualifiedId();

                    	    state._fsp--;


                    	    								afterParserOrEnumRuleCall();
                    	    							

                    	    }


                    	    }

                    	    // InternalPlan.g:4981:6: (otherlv_8= ',' ( ( ruleQualifiedId ) ) )*
                    	    loop117:
                    	    do {
                    	        int alt117=2;
                    	        int LA117_0 = input.LA(1);

                    	        if ( (LA117_0==28) ) {
                    	            alt117=1;
                    	        }


                    	        switch (alt117) {
                    	    	case 1 :
                    	    	    // InternalPlan.g:4982:7: otherlv_8= ',' ( ( ruleQualifiedId ) )
                    	    	    {
                    	    	    otherlv_8=(Token)match(input,28,FOLLOW_3); 

                    	    	    							newLeafNode(otherlv_8, grammarAccess.getSourceListAccess().getCommaKeyword_4_1_1_2_0());
                    	    	    						
                    	    	    // InternalPlan.g:4986:7: ( ( ruleQualifiedId ) )
                    	    	    // InternalPlan.g:4987:8: ( ruleQualifiedId )
                    	    	    {
                    	    	    // InternalPlan.g:4987:8: ( ruleQualifiedId )
                    	    	    // InternalPlan.g:4988:9: ruleQualifiedId
                    	    	    {

                    	    	    									if (current==null) {
                    	    	    										current = createModelElement(grammarAccess.getSourceListRule());
                    	    	    									}
                    	    	    								

                    	    	    									newCompositeNode(grammarAccess.getSourceListAccess().getEntriesSourceCrossReference_4_1_1_2_1_0());
                    	    	    								
                    	    	    pushFollow(FOLLOW_85);
                    	    	    ruleQualifiedId();

                    	    	    state._fsp--;


                    	    	    									afterParserOrEnumRuleCall();
                    	    	    								

                    	    	    }


                    	    	    }


                    	    	    }
                    	    	    break;

                    	    	default :
                    	    	    break loop117;
                    	        }
                    	    } while (true);


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop118;
                        }
                    } while (true);

                    otherlv_10=(Token)match(input,13,FOLLOW_2); 

                    				newLeafNode(otherlv_10, grammarAccess.getSourceListAccess().getRightCurlyBracketKeyword_4_2());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSourceList"


    // $ANTLR start "entryRuleQualifiedId"
    // InternalPlan.g:5014:1: entryRuleQualifiedId returns [String current=null] : iv_ruleQualifiedId= ruleQualifiedId EOF ;
    public final String entryRuleQualifiedId() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleQualifiedId = null;


        try {
            // InternalPlan.g:5014:51: (iv_ruleQualifiedId= ruleQualifiedId EOF )
            // InternalPlan.g:5015:2: iv_ruleQualifiedId= ruleQualifiedId EOF
            {
             newCompositeNode(grammarAccess.getQualifiedIdRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleQualifiedId=ruleQualifiedId();

            state._fsp--;

             current =iv_ruleQualifiedId.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleQualifiedId"


    // $ANTLR start "ruleQualifiedId"
    // InternalPlan.g:5021:1: ruleQualifiedId returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_ID_0= RULE_ID (kw= '.' this_ID_2= RULE_ID )* ) ;
    public final AntlrDatatypeRuleToken ruleQualifiedId() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_ID_0=null;
        Token kw=null;
        Token this_ID_2=null;


        	enterRule();

        try {
            // InternalPlan.g:5027:2: ( (this_ID_0= RULE_ID (kw= '.' this_ID_2= RULE_ID )* ) )
            // InternalPlan.g:5028:2: (this_ID_0= RULE_ID (kw= '.' this_ID_2= RULE_ID )* )
            {
            // InternalPlan.g:5028:2: (this_ID_0= RULE_ID (kw= '.' this_ID_2= RULE_ID )* )
            // InternalPlan.g:5029:3: this_ID_0= RULE_ID (kw= '.' this_ID_2= RULE_ID )*
            {
            this_ID_0=(Token)match(input,RULE_ID,FOLLOW_86); 

            			current.merge(this_ID_0);
            		

            			newLeafNode(this_ID_0, grammarAccess.getQualifiedIdAccess().getIDTerminalRuleCall_0());
            		
            // InternalPlan.g:5036:3: (kw= '.' this_ID_2= RULE_ID )*
            loop120:
            do {
                int alt120=2;
                int LA120_0 = input.LA(1);

                if ( (LA120_0==91) ) {
                    alt120=1;
                }


                switch (alt120) {
            	case 1 :
            	    // InternalPlan.g:5037:4: kw= '.' this_ID_2= RULE_ID
            	    {
            	    kw=(Token)match(input,91,FOLLOW_3); 

            	    				current.merge(kw);
            	    				newLeafNode(kw, grammarAccess.getQualifiedIdAccess().getFullStopKeyword_1_0());
            	    			
            	    this_ID_2=(Token)match(input,RULE_ID,FOLLOW_86); 

            	    				current.merge(this_ID_2);
            	    			

            	    				newLeafNode(this_ID_2, grammarAccess.getQualifiedIdAccess().getIDTerminalRuleCall_1_1());
            	    			

            	    }
            	    break;

            	default :
            	    break loop120;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleQualifiedId"


    // $ANTLR start "entryRuleSdgGoalNumber"
    // InternalPlan.g:5054:1: entryRuleSdgGoalNumber returns [String current=null] : iv_ruleSdgGoalNumber= ruleSdgGoalNumber EOF ;
    public final String entryRuleSdgGoalNumber() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleSdgGoalNumber = null;


        try {
            // InternalPlan.g:5054:53: (iv_ruleSdgGoalNumber= ruleSdgGoalNumber EOF )
            // InternalPlan.g:5055:2: iv_ruleSdgGoalNumber= ruleSdgGoalNumber EOF
            {
             newCompositeNode(grammarAccess.getSdgGoalNumberRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSdgGoalNumber=ruleSdgGoalNumber();

            state._fsp--;

             current =iv_ruleSdgGoalNumber.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSdgGoalNumber"


    // $ANTLR start "ruleSdgGoalNumber"
    // InternalPlan.g:5061:1: ruleSdgGoalNumber returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : this_INT_0= RULE_INT ;
    public final AntlrDatatypeRuleToken ruleSdgGoalNumber() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;


        	enterRule();

        try {
            // InternalPlan.g:5067:2: (this_INT_0= RULE_INT )
            // InternalPlan.g:5068:2: this_INT_0= RULE_INT
            {
            this_INT_0=(Token)match(input,RULE_INT,FOLLOW_2); 

            		current.merge(this_INT_0);
            	

            		newLeafNode(this_INT_0, grammarAccess.getSdgGoalNumberAccess().getINTTerminalRuleCall());
            	

            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSdgGoalNumber"


    // $ANTLR start "entryRuleSdgTargetCode"
    // InternalPlan.g:5078:1: entryRuleSdgTargetCode returns [String current=null] : iv_ruleSdgTargetCode= ruleSdgTargetCode EOF ;
    public final String entryRuleSdgTargetCode() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleSdgTargetCode = null;


        try {
            // InternalPlan.g:5078:53: (iv_ruleSdgTargetCode= ruleSdgTargetCode EOF )
            // InternalPlan.g:5079:2: iv_ruleSdgTargetCode= ruleSdgTargetCode EOF
            {
             newCompositeNode(grammarAccess.getSdgTargetCodeRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleSdgTargetCode=ruleSdgTargetCode();

            state._fsp--;

             current =iv_ruleSdgTargetCode.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleSdgTargetCode"


    // $ANTLR start "ruleSdgTargetCode"
    // InternalPlan.g:5085:1: ruleSdgTargetCode returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_INT_0= RULE_INT kw= '.' (this_INT_2= RULE_INT | this_ID_3= RULE_ID ) ) ;
    public final AntlrDatatypeRuleToken ruleSdgTargetCode() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;
        Token kw=null;
        Token this_INT_2=null;
        Token this_ID_3=null;


        	enterRule();

        try {
            // InternalPlan.g:5091:2: ( (this_INT_0= RULE_INT kw= '.' (this_INT_2= RULE_INT | this_ID_3= RULE_ID ) ) )
            // InternalPlan.g:5092:2: (this_INT_0= RULE_INT kw= '.' (this_INT_2= RULE_INT | this_ID_3= RULE_ID ) )
            {
            // InternalPlan.g:5092:2: (this_INT_0= RULE_INT kw= '.' (this_INT_2= RULE_INT | this_ID_3= RULE_ID ) )
            // InternalPlan.g:5093:3: this_INT_0= RULE_INT kw= '.' (this_INT_2= RULE_INT | this_ID_3= RULE_ID )
            {
            this_INT_0=(Token)match(input,RULE_INT,FOLLOW_87); 

            			current.merge(this_INT_0);
            		

            			newLeafNode(this_INT_0, grammarAccess.getSdgTargetCodeAccess().getINTTerminalRuleCall_0());
            		
            kw=(Token)match(input,91,FOLLOW_88); 

            			current.merge(kw);
            			newLeafNode(kw, grammarAccess.getSdgTargetCodeAccess().getFullStopKeyword_1());
            		
            // InternalPlan.g:5105:3: (this_INT_2= RULE_INT | this_ID_3= RULE_ID )
            int alt121=2;
            int LA121_0 = input.LA(1);

            if ( (LA121_0==RULE_INT) ) {
                alt121=1;
            }
            else if ( (LA121_0==RULE_ID) ) {
                alt121=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 121, 0, input);

                throw nvae;
            }
            switch (alt121) {
                case 1 :
                    // InternalPlan.g:5106:4: this_INT_2= RULE_INT
                    {
                    this_INT_2=(Token)match(input,RULE_INT,FOLLOW_2); 

                    				current.merge(this_INT_2);
                    			

                    				newLeafNode(this_INT_2, grammarAccess.getSdgTargetCodeAccess().getINTTerminalRuleCall_2_0());
                    			

                    }
                    break;
                case 2 :
                    // InternalPlan.g:5114:4: this_ID_3= RULE_ID
                    {
                    this_ID_3=(Token)match(input,RULE_ID,FOLLOW_2); 

                    				current.merge(this_ID_3);
                    			

                    				newLeafNode(this_ID_3, grammarAccess.getSdgTargetCodeAccess().getIDTerminalRuleCall_2_1());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSdgTargetCode"


    // $ANTLR start "entryRulePartialDate"
    // InternalPlan.g:5126:1: entryRulePartialDate returns [String current=null] : iv_rulePartialDate= rulePartialDate EOF ;
    public final String entryRulePartialDate() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_rulePartialDate = null;


        try {
            // InternalPlan.g:5126:51: (iv_rulePartialDate= rulePartialDate EOF )
            // InternalPlan.g:5127:2: iv_rulePartialDate= rulePartialDate EOF
            {
             newCompositeNode(grammarAccess.getPartialDateRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePartialDate=rulePartialDate();

            state._fsp--;

             current =iv_rulePartialDate.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRulePartialDate"


    // $ANTLR start "rulePartialDate"
    // InternalPlan.g:5133:1: rulePartialDate returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_INT_0= RULE_INT (kw= '-' this_INT_2= RULE_INT (kw= '-' this_INT_4= RULE_INT )? )? ) ;
    public final AntlrDatatypeRuleToken rulePartialDate() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;
        Token kw=null;
        Token this_INT_2=null;
        Token this_INT_4=null;


        	enterRule();

        try {
            // InternalPlan.g:5139:2: ( (this_INT_0= RULE_INT (kw= '-' this_INT_2= RULE_INT (kw= '-' this_INT_4= RULE_INT )? )? ) )
            // InternalPlan.g:5140:2: (this_INT_0= RULE_INT (kw= '-' this_INT_2= RULE_INT (kw= '-' this_INT_4= RULE_INT )? )? )
            {
            // InternalPlan.g:5140:2: (this_INT_0= RULE_INT (kw= '-' this_INT_2= RULE_INT (kw= '-' this_INT_4= RULE_INT )? )? )
            // InternalPlan.g:5141:3: this_INT_0= RULE_INT (kw= '-' this_INT_2= RULE_INT (kw= '-' this_INT_4= RULE_INT )? )?
            {
            this_INT_0=(Token)match(input,RULE_INT,FOLLOW_89); 

            			current.merge(this_INT_0);
            		

            			newLeafNode(this_INT_0, grammarAccess.getPartialDateAccess().getINTTerminalRuleCall_0());
            		
            // InternalPlan.g:5148:3: (kw= '-' this_INT_2= RULE_INT (kw= '-' this_INT_4= RULE_INT )? )?
            int alt123=2;
            int LA123_0 = input.LA(1);

            if ( (LA123_0==92) ) {
                alt123=1;
            }
            switch (alt123) {
                case 1 :
                    // InternalPlan.g:5149:4: kw= '-' this_INT_2= RULE_INT (kw= '-' this_INT_4= RULE_INT )?
                    {
                    kw=(Token)match(input,92,FOLLOW_11); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getPartialDateAccess().getHyphenMinusKeyword_1_0());
                    			
                    this_INT_2=(Token)match(input,RULE_INT,FOLLOW_89); 

                    				current.merge(this_INT_2);
                    			

                    				newLeafNode(this_INT_2, grammarAccess.getPartialDateAccess().getINTTerminalRuleCall_1_1());
                    			
                    // InternalPlan.g:5161:4: (kw= '-' this_INT_4= RULE_INT )?
                    int alt122=2;
                    int LA122_0 = input.LA(1);

                    if ( (LA122_0==92) ) {
                        alt122=1;
                    }
                    switch (alt122) {
                        case 1 :
                            // InternalPlan.g:5162:5: kw= '-' this_INT_4= RULE_INT
                            {
                            kw=(Token)match(input,92,FOLLOW_11); 

                            					current.merge(kw);
                            					newLeafNode(kw, grammarAccess.getPartialDateAccess().getHyphenMinusKeyword_1_2_0());
                            				
                            this_INT_4=(Token)match(input,RULE_INT,FOLLOW_2); 

                            					current.merge(this_INT_4);
                            				

                            					newLeafNode(this_INT_4, grammarAccess.getPartialDateAccess().getINTTerminalRuleCall_1_2_1());
                            				

                            }
                            break;

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePartialDate"


    // $ANTLR start "entryRuleNumber"
    // InternalPlan.g:5180:1: entryRuleNumber returns [String current=null] : iv_ruleNumber= ruleNumber EOF ;
    public final String entryRuleNumber() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleNumber = null;


        try {
            // InternalPlan.g:5180:46: (iv_ruleNumber= ruleNumber EOF )
            // InternalPlan.g:5181:2: iv_ruleNumber= ruleNumber EOF
            {
             newCompositeNode(grammarAccess.getNumberRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleNumber=ruleNumber();

            state._fsp--;

             current =iv_ruleNumber.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleNumber"


    // $ANTLR start "ruleNumber"
    // InternalPlan.g:5187:1: ruleNumber returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : this_INT_0= RULE_INT ;
    public final AntlrDatatypeRuleToken ruleNumber() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_INT_0=null;


        	enterRule();

        try {
            // InternalPlan.g:5193:2: (this_INT_0= RULE_INT )
            // InternalPlan.g:5194:2: this_INT_0= RULE_INT
            {
            this_INT_0=(Token)match(input,RULE_INT,FOLLOW_2); 

            		current.merge(this_INT_0);
            	

            		newLeafNode(this_INT_0, grammarAccess.getNumberAccess().getINTTerminalRuleCall());
            	

            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleNumber"


    // $ANTLR start "entryRuleDecimal"
    // InternalPlan.g:5204:1: entryRuleDecimal returns [String current=null] : iv_ruleDecimal= ruleDecimal EOF ;
    public final String entryRuleDecimal() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleDecimal = null;


        try {
            // InternalPlan.g:5204:47: (iv_ruleDecimal= ruleDecimal EOF )
            // InternalPlan.g:5205:2: iv_ruleDecimal= ruleDecimal EOF
            {
             newCompositeNode(grammarAccess.getDecimalRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleDecimal=ruleDecimal();

            state._fsp--;

             current =iv_ruleDecimal.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleDecimal"


    // $ANTLR start "ruleDecimal"
    // InternalPlan.g:5211:1: ruleDecimal returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : ( (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )? ) ;
    public final AntlrDatatypeRuleToken ruleDecimal() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;
        Token this_INT_1=null;
        Token this_INT_3=null;


        	enterRule();

        try {
            // InternalPlan.g:5217:2: ( ( (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )? ) )
            // InternalPlan.g:5218:2: ( (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )? )
            {
            // InternalPlan.g:5218:2: ( (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )? )
            // InternalPlan.g:5219:3: (kw= '-' )? this_INT_1= RULE_INT (kw= '.' this_INT_3= RULE_INT )?
            {
            // InternalPlan.g:5219:3: (kw= '-' )?
            int alt124=2;
            int LA124_0 = input.LA(1);

            if ( (LA124_0==92) ) {
                alt124=1;
            }
            switch (alt124) {
                case 1 :
                    // InternalPlan.g:5220:4: kw= '-'
                    {
                    kw=(Token)match(input,92,FOLLOW_11); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getDecimalAccess().getHyphenMinusKeyword_0());
                    			

                    }
                    break;

            }

            this_INT_1=(Token)match(input,RULE_INT,FOLLOW_86); 

            			current.merge(this_INT_1);
            		

            			newLeafNode(this_INT_1, grammarAccess.getDecimalAccess().getINTTerminalRuleCall_1());
            		
            // InternalPlan.g:5233:3: (kw= '.' this_INT_3= RULE_INT )?
            int alt125=2;
            int LA125_0 = input.LA(1);

            if ( (LA125_0==91) ) {
                alt125=1;
            }
            switch (alt125) {
                case 1 :
                    // InternalPlan.g:5234:4: kw= '.' this_INT_3= RULE_INT
                    {
                    kw=(Token)match(input,91,FOLLOW_11); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getDecimalAccess().getFullStopKeyword_2_0());
                    			
                    this_INT_3=(Token)match(input,RULE_INT,FOLLOW_2); 

                    				current.merge(this_INT_3);
                    			

                    				newLeafNode(this_INT_3, grammarAccess.getDecimalAccess().getINTTerminalRuleCall_2_1());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleDecimal"


    // $ANTLR start "rulePlanKind"
    // InternalPlan.g:5251:1: rulePlanKind returns [Enumerator current=null] : ( (enumLiteral_0= 'strategy' ) | (enumLiteral_1= 'action-plan' ) | (enumLiteral_2= 'master-plan' ) | (enumLiteral_3= 'master-plan-part' ) | (enumLiteral_4= 'sector-plan' ) | (enumLiteral_5= 'programme' ) | (enumLiteral_6= 'other' ) ) ;
    public final Enumerator rulePlanKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;
        Token enumLiteral_5=null;
        Token enumLiteral_6=null;


        	enterRule();

        try {
            // InternalPlan.g:5257:2: ( ( (enumLiteral_0= 'strategy' ) | (enumLiteral_1= 'action-plan' ) | (enumLiteral_2= 'master-plan' ) | (enumLiteral_3= 'master-plan-part' ) | (enumLiteral_4= 'sector-plan' ) | (enumLiteral_5= 'programme' ) | (enumLiteral_6= 'other' ) ) )
            // InternalPlan.g:5258:2: ( (enumLiteral_0= 'strategy' ) | (enumLiteral_1= 'action-plan' ) | (enumLiteral_2= 'master-plan' ) | (enumLiteral_3= 'master-plan-part' ) | (enumLiteral_4= 'sector-plan' ) | (enumLiteral_5= 'programme' ) | (enumLiteral_6= 'other' ) )
            {
            // InternalPlan.g:5258:2: ( (enumLiteral_0= 'strategy' ) | (enumLiteral_1= 'action-plan' ) | (enumLiteral_2= 'master-plan' ) | (enumLiteral_3= 'master-plan-part' ) | (enumLiteral_4= 'sector-plan' ) | (enumLiteral_5= 'programme' ) | (enumLiteral_6= 'other' ) )
            int alt126=7;
            switch ( input.LA(1) ) {
            case 43:
                {
                alt126=1;
                }
                break;
            case 93:
                {
                alt126=2;
                }
                break;
            case 94:
                {
                alt126=3;
                }
                break;
            case 95:
                {
                alt126=4;
                }
                break;
            case 96:
                {
                alt126=5;
                }
                break;
            case 97:
                {
                alt126=6;
                }
                break;
            case 98:
                {
                alt126=7;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 126, 0, input);

                throw nvae;
            }

            switch (alt126) {
                case 1 :
                    // InternalPlan.g:5259:3: (enumLiteral_0= 'strategy' )
                    {
                    // InternalPlan.g:5259:3: (enumLiteral_0= 'strategy' )
                    // InternalPlan.g:5260:4: enumLiteral_0= 'strategy'
                    {
                    enumLiteral_0=(Token)match(input,43,FOLLOW_2); 

                    				current = grammarAccess.getPlanKindAccess().getSTRATEGYEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getPlanKindAccess().getSTRATEGYEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPlan.g:5267:3: (enumLiteral_1= 'action-plan' )
                    {
                    // InternalPlan.g:5267:3: (enumLiteral_1= 'action-plan' )
                    // InternalPlan.g:5268:4: enumLiteral_1= 'action-plan'
                    {
                    enumLiteral_1=(Token)match(input,93,FOLLOW_2); 

                    				current = grammarAccess.getPlanKindAccess().getACTION_PLANEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getPlanKindAccess().getACTION_PLANEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalPlan.g:5275:3: (enumLiteral_2= 'master-plan' )
                    {
                    // InternalPlan.g:5275:3: (enumLiteral_2= 'master-plan' )
                    // InternalPlan.g:5276:4: enumLiteral_2= 'master-plan'
                    {
                    enumLiteral_2=(Token)match(input,94,FOLLOW_2); 

                    				current = grammarAccess.getPlanKindAccess().getMASTER_PLANEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getPlanKindAccess().getMASTER_PLANEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalPlan.g:5283:3: (enumLiteral_3= 'master-plan-part' )
                    {
                    // InternalPlan.g:5283:3: (enumLiteral_3= 'master-plan-part' )
                    // InternalPlan.g:5284:4: enumLiteral_3= 'master-plan-part'
                    {
                    enumLiteral_3=(Token)match(input,95,FOLLOW_2); 

                    				current = grammarAccess.getPlanKindAccess().getMASTER_PLAN_PARTEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getPlanKindAccess().getMASTER_PLAN_PARTEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalPlan.g:5291:3: (enumLiteral_4= 'sector-plan' )
                    {
                    // InternalPlan.g:5291:3: (enumLiteral_4= 'sector-plan' )
                    // InternalPlan.g:5292:4: enumLiteral_4= 'sector-plan'
                    {
                    enumLiteral_4=(Token)match(input,96,FOLLOW_2); 

                    				current = grammarAccess.getPlanKindAccess().getSECTOR_PLANEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getPlanKindAccess().getSECTOR_PLANEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;
                case 6 :
                    // InternalPlan.g:5299:3: (enumLiteral_5= 'programme' )
                    {
                    // InternalPlan.g:5299:3: (enumLiteral_5= 'programme' )
                    // InternalPlan.g:5300:4: enumLiteral_5= 'programme'
                    {
                    enumLiteral_5=(Token)match(input,97,FOLLOW_2); 

                    				current = grammarAccess.getPlanKindAccess().getPROGRAMMEEnumLiteralDeclaration_5().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_5, grammarAccess.getPlanKindAccess().getPROGRAMMEEnumLiteralDeclaration_5());
                    			

                    }


                    }
                    break;
                case 7 :
                    // InternalPlan.g:5307:3: (enumLiteral_6= 'other' )
                    {
                    // InternalPlan.g:5307:3: (enumLiteral_6= 'other' )
                    // InternalPlan.g:5308:4: enumLiteral_6= 'other'
                    {
                    enumLiteral_6=(Token)match(input,98,FOLLOW_2); 

                    				current = grammarAccess.getPlanKindAccess().getOTHEREnumLiteralDeclaration_6().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_6, grammarAccess.getPlanKindAccess().getOTHEREnumLiteralDeclaration_6());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePlanKind"


    // $ANTLR start "rulePartKind"
    // InternalPlan.g:5318:1: rulePartKind returns [Enumerator current=null] : ( (enumLiteral_0= 'strategy-part' ) | (enumLiteral_1= 'status-part' ) | (enumLiteral_2= 'action-part' ) | (enumLiteral_3= 'other' ) ) ;
    public final Enumerator rulePartKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalPlan.g:5324:2: ( ( (enumLiteral_0= 'strategy-part' ) | (enumLiteral_1= 'status-part' ) | (enumLiteral_2= 'action-part' ) | (enumLiteral_3= 'other' ) ) )
            // InternalPlan.g:5325:2: ( (enumLiteral_0= 'strategy-part' ) | (enumLiteral_1= 'status-part' ) | (enumLiteral_2= 'action-part' ) | (enumLiteral_3= 'other' ) )
            {
            // InternalPlan.g:5325:2: ( (enumLiteral_0= 'strategy-part' ) | (enumLiteral_1= 'status-part' ) | (enumLiteral_2= 'action-part' ) | (enumLiteral_3= 'other' ) )
            int alt127=4;
            switch ( input.LA(1) ) {
            case 99:
                {
                alt127=1;
                }
                break;
            case 100:
                {
                alt127=2;
                }
                break;
            case 101:
                {
                alt127=3;
                }
                break;
            case 98:
                {
                alt127=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 127, 0, input);

                throw nvae;
            }

            switch (alt127) {
                case 1 :
                    // InternalPlan.g:5326:3: (enumLiteral_0= 'strategy-part' )
                    {
                    // InternalPlan.g:5326:3: (enumLiteral_0= 'strategy-part' )
                    // InternalPlan.g:5327:4: enumLiteral_0= 'strategy-part'
                    {
                    enumLiteral_0=(Token)match(input,99,FOLLOW_2); 

                    				current = grammarAccess.getPartKindAccess().getSTRATEGY_PARTEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getPartKindAccess().getSTRATEGY_PARTEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPlan.g:5334:3: (enumLiteral_1= 'status-part' )
                    {
                    // InternalPlan.g:5334:3: (enumLiteral_1= 'status-part' )
                    // InternalPlan.g:5335:4: enumLiteral_1= 'status-part'
                    {
                    enumLiteral_1=(Token)match(input,100,FOLLOW_2); 

                    				current = grammarAccess.getPartKindAccess().getSTATUS_PARTEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getPartKindAccess().getSTATUS_PARTEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalPlan.g:5342:3: (enumLiteral_2= 'action-part' )
                    {
                    // InternalPlan.g:5342:3: (enumLiteral_2= 'action-part' )
                    // InternalPlan.g:5343:4: enumLiteral_2= 'action-part'
                    {
                    enumLiteral_2=(Token)match(input,101,FOLLOW_2); 

                    				current = grammarAccess.getPartKindAccess().getACTION_PARTEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getPartKindAccess().getACTION_PARTEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalPlan.g:5350:3: (enumLiteral_3= 'other' )
                    {
                    // InternalPlan.g:5350:3: (enumLiteral_3= 'other' )
                    // InternalPlan.g:5351:4: enumLiteral_3= 'other'
                    {
                    enumLiteral_3=(Token)match(input,98,FOLLOW_2); 

                    				current = grammarAccess.getPartKindAccess().getOTHEREnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getPartKindAccess().getOTHEREnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePartKind"


    // $ANTLR start "ruleTermLevel"
    // InternalPlan.g:5361:1: ruleTermLevel returns [Enumerator current=null] : ( (enumLiteral_0= 'plan' ) | (enumLiteral_1= 'part' ) | (enumLiteral_2= 'vision' ) | (enumLiteral_3= 'ambition' ) | (enumLiteral_4= 'main-goal' ) | (enumLiteral_5= 'effect-goal' ) | (enumLiteral_6= 'sub-goal' ) | (enumLiteral_7= 'focus-area' ) | (enumLiteral_8= 'strategy' ) | (enumLiteral_9= 'sub-strategy' ) | (enumLiteral_10= 'measure' ) | (enumLiteral_11= 'indicator' ) ) ;
    public final Enumerator ruleTermLevel() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;
        Token enumLiteral_5=null;
        Token enumLiteral_6=null;
        Token enumLiteral_7=null;
        Token enumLiteral_8=null;
        Token enumLiteral_9=null;
        Token enumLiteral_10=null;
        Token enumLiteral_11=null;


        	enterRule();

        try {
            // InternalPlan.g:5367:2: ( ( (enumLiteral_0= 'plan' ) | (enumLiteral_1= 'part' ) | (enumLiteral_2= 'vision' ) | (enumLiteral_3= 'ambition' ) | (enumLiteral_4= 'main-goal' ) | (enumLiteral_5= 'effect-goal' ) | (enumLiteral_6= 'sub-goal' ) | (enumLiteral_7= 'focus-area' ) | (enumLiteral_8= 'strategy' ) | (enumLiteral_9= 'sub-strategy' ) | (enumLiteral_10= 'measure' ) | (enumLiteral_11= 'indicator' ) ) )
            // InternalPlan.g:5368:2: ( (enumLiteral_0= 'plan' ) | (enumLiteral_1= 'part' ) | (enumLiteral_2= 'vision' ) | (enumLiteral_3= 'ambition' ) | (enumLiteral_4= 'main-goal' ) | (enumLiteral_5= 'effect-goal' ) | (enumLiteral_6= 'sub-goal' ) | (enumLiteral_7= 'focus-area' ) | (enumLiteral_8= 'strategy' ) | (enumLiteral_9= 'sub-strategy' ) | (enumLiteral_10= 'measure' ) | (enumLiteral_11= 'indicator' ) )
            {
            // InternalPlan.g:5368:2: ( (enumLiteral_0= 'plan' ) | (enumLiteral_1= 'part' ) | (enumLiteral_2= 'vision' ) | (enumLiteral_3= 'ambition' ) | (enumLiteral_4= 'main-goal' ) | (enumLiteral_5= 'effect-goal' ) | (enumLiteral_6= 'sub-goal' ) | (enumLiteral_7= 'focus-area' ) | (enumLiteral_8= 'strategy' ) | (enumLiteral_9= 'sub-strategy' ) | (enumLiteral_10= 'measure' ) | (enumLiteral_11= 'indicator' ) )
            int alt128=12;
            switch ( input.LA(1) ) {
            case 14:
                {
                alt128=1;
                }
                break;
            case 73:
                {
                alt128=2;
                }
                break;
            case 102:
                {
                alt128=3;
                }
                break;
            case 103:
                {
                alt128=4;
                }
                break;
            case 104:
                {
                alt128=5;
                }
                break;
            case 105:
                {
                alt128=6;
                }
                break;
            case 106:
                {
                alt128=7;
                }
                break;
            case 42:
                {
                alt128=8;
                }
                break;
            case 43:
                {
                alt128=9;
                }
                break;
            case 44:
                {
                alt128=10;
                }
                break;
            case 45:
                {
                alt128=11;
                }
                break;
            case 56:
                {
                alt128=12;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 128, 0, input);

                throw nvae;
            }

            switch (alt128) {
                case 1 :
                    // InternalPlan.g:5369:3: (enumLiteral_0= 'plan' )
                    {
                    // InternalPlan.g:5369:3: (enumLiteral_0= 'plan' )
                    // InternalPlan.g:5370:4: enumLiteral_0= 'plan'
                    {
                    enumLiteral_0=(Token)match(input,14,FOLLOW_2); 

                    				current = grammarAccess.getTermLevelAccess().getPLANEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getTermLevelAccess().getPLANEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPlan.g:5377:3: (enumLiteral_1= 'part' )
                    {
                    // InternalPlan.g:5377:3: (enumLiteral_1= 'part' )
                    // InternalPlan.g:5378:4: enumLiteral_1= 'part'
                    {
                    enumLiteral_1=(Token)match(input,73,FOLLOW_2); 

                    				current = grammarAccess.getTermLevelAccess().getPARTEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getTermLevelAccess().getPARTEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalPlan.g:5385:3: (enumLiteral_2= 'vision' )
                    {
                    // InternalPlan.g:5385:3: (enumLiteral_2= 'vision' )
                    // InternalPlan.g:5386:4: enumLiteral_2= 'vision'
                    {
                    enumLiteral_2=(Token)match(input,102,FOLLOW_2); 

                    				current = grammarAccess.getTermLevelAccess().getVISIONEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getTermLevelAccess().getVISIONEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalPlan.g:5393:3: (enumLiteral_3= 'ambition' )
                    {
                    // InternalPlan.g:5393:3: (enumLiteral_3= 'ambition' )
                    // InternalPlan.g:5394:4: enumLiteral_3= 'ambition'
                    {
                    enumLiteral_3=(Token)match(input,103,FOLLOW_2); 

                    				current = grammarAccess.getTermLevelAccess().getAMBITIONEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getTermLevelAccess().getAMBITIONEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalPlan.g:5401:3: (enumLiteral_4= 'main-goal' )
                    {
                    // InternalPlan.g:5401:3: (enumLiteral_4= 'main-goal' )
                    // InternalPlan.g:5402:4: enumLiteral_4= 'main-goal'
                    {
                    enumLiteral_4=(Token)match(input,104,FOLLOW_2); 

                    				current = grammarAccess.getTermLevelAccess().getMAIN_GOALEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getTermLevelAccess().getMAIN_GOALEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;
                case 6 :
                    // InternalPlan.g:5409:3: (enumLiteral_5= 'effect-goal' )
                    {
                    // InternalPlan.g:5409:3: (enumLiteral_5= 'effect-goal' )
                    // InternalPlan.g:5410:4: enumLiteral_5= 'effect-goal'
                    {
                    enumLiteral_5=(Token)match(input,105,FOLLOW_2); 

                    				current = grammarAccess.getTermLevelAccess().getEFFECT_GOALEnumLiteralDeclaration_5().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_5, grammarAccess.getTermLevelAccess().getEFFECT_GOALEnumLiteralDeclaration_5());
                    			

                    }


                    }
                    break;
                case 7 :
                    // InternalPlan.g:5417:3: (enumLiteral_6= 'sub-goal' )
                    {
                    // InternalPlan.g:5417:3: (enumLiteral_6= 'sub-goal' )
                    // InternalPlan.g:5418:4: enumLiteral_6= 'sub-goal'
                    {
                    enumLiteral_6=(Token)match(input,106,FOLLOW_2); 

                    				current = grammarAccess.getTermLevelAccess().getSUB_GOALEnumLiteralDeclaration_6().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_6, grammarAccess.getTermLevelAccess().getSUB_GOALEnumLiteralDeclaration_6());
                    			

                    }


                    }
                    break;
                case 8 :
                    // InternalPlan.g:5425:3: (enumLiteral_7= 'focus-area' )
                    {
                    // InternalPlan.g:5425:3: (enumLiteral_7= 'focus-area' )
                    // InternalPlan.g:5426:4: enumLiteral_7= 'focus-area'
                    {
                    enumLiteral_7=(Token)match(input,42,FOLLOW_2); 

                    				current = grammarAccess.getTermLevelAccess().getFOCUS_AREAEnumLiteralDeclaration_7().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_7, grammarAccess.getTermLevelAccess().getFOCUS_AREAEnumLiteralDeclaration_7());
                    			

                    }


                    }
                    break;
                case 9 :
                    // InternalPlan.g:5433:3: (enumLiteral_8= 'strategy' )
                    {
                    // InternalPlan.g:5433:3: (enumLiteral_8= 'strategy' )
                    // InternalPlan.g:5434:4: enumLiteral_8= 'strategy'
                    {
                    enumLiteral_8=(Token)match(input,43,FOLLOW_2); 

                    				current = grammarAccess.getTermLevelAccess().getSTRATEGYEnumLiteralDeclaration_8().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_8, grammarAccess.getTermLevelAccess().getSTRATEGYEnumLiteralDeclaration_8());
                    			

                    }


                    }
                    break;
                case 10 :
                    // InternalPlan.g:5441:3: (enumLiteral_9= 'sub-strategy' )
                    {
                    // InternalPlan.g:5441:3: (enumLiteral_9= 'sub-strategy' )
                    // InternalPlan.g:5442:4: enumLiteral_9= 'sub-strategy'
                    {
                    enumLiteral_9=(Token)match(input,44,FOLLOW_2); 

                    				current = grammarAccess.getTermLevelAccess().getSUB_STRATEGYEnumLiteralDeclaration_9().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_9, grammarAccess.getTermLevelAccess().getSUB_STRATEGYEnumLiteralDeclaration_9());
                    			

                    }


                    }
                    break;
                case 11 :
                    // InternalPlan.g:5449:3: (enumLiteral_10= 'measure' )
                    {
                    // InternalPlan.g:5449:3: (enumLiteral_10= 'measure' )
                    // InternalPlan.g:5450:4: enumLiteral_10= 'measure'
                    {
                    enumLiteral_10=(Token)match(input,45,FOLLOW_2); 

                    				current = grammarAccess.getTermLevelAccess().getMEASUREEnumLiteralDeclaration_10().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_10, grammarAccess.getTermLevelAccess().getMEASUREEnumLiteralDeclaration_10());
                    			

                    }


                    }
                    break;
                case 12 :
                    // InternalPlan.g:5457:3: (enumLiteral_11= 'indicator' )
                    {
                    // InternalPlan.g:5457:3: (enumLiteral_11= 'indicator' )
                    // InternalPlan.g:5458:4: enumLiteral_11= 'indicator'
                    {
                    enumLiteral_11=(Token)match(input,56,FOLLOW_2); 

                    				current = grammarAccess.getTermLevelAccess().getINDICATOREnumLiteralDeclaration_11().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_11, grammarAccess.getTermLevelAccess().getINDICATOREnumLiteralDeclaration_11());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleTermLevel"


    // $ANTLR start "ruleRelationKind"
    // InternalPlan.g:5468:1: ruleRelationKind returns [Enumerator current=null] : ( (enumLiteral_0= 'concretises' ) | (enumLiteral_1= 'builds-on' ) | (enumLiteral_2= 'subordinate-to' ) | (enumLiteral_3= 'references' ) | (enumLiteral_4= 'replaces' ) ) ;
    public final Enumerator ruleRelationKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;


        	enterRule();

        try {
            // InternalPlan.g:5474:2: ( ( (enumLiteral_0= 'concretises' ) | (enumLiteral_1= 'builds-on' ) | (enumLiteral_2= 'subordinate-to' ) | (enumLiteral_3= 'references' ) | (enumLiteral_4= 'replaces' ) ) )
            // InternalPlan.g:5475:2: ( (enumLiteral_0= 'concretises' ) | (enumLiteral_1= 'builds-on' ) | (enumLiteral_2= 'subordinate-to' ) | (enumLiteral_3= 'references' ) | (enumLiteral_4= 'replaces' ) )
            {
            // InternalPlan.g:5475:2: ( (enumLiteral_0= 'concretises' ) | (enumLiteral_1= 'builds-on' ) | (enumLiteral_2= 'subordinate-to' ) | (enumLiteral_3= 'references' ) | (enumLiteral_4= 'replaces' ) )
            int alt129=5;
            switch ( input.LA(1) ) {
            case 107:
                {
                alt129=1;
                }
                break;
            case 108:
                {
                alt129=2;
                }
                break;
            case 109:
                {
                alt129=3;
                }
                break;
            case 110:
                {
                alt129=4;
                }
                break;
            case 111:
                {
                alt129=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 129, 0, input);

                throw nvae;
            }

            switch (alt129) {
                case 1 :
                    // InternalPlan.g:5476:3: (enumLiteral_0= 'concretises' )
                    {
                    // InternalPlan.g:5476:3: (enumLiteral_0= 'concretises' )
                    // InternalPlan.g:5477:4: enumLiteral_0= 'concretises'
                    {
                    enumLiteral_0=(Token)match(input,107,FOLLOW_2); 

                    				current = grammarAccess.getRelationKindAccess().getCONCRETISESEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getRelationKindAccess().getCONCRETISESEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPlan.g:5484:3: (enumLiteral_1= 'builds-on' )
                    {
                    // InternalPlan.g:5484:3: (enumLiteral_1= 'builds-on' )
                    // InternalPlan.g:5485:4: enumLiteral_1= 'builds-on'
                    {
                    enumLiteral_1=(Token)match(input,108,FOLLOW_2); 

                    				current = grammarAccess.getRelationKindAccess().getBUILDS_ONEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getRelationKindAccess().getBUILDS_ONEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalPlan.g:5492:3: (enumLiteral_2= 'subordinate-to' )
                    {
                    // InternalPlan.g:5492:3: (enumLiteral_2= 'subordinate-to' )
                    // InternalPlan.g:5493:4: enumLiteral_2= 'subordinate-to'
                    {
                    enumLiteral_2=(Token)match(input,109,FOLLOW_2); 

                    				current = grammarAccess.getRelationKindAccess().getSUBORDINATE_TOEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getRelationKindAccess().getSUBORDINATE_TOEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalPlan.g:5500:3: (enumLiteral_3= 'references' )
                    {
                    // InternalPlan.g:5500:3: (enumLiteral_3= 'references' )
                    // InternalPlan.g:5501:4: enumLiteral_3= 'references'
                    {
                    enumLiteral_3=(Token)match(input,110,FOLLOW_2); 

                    				current = grammarAccess.getRelationKindAccess().getREFERENCESEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getRelationKindAccess().getREFERENCESEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalPlan.g:5508:3: (enumLiteral_4= 'replaces' )
                    {
                    // InternalPlan.g:5508:3: (enumLiteral_4= 'replaces' )
                    // InternalPlan.g:5509:4: enumLiteral_4= 'replaces'
                    {
                    enumLiteral_4=(Token)match(input,111,FOLLOW_2); 

                    				current = grammarAccess.getRelationKindAccess().getREPLACESEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getRelationKindAccess().getREPLACESEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleRelationKind"


    // $ANTLR start "ruleGoalKind"
    // InternalPlan.g:5519:1: ruleGoalKind returns [Enumerator current=null] : ( (enumLiteral_0= 'vision' ) | (enumLiteral_1= 'ambition' ) | (enumLiteral_2= 'main-goal' ) | (enumLiteral_3= 'effect-goal' ) | (enumLiteral_4= 'sub-goal' ) ) ;
    public final Enumerator ruleGoalKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;


        	enterRule();

        try {
            // InternalPlan.g:5525:2: ( ( (enumLiteral_0= 'vision' ) | (enumLiteral_1= 'ambition' ) | (enumLiteral_2= 'main-goal' ) | (enumLiteral_3= 'effect-goal' ) | (enumLiteral_4= 'sub-goal' ) ) )
            // InternalPlan.g:5526:2: ( (enumLiteral_0= 'vision' ) | (enumLiteral_1= 'ambition' ) | (enumLiteral_2= 'main-goal' ) | (enumLiteral_3= 'effect-goal' ) | (enumLiteral_4= 'sub-goal' ) )
            {
            // InternalPlan.g:5526:2: ( (enumLiteral_0= 'vision' ) | (enumLiteral_1= 'ambition' ) | (enumLiteral_2= 'main-goal' ) | (enumLiteral_3= 'effect-goal' ) | (enumLiteral_4= 'sub-goal' ) )
            int alt130=5;
            switch ( input.LA(1) ) {
            case 102:
                {
                alt130=1;
                }
                break;
            case 103:
                {
                alt130=2;
                }
                break;
            case 104:
                {
                alt130=3;
                }
                break;
            case 105:
                {
                alt130=4;
                }
                break;
            case 106:
                {
                alt130=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 130, 0, input);

                throw nvae;
            }

            switch (alt130) {
                case 1 :
                    // InternalPlan.g:5527:3: (enumLiteral_0= 'vision' )
                    {
                    // InternalPlan.g:5527:3: (enumLiteral_0= 'vision' )
                    // InternalPlan.g:5528:4: enumLiteral_0= 'vision'
                    {
                    enumLiteral_0=(Token)match(input,102,FOLLOW_2); 

                    				current = grammarAccess.getGoalKindAccess().getVISIONEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getGoalKindAccess().getVISIONEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPlan.g:5535:3: (enumLiteral_1= 'ambition' )
                    {
                    // InternalPlan.g:5535:3: (enumLiteral_1= 'ambition' )
                    // InternalPlan.g:5536:4: enumLiteral_1= 'ambition'
                    {
                    enumLiteral_1=(Token)match(input,103,FOLLOW_2); 

                    				current = grammarAccess.getGoalKindAccess().getAMBITIONEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getGoalKindAccess().getAMBITIONEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalPlan.g:5543:3: (enumLiteral_2= 'main-goal' )
                    {
                    // InternalPlan.g:5543:3: (enumLiteral_2= 'main-goal' )
                    // InternalPlan.g:5544:4: enumLiteral_2= 'main-goal'
                    {
                    enumLiteral_2=(Token)match(input,104,FOLLOW_2); 

                    				current = grammarAccess.getGoalKindAccess().getMAINEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getGoalKindAccess().getMAINEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalPlan.g:5551:3: (enumLiteral_3= 'effect-goal' )
                    {
                    // InternalPlan.g:5551:3: (enumLiteral_3= 'effect-goal' )
                    // InternalPlan.g:5552:4: enumLiteral_3= 'effect-goal'
                    {
                    enumLiteral_3=(Token)match(input,105,FOLLOW_2); 

                    				current = grammarAccess.getGoalKindAccess().getEFFECTEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getGoalKindAccess().getEFFECTEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalPlan.g:5559:3: (enumLiteral_4= 'sub-goal' )
                    {
                    // InternalPlan.g:5559:3: (enumLiteral_4= 'sub-goal' )
                    // InternalPlan.g:5560:4: enumLiteral_4= 'sub-goal'
                    {
                    enumLiteral_4=(Token)match(input,106,FOLLOW_2); 

                    				current = grammarAccess.getGoalKindAccess().getSUBEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getGoalKindAccess().getSUBEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleGoalKind"


    // $ANTLR start "ruleRecurrence"
    // InternalPlan.g:5570:1: ruleRecurrence returns [Enumerator current=null] : ( (enumLiteral_0= 'none' ) | (enumLiteral_1= 'once' ) | (enumLiteral_2= 'annual' ) | (enumLiteral_3= 'continuous' ) | (enumLiteral_4= 'other' ) ) ;
    public final Enumerator ruleRecurrence() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;


        	enterRule();

        try {
            // InternalPlan.g:5576:2: ( ( (enumLiteral_0= 'none' ) | (enumLiteral_1= 'once' ) | (enumLiteral_2= 'annual' ) | (enumLiteral_3= 'continuous' ) | (enumLiteral_4= 'other' ) ) )
            // InternalPlan.g:5577:2: ( (enumLiteral_0= 'none' ) | (enumLiteral_1= 'once' ) | (enumLiteral_2= 'annual' ) | (enumLiteral_3= 'continuous' ) | (enumLiteral_4= 'other' ) )
            {
            // InternalPlan.g:5577:2: ( (enumLiteral_0= 'none' ) | (enumLiteral_1= 'once' ) | (enumLiteral_2= 'annual' ) | (enumLiteral_3= 'continuous' ) | (enumLiteral_4= 'other' ) )
            int alt131=5;
            switch ( input.LA(1) ) {
            case 112:
                {
                alt131=1;
                }
                break;
            case 113:
                {
                alt131=2;
                }
                break;
            case 114:
                {
                alt131=3;
                }
                break;
            case 115:
                {
                alt131=4;
                }
                break;
            case 98:
                {
                alt131=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 131, 0, input);

                throw nvae;
            }

            switch (alt131) {
                case 1 :
                    // InternalPlan.g:5578:3: (enumLiteral_0= 'none' )
                    {
                    // InternalPlan.g:5578:3: (enumLiteral_0= 'none' )
                    // InternalPlan.g:5579:4: enumLiteral_0= 'none'
                    {
                    enumLiteral_0=(Token)match(input,112,FOLLOW_2); 

                    				current = grammarAccess.getRecurrenceAccess().getNONEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getRecurrenceAccess().getNONEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPlan.g:5586:3: (enumLiteral_1= 'once' )
                    {
                    // InternalPlan.g:5586:3: (enumLiteral_1= 'once' )
                    // InternalPlan.g:5587:4: enumLiteral_1= 'once'
                    {
                    enumLiteral_1=(Token)match(input,113,FOLLOW_2); 

                    				current = grammarAccess.getRecurrenceAccess().getONCEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getRecurrenceAccess().getONCEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalPlan.g:5594:3: (enumLiteral_2= 'annual' )
                    {
                    // InternalPlan.g:5594:3: (enumLiteral_2= 'annual' )
                    // InternalPlan.g:5595:4: enumLiteral_2= 'annual'
                    {
                    enumLiteral_2=(Token)match(input,114,FOLLOW_2); 

                    				current = grammarAccess.getRecurrenceAccess().getANNUALEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getRecurrenceAccess().getANNUALEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalPlan.g:5602:3: (enumLiteral_3= 'continuous' )
                    {
                    // InternalPlan.g:5602:3: (enumLiteral_3= 'continuous' )
                    // InternalPlan.g:5603:4: enumLiteral_3= 'continuous'
                    {
                    enumLiteral_3=(Token)match(input,115,FOLLOW_2); 

                    				current = grammarAccess.getRecurrenceAccess().getCONTINUOUSEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getRecurrenceAccess().getCONTINUOUSEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalPlan.g:5610:3: (enumLiteral_4= 'other' )
                    {
                    // InternalPlan.g:5610:3: (enumLiteral_4= 'other' )
                    // InternalPlan.g:5611:4: enumLiteral_4= 'other'
                    {
                    enumLiteral_4=(Token)match(input,98,FOLLOW_2); 

                    				current = grammarAccess.getRecurrenceAccess().getOTHEREnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getRecurrenceAccess().getOTHEREnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleRecurrence"


    // $ANTLR start "ruleMeasureStatus"
    // InternalPlan.g:5621:1: ruleMeasureStatus returns [Enumerator current=null] : ( (enumLiteral_0= 'unspecified' ) | (enumLiteral_1= 'planned' ) | (enumLiteral_2= 'ongoing' ) | (enumLiteral_3= 'completed' ) | (enumLiteral_4= 'postponed' ) | (enumLiteral_5= 'cancelled' ) ) ;
    public final Enumerator ruleMeasureStatus() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;
        Token enumLiteral_5=null;


        	enterRule();

        try {
            // InternalPlan.g:5627:2: ( ( (enumLiteral_0= 'unspecified' ) | (enumLiteral_1= 'planned' ) | (enumLiteral_2= 'ongoing' ) | (enumLiteral_3= 'completed' ) | (enumLiteral_4= 'postponed' ) | (enumLiteral_5= 'cancelled' ) ) )
            // InternalPlan.g:5628:2: ( (enumLiteral_0= 'unspecified' ) | (enumLiteral_1= 'planned' ) | (enumLiteral_2= 'ongoing' ) | (enumLiteral_3= 'completed' ) | (enumLiteral_4= 'postponed' ) | (enumLiteral_5= 'cancelled' ) )
            {
            // InternalPlan.g:5628:2: ( (enumLiteral_0= 'unspecified' ) | (enumLiteral_1= 'planned' ) | (enumLiteral_2= 'ongoing' ) | (enumLiteral_3= 'completed' ) | (enumLiteral_4= 'postponed' ) | (enumLiteral_5= 'cancelled' ) )
            int alt132=6;
            switch ( input.LA(1) ) {
            case 40:
                {
                alt132=1;
                }
                break;
            case 116:
                {
                alt132=2;
                }
                break;
            case 117:
                {
                alt132=3;
                }
                break;
            case 118:
                {
                alt132=4;
                }
                break;
            case 119:
                {
                alt132=5;
                }
                break;
            case 120:
                {
                alt132=6;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 132, 0, input);

                throw nvae;
            }

            switch (alt132) {
                case 1 :
                    // InternalPlan.g:5629:3: (enumLiteral_0= 'unspecified' )
                    {
                    // InternalPlan.g:5629:3: (enumLiteral_0= 'unspecified' )
                    // InternalPlan.g:5630:4: enumLiteral_0= 'unspecified'
                    {
                    enumLiteral_0=(Token)match(input,40,FOLLOW_2); 

                    				current = grammarAccess.getMeasureStatusAccess().getUNSPECIFIEDEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getMeasureStatusAccess().getUNSPECIFIEDEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPlan.g:5637:3: (enumLiteral_1= 'planned' )
                    {
                    // InternalPlan.g:5637:3: (enumLiteral_1= 'planned' )
                    // InternalPlan.g:5638:4: enumLiteral_1= 'planned'
                    {
                    enumLiteral_1=(Token)match(input,116,FOLLOW_2); 

                    				current = grammarAccess.getMeasureStatusAccess().getPLANNEDEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getMeasureStatusAccess().getPLANNEDEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalPlan.g:5645:3: (enumLiteral_2= 'ongoing' )
                    {
                    // InternalPlan.g:5645:3: (enumLiteral_2= 'ongoing' )
                    // InternalPlan.g:5646:4: enumLiteral_2= 'ongoing'
                    {
                    enumLiteral_2=(Token)match(input,117,FOLLOW_2); 

                    				current = grammarAccess.getMeasureStatusAccess().getONGOINGEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getMeasureStatusAccess().getONGOINGEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalPlan.g:5653:3: (enumLiteral_3= 'completed' )
                    {
                    // InternalPlan.g:5653:3: (enumLiteral_3= 'completed' )
                    // InternalPlan.g:5654:4: enumLiteral_3= 'completed'
                    {
                    enumLiteral_3=(Token)match(input,118,FOLLOW_2); 

                    				current = grammarAccess.getMeasureStatusAccess().getCOMPLETEDEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getMeasureStatusAccess().getCOMPLETEDEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalPlan.g:5661:3: (enumLiteral_4= 'postponed' )
                    {
                    // InternalPlan.g:5661:3: (enumLiteral_4= 'postponed' )
                    // InternalPlan.g:5662:4: enumLiteral_4= 'postponed'
                    {
                    enumLiteral_4=(Token)match(input,119,FOLLOW_2); 

                    				current = grammarAccess.getMeasureStatusAccess().getPOSTPONEDEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getMeasureStatusAccess().getPOSTPONEDEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;
                case 6 :
                    // InternalPlan.g:5669:3: (enumLiteral_5= 'cancelled' )
                    {
                    // InternalPlan.g:5669:3: (enumLiteral_5= 'cancelled' )
                    // InternalPlan.g:5670:4: enumLiteral_5= 'cancelled'
                    {
                    enumLiteral_5=(Token)match(input,120,FOLLOW_2); 

                    				current = grammarAccess.getMeasureStatusAccess().getCANCELLEDEnumLiteralDeclaration_5().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_5, grammarAccess.getMeasureStatusAccess().getCANCELLEDEnumLiteralDeclaration_5());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleMeasureStatus"


    // $ANTLR start "rulePriority"
    // InternalPlan.g:5680:1: rulePriority returns [Enumerator current=null] : ( (enumLiteral_0= 'unspecified' ) | (enumLiteral_1= 'high' ) | (enumLiteral_2= 'medium' ) | (enumLiteral_3= 'low' ) ) ;
    public final Enumerator rulePriority() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalPlan.g:5686:2: ( ( (enumLiteral_0= 'unspecified' ) | (enumLiteral_1= 'high' ) | (enumLiteral_2= 'medium' ) | (enumLiteral_3= 'low' ) ) )
            // InternalPlan.g:5687:2: ( (enumLiteral_0= 'unspecified' ) | (enumLiteral_1= 'high' ) | (enumLiteral_2= 'medium' ) | (enumLiteral_3= 'low' ) )
            {
            // InternalPlan.g:5687:2: ( (enumLiteral_0= 'unspecified' ) | (enumLiteral_1= 'high' ) | (enumLiteral_2= 'medium' ) | (enumLiteral_3= 'low' ) )
            int alt133=4;
            switch ( input.LA(1) ) {
            case 40:
                {
                alt133=1;
                }
                break;
            case 121:
                {
                alt133=2;
                }
                break;
            case 122:
                {
                alt133=3;
                }
                break;
            case 123:
                {
                alt133=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 133, 0, input);

                throw nvae;
            }

            switch (alt133) {
                case 1 :
                    // InternalPlan.g:5688:3: (enumLiteral_0= 'unspecified' )
                    {
                    // InternalPlan.g:5688:3: (enumLiteral_0= 'unspecified' )
                    // InternalPlan.g:5689:4: enumLiteral_0= 'unspecified'
                    {
                    enumLiteral_0=(Token)match(input,40,FOLLOW_2); 

                    				current = grammarAccess.getPriorityAccess().getUNSPECIFIEDEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getPriorityAccess().getUNSPECIFIEDEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPlan.g:5696:3: (enumLiteral_1= 'high' )
                    {
                    // InternalPlan.g:5696:3: (enumLiteral_1= 'high' )
                    // InternalPlan.g:5697:4: enumLiteral_1= 'high'
                    {
                    enumLiteral_1=(Token)match(input,121,FOLLOW_2); 

                    				current = grammarAccess.getPriorityAccess().getHIGHEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getPriorityAccess().getHIGHEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalPlan.g:5704:3: (enumLiteral_2= 'medium' )
                    {
                    // InternalPlan.g:5704:3: (enumLiteral_2= 'medium' )
                    // InternalPlan.g:5705:4: enumLiteral_2= 'medium'
                    {
                    enumLiteral_2=(Token)match(input,122,FOLLOW_2); 

                    				current = grammarAccess.getPriorityAccess().getMEDIUMEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getPriorityAccess().getMEDIUMEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalPlan.g:5712:3: (enumLiteral_3= 'low' )
                    {
                    // InternalPlan.g:5712:3: (enumLiteral_3= 'low' )
                    // InternalPlan.g:5713:4: enumLiteral_3= 'low'
                    {
                    enumLiteral_3=(Token)match(input,123,FOLLOW_2); 

                    				current = grammarAccess.getPriorityAccess().getLOWEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getPriorityAccess().getLOWEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePriority"


    // $ANTLR start "ruleDirection"
    // InternalPlan.g:5723:1: ruleDirection returns [Enumerator current=null] : ( (enumLiteral_0= 'unspecified' ) | (enumLiteral_1= 'higher-is-better' ) | (enumLiteral_2= 'lower-is-better' ) | (enumLiteral_3= 'target-range' ) ) ;
    public final Enumerator ruleDirection() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalPlan.g:5729:2: ( ( (enumLiteral_0= 'unspecified' ) | (enumLiteral_1= 'higher-is-better' ) | (enumLiteral_2= 'lower-is-better' ) | (enumLiteral_3= 'target-range' ) ) )
            // InternalPlan.g:5730:2: ( (enumLiteral_0= 'unspecified' ) | (enumLiteral_1= 'higher-is-better' ) | (enumLiteral_2= 'lower-is-better' ) | (enumLiteral_3= 'target-range' ) )
            {
            // InternalPlan.g:5730:2: ( (enumLiteral_0= 'unspecified' ) | (enumLiteral_1= 'higher-is-better' ) | (enumLiteral_2= 'lower-is-better' ) | (enumLiteral_3= 'target-range' ) )
            int alt134=4;
            switch ( input.LA(1) ) {
            case 40:
                {
                alt134=1;
                }
                break;
            case 124:
                {
                alt134=2;
                }
                break;
            case 125:
                {
                alt134=3;
                }
                break;
            case 126:
                {
                alt134=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 134, 0, input);

                throw nvae;
            }

            switch (alt134) {
                case 1 :
                    // InternalPlan.g:5731:3: (enumLiteral_0= 'unspecified' )
                    {
                    // InternalPlan.g:5731:3: (enumLiteral_0= 'unspecified' )
                    // InternalPlan.g:5732:4: enumLiteral_0= 'unspecified'
                    {
                    enumLiteral_0=(Token)match(input,40,FOLLOW_2); 

                    				current = grammarAccess.getDirectionAccess().getUNSPECIFIEDEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getDirectionAccess().getUNSPECIFIEDEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPlan.g:5739:3: (enumLiteral_1= 'higher-is-better' )
                    {
                    // InternalPlan.g:5739:3: (enumLiteral_1= 'higher-is-better' )
                    // InternalPlan.g:5740:4: enumLiteral_1= 'higher-is-better'
                    {
                    enumLiteral_1=(Token)match(input,124,FOLLOW_2); 

                    				current = grammarAccess.getDirectionAccess().getHIGHER_IS_BETTEREnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getDirectionAccess().getHIGHER_IS_BETTEREnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalPlan.g:5747:3: (enumLiteral_2= 'lower-is-better' )
                    {
                    // InternalPlan.g:5747:3: (enumLiteral_2= 'lower-is-better' )
                    // InternalPlan.g:5748:4: enumLiteral_2= 'lower-is-better'
                    {
                    enumLiteral_2=(Token)match(input,125,FOLLOW_2); 

                    				current = grammarAccess.getDirectionAccess().getLOWER_IS_BETTEREnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getDirectionAccess().getLOWER_IS_BETTEREnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalPlan.g:5755:3: (enumLiteral_3= 'target-range' )
                    {
                    // InternalPlan.g:5755:3: (enumLiteral_3= 'target-range' )
                    // InternalPlan.g:5756:4: enumLiteral_3= 'target-range'
                    {
                    enumLiteral_3=(Token)match(input,126,FOLLOW_2); 

                    				current = grammarAccess.getDirectionAccess().getTARGET_RANGEEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getDirectionAccess().getTARGET_RANGEEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleDirection"


    // $ANTLR start "ruleIndicatorStatus"
    // InternalPlan.g:5766:1: ruleIndicatorStatus returns [Enumerator current=null] : ( (enumLiteral_0= 'on-track' ) | (enumLiteral_1= 'at-risk' ) | (enumLiteral_2= 'off-track' ) ) ;
    public final Enumerator ruleIndicatorStatus() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalPlan.g:5772:2: ( ( (enumLiteral_0= 'on-track' ) | (enumLiteral_1= 'at-risk' ) | (enumLiteral_2= 'off-track' ) ) )
            // InternalPlan.g:5773:2: ( (enumLiteral_0= 'on-track' ) | (enumLiteral_1= 'at-risk' ) | (enumLiteral_2= 'off-track' ) )
            {
            // InternalPlan.g:5773:2: ( (enumLiteral_0= 'on-track' ) | (enumLiteral_1= 'at-risk' ) | (enumLiteral_2= 'off-track' ) )
            int alt135=3;
            switch ( input.LA(1) ) {
            case 127:
                {
                alt135=1;
                }
                break;
            case 128:
                {
                alt135=2;
                }
                break;
            case 129:
                {
                alt135=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 135, 0, input);

                throw nvae;
            }

            switch (alt135) {
                case 1 :
                    // InternalPlan.g:5774:3: (enumLiteral_0= 'on-track' )
                    {
                    // InternalPlan.g:5774:3: (enumLiteral_0= 'on-track' )
                    // InternalPlan.g:5775:4: enumLiteral_0= 'on-track'
                    {
                    enumLiteral_0=(Token)match(input,127,FOLLOW_2); 

                    				current = grammarAccess.getIndicatorStatusAccess().getON_TRACKEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getIndicatorStatusAccess().getON_TRACKEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPlan.g:5782:3: (enumLiteral_1= 'at-risk' )
                    {
                    // InternalPlan.g:5782:3: (enumLiteral_1= 'at-risk' )
                    // InternalPlan.g:5783:4: enumLiteral_1= 'at-risk'
                    {
                    enumLiteral_1=(Token)match(input,128,FOLLOW_2); 

                    				current = grammarAccess.getIndicatorStatusAccess().getAT_RISKEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getIndicatorStatusAccess().getAT_RISKEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalPlan.g:5790:3: (enumLiteral_2= 'off-track' )
                    {
                    // InternalPlan.g:5790:3: (enumLiteral_2= 'off-track' )
                    // InternalPlan.g:5791:4: enumLiteral_2= 'off-track'
                    {
                    enumLiteral_2=(Token)match(input,129,FOLLOW_2); 

                    				current = grammarAccess.getIndicatorStatusAccess().getOFF_TRACKEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getIndicatorStatusAccess().getOFF_TRACKEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleIndicatorStatus"


    // $ANTLR start "ruleSdgRelationKind"
    // InternalPlan.g:5801:1: ruleSdgRelationKind returns [Enumerator current=null] : ( (enumLiteral_0= 'contributes-to' ) | (enumLiteral_1= 'anchored-in' ) | (enumLiteral_2= 'supports' ) | (enumLiteral_3= 'conflicts-with' ) ) ;
    public final Enumerator ruleSdgRelationKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalPlan.g:5807:2: ( ( (enumLiteral_0= 'contributes-to' ) | (enumLiteral_1= 'anchored-in' ) | (enumLiteral_2= 'supports' ) | (enumLiteral_3= 'conflicts-with' ) ) )
            // InternalPlan.g:5808:2: ( (enumLiteral_0= 'contributes-to' ) | (enumLiteral_1= 'anchored-in' ) | (enumLiteral_2= 'supports' ) | (enumLiteral_3= 'conflicts-with' ) )
            {
            // InternalPlan.g:5808:2: ( (enumLiteral_0= 'contributes-to' ) | (enumLiteral_1= 'anchored-in' ) | (enumLiteral_2= 'supports' ) | (enumLiteral_3= 'conflicts-with' ) )
            int alt136=4;
            switch ( input.LA(1) ) {
            case 29:
                {
                alt136=1;
                }
                break;
            case 130:
                {
                alt136=2;
                }
                break;
            case 131:
                {
                alt136=3;
                }
                break;
            case 132:
                {
                alt136=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 136, 0, input);

                throw nvae;
            }

            switch (alt136) {
                case 1 :
                    // InternalPlan.g:5809:3: (enumLiteral_0= 'contributes-to' )
                    {
                    // InternalPlan.g:5809:3: (enumLiteral_0= 'contributes-to' )
                    // InternalPlan.g:5810:4: enumLiteral_0= 'contributes-to'
                    {
                    enumLiteral_0=(Token)match(input,29,FOLLOW_2); 

                    				current = grammarAccess.getSdgRelationKindAccess().getCONTRIBUTES_TOEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getSdgRelationKindAccess().getCONTRIBUTES_TOEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPlan.g:5817:3: (enumLiteral_1= 'anchored-in' )
                    {
                    // InternalPlan.g:5817:3: (enumLiteral_1= 'anchored-in' )
                    // InternalPlan.g:5818:4: enumLiteral_1= 'anchored-in'
                    {
                    enumLiteral_1=(Token)match(input,130,FOLLOW_2); 

                    				current = grammarAccess.getSdgRelationKindAccess().getANCHORED_INEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getSdgRelationKindAccess().getANCHORED_INEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalPlan.g:5825:3: (enumLiteral_2= 'supports' )
                    {
                    // InternalPlan.g:5825:3: (enumLiteral_2= 'supports' )
                    // InternalPlan.g:5826:4: enumLiteral_2= 'supports'
                    {
                    enumLiteral_2=(Token)match(input,131,FOLLOW_2); 

                    				current = grammarAccess.getSdgRelationKindAccess().getSUPPORTSEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getSdgRelationKindAccess().getSUPPORTSEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalPlan.g:5833:3: (enumLiteral_3= 'conflicts-with' )
                    {
                    // InternalPlan.g:5833:3: (enumLiteral_3= 'conflicts-with' )
                    // InternalPlan.g:5834:4: enumLiteral_3= 'conflicts-with'
                    {
                    enumLiteral_3=(Token)match(input,132,FOLLOW_2); 

                    				current = grammarAccess.getSdgRelationKindAccess().getCONFLICTS_WITHEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getSdgRelationKindAccess().getCONFLICTS_WITHEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSdgRelationKind"


    // $ANTLR start "ruleActorKind"
    // InternalPlan.g:5844:1: ruleActorKind returns [Enumerator current=null] : ( (enumLiteral_0= 'municipality' ) | (enumLiteral_1= 'county' ) | (enumLiteral_2= 'state-agency' ) | (enumLiteral_3= 'university' ) | (enumLiteral_4= 'college' ) | (enumLiteral_5= 'hospital' ) | (enumLiteral_6= 'business-council' ) | (enumLiteral_7= 'business' ) | (enumLiteral_8= 'cluster' ) | (enumLiteral_9= 'programme' ) | (enumLiteral_10= 'organisation' ) | (enumLiteral_11= 'political-body' ) | (enumLiteral_12= 'other' ) ) ;
    public final Enumerator ruleActorKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;
        Token enumLiteral_5=null;
        Token enumLiteral_6=null;
        Token enumLiteral_7=null;
        Token enumLiteral_8=null;
        Token enumLiteral_9=null;
        Token enumLiteral_10=null;
        Token enumLiteral_11=null;
        Token enumLiteral_12=null;


        	enterRule();

        try {
            // InternalPlan.g:5850:2: ( ( (enumLiteral_0= 'municipality' ) | (enumLiteral_1= 'county' ) | (enumLiteral_2= 'state-agency' ) | (enumLiteral_3= 'university' ) | (enumLiteral_4= 'college' ) | (enumLiteral_5= 'hospital' ) | (enumLiteral_6= 'business-council' ) | (enumLiteral_7= 'business' ) | (enumLiteral_8= 'cluster' ) | (enumLiteral_9= 'programme' ) | (enumLiteral_10= 'organisation' ) | (enumLiteral_11= 'political-body' ) | (enumLiteral_12= 'other' ) ) )
            // InternalPlan.g:5851:2: ( (enumLiteral_0= 'municipality' ) | (enumLiteral_1= 'county' ) | (enumLiteral_2= 'state-agency' ) | (enumLiteral_3= 'university' ) | (enumLiteral_4= 'college' ) | (enumLiteral_5= 'hospital' ) | (enumLiteral_6= 'business-council' ) | (enumLiteral_7= 'business' ) | (enumLiteral_8= 'cluster' ) | (enumLiteral_9= 'programme' ) | (enumLiteral_10= 'organisation' ) | (enumLiteral_11= 'political-body' ) | (enumLiteral_12= 'other' ) )
            {
            // InternalPlan.g:5851:2: ( (enumLiteral_0= 'municipality' ) | (enumLiteral_1= 'county' ) | (enumLiteral_2= 'state-agency' ) | (enumLiteral_3= 'university' ) | (enumLiteral_4= 'college' ) | (enumLiteral_5= 'hospital' ) | (enumLiteral_6= 'business-council' ) | (enumLiteral_7= 'business' ) | (enumLiteral_8= 'cluster' ) | (enumLiteral_9= 'programme' ) | (enumLiteral_10= 'organisation' ) | (enumLiteral_11= 'political-body' ) | (enumLiteral_12= 'other' ) )
            int alt137=13;
            switch ( input.LA(1) ) {
            case 133:
                {
                alt137=1;
                }
                break;
            case 134:
                {
                alt137=2;
                }
                break;
            case 135:
                {
                alt137=3;
                }
                break;
            case 136:
                {
                alt137=4;
                }
                break;
            case 137:
                {
                alt137=5;
                }
                break;
            case 138:
                {
                alt137=6;
                }
                break;
            case 139:
                {
                alt137=7;
                }
                break;
            case 140:
                {
                alt137=8;
                }
                break;
            case 141:
                {
                alt137=9;
                }
                break;
            case 97:
                {
                alt137=10;
                }
                break;
            case 142:
                {
                alt137=11;
                }
                break;
            case 143:
                {
                alt137=12;
                }
                break;
            case 98:
                {
                alt137=13;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 137, 0, input);

                throw nvae;
            }

            switch (alt137) {
                case 1 :
                    // InternalPlan.g:5852:3: (enumLiteral_0= 'municipality' )
                    {
                    // InternalPlan.g:5852:3: (enumLiteral_0= 'municipality' )
                    // InternalPlan.g:5853:4: enumLiteral_0= 'municipality'
                    {
                    enumLiteral_0=(Token)match(input,133,FOLLOW_2); 

                    				current = grammarAccess.getActorKindAccess().getMUNICIPALITYEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getActorKindAccess().getMUNICIPALITYEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPlan.g:5860:3: (enumLiteral_1= 'county' )
                    {
                    // InternalPlan.g:5860:3: (enumLiteral_1= 'county' )
                    // InternalPlan.g:5861:4: enumLiteral_1= 'county'
                    {
                    enumLiteral_1=(Token)match(input,134,FOLLOW_2); 

                    				current = grammarAccess.getActorKindAccess().getCOUNTYEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getActorKindAccess().getCOUNTYEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalPlan.g:5868:3: (enumLiteral_2= 'state-agency' )
                    {
                    // InternalPlan.g:5868:3: (enumLiteral_2= 'state-agency' )
                    // InternalPlan.g:5869:4: enumLiteral_2= 'state-agency'
                    {
                    enumLiteral_2=(Token)match(input,135,FOLLOW_2); 

                    				current = grammarAccess.getActorKindAccess().getSTATE_AGENCYEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getActorKindAccess().getSTATE_AGENCYEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalPlan.g:5876:3: (enumLiteral_3= 'university' )
                    {
                    // InternalPlan.g:5876:3: (enumLiteral_3= 'university' )
                    // InternalPlan.g:5877:4: enumLiteral_3= 'university'
                    {
                    enumLiteral_3=(Token)match(input,136,FOLLOW_2); 

                    				current = grammarAccess.getActorKindAccess().getUNIVERSITYEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getActorKindAccess().getUNIVERSITYEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalPlan.g:5884:3: (enumLiteral_4= 'college' )
                    {
                    // InternalPlan.g:5884:3: (enumLiteral_4= 'college' )
                    // InternalPlan.g:5885:4: enumLiteral_4= 'college'
                    {
                    enumLiteral_4=(Token)match(input,137,FOLLOW_2); 

                    				current = grammarAccess.getActorKindAccess().getCOLLEGEEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getActorKindAccess().getCOLLEGEEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;
                case 6 :
                    // InternalPlan.g:5892:3: (enumLiteral_5= 'hospital' )
                    {
                    // InternalPlan.g:5892:3: (enumLiteral_5= 'hospital' )
                    // InternalPlan.g:5893:4: enumLiteral_5= 'hospital'
                    {
                    enumLiteral_5=(Token)match(input,138,FOLLOW_2); 

                    				current = grammarAccess.getActorKindAccess().getHOSPITALEnumLiteralDeclaration_5().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_5, grammarAccess.getActorKindAccess().getHOSPITALEnumLiteralDeclaration_5());
                    			

                    }


                    }
                    break;
                case 7 :
                    // InternalPlan.g:5900:3: (enumLiteral_6= 'business-council' )
                    {
                    // InternalPlan.g:5900:3: (enumLiteral_6= 'business-council' )
                    // InternalPlan.g:5901:4: enumLiteral_6= 'business-council'
                    {
                    enumLiteral_6=(Token)match(input,139,FOLLOW_2); 

                    				current = grammarAccess.getActorKindAccess().getBUSINESS_COUNCILEnumLiteralDeclaration_6().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_6, grammarAccess.getActorKindAccess().getBUSINESS_COUNCILEnumLiteralDeclaration_6());
                    			

                    }


                    }
                    break;
                case 8 :
                    // InternalPlan.g:5908:3: (enumLiteral_7= 'business' )
                    {
                    // InternalPlan.g:5908:3: (enumLiteral_7= 'business' )
                    // InternalPlan.g:5909:4: enumLiteral_7= 'business'
                    {
                    enumLiteral_7=(Token)match(input,140,FOLLOW_2); 

                    				current = grammarAccess.getActorKindAccess().getBUSINESSEnumLiteralDeclaration_7().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_7, grammarAccess.getActorKindAccess().getBUSINESSEnumLiteralDeclaration_7());
                    			

                    }


                    }
                    break;
                case 9 :
                    // InternalPlan.g:5916:3: (enumLiteral_8= 'cluster' )
                    {
                    // InternalPlan.g:5916:3: (enumLiteral_8= 'cluster' )
                    // InternalPlan.g:5917:4: enumLiteral_8= 'cluster'
                    {
                    enumLiteral_8=(Token)match(input,141,FOLLOW_2); 

                    				current = grammarAccess.getActorKindAccess().getCLUSTEREnumLiteralDeclaration_8().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_8, grammarAccess.getActorKindAccess().getCLUSTEREnumLiteralDeclaration_8());
                    			

                    }


                    }
                    break;
                case 10 :
                    // InternalPlan.g:5924:3: (enumLiteral_9= 'programme' )
                    {
                    // InternalPlan.g:5924:3: (enumLiteral_9= 'programme' )
                    // InternalPlan.g:5925:4: enumLiteral_9= 'programme'
                    {
                    enumLiteral_9=(Token)match(input,97,FOLLOW_2); 

                    				current = grammarAccess.getActorKindAccess().getPROGRAMMEEnumLiteralDeclaration_9().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_9, grammarAccess.getActorKindAccess().getPROGRAMMEEnumLiteralDeclaration_9());
                    			

                    }


                    }
                    break;
                case 11 :
                    // InternalPlan.g:5932:3: (enumLiteral_10= 'organisation' )
                    {
                    // InternalPlan.g:5932:3: (enumLiteral_10= 'organisation' )
                    // InternalPlan.g:5933:4: enumLiteral_10= 'organisation'
                    {
                    enumLiteral_10=(Token)match(input,142,FOLLOW_2); 

                    				current = grammarAccess.getActorKindAccess().getORGANISATIONEnumLiteralDeclaration_10().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_10, grammarAccess.getActorKindAccess().getORGANISATIONEnumLiteralDeclaration_10());
                    			

                    }


                    }
                    break;
                case 12 :
                    // InternalPlan.g:5940:3: (enumLiteral_11= 'political-body' )
                    {
                    // InternalPlan.g:5940:3: (enumLiteral_11= 'political-body' )
                    // InternalPlan.g:5941:4: enumLiteral_11= 'political-body'
                    {
                    enumLiteral_11=(Token)match(input,143,FOLLOW_2); 

                    				current = grammarAccess.getActorKindAccess().getPOLITICAL_BODYEnumLiteralDeclaration_11().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_11, grammarAccess.getActorKindAccess().getPOLITICAL_BODYEnumLiteralDeclaration_11());
                    			

                    }


                    }
                    break;
                case 13 :
                    // InternalPlan.g:5948:3: (enumLiteral_12= 'other' )
                    {
                    // InternalPlan.g:5948:3: (enumLiteral_12= 'other' )
                    // InternalPlan.g:5949:4: enumLiteral_12= 'other'
                    {
                    enumLiteral_12=(Token)match(input,98,FOLLOW_2); 

                    				current = grammarAccess.getActorKindAccess().getOTHEREnumLiteralDeclaration_12().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_12, grammarAccess.getActorKindAccess().getOTHEREnumLiteralDeclaration_12());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleActorKind"


    // $ANTLR start "ruleNoteKind"
    // InternalPlan.g:5959:1: ruleNoteKind returns [Enumerator current=null] : ( (enumLiteral_0= 'comment' ) | (enumLiteral_1= 'missing-in-source' ) | (enumLiteral_2= 'extraction-damage' ) | (enumLiteral_3= 'editorial' ) | (enumLiteral_4= 'assumption' ) ) ;
    public final Enumerator ruleNoteKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;


        	enterRule();

        try {
            // InternalPlan.g:5965:2: ( ( (enumLiteral_0= 'comment' ) | (enumLiteral_1= 'missing-in-source' ) | (enumLiteral_2= 'extraction-damage' ) | (enumLiteral_3= 'editorial' ) | (enumLiteral_4= 'assumption' ) ) )
            // InternalPlan.g:5966:2: ( (enumLiteral_0= 'comment' ) | (enumLiteral_1= 'missing-in-source' ) | (enumLiteral_2= 'extraction-damage' ) | (enumLiteral_3= 'editorial' ) | (enumLiteral_4= 'assumption' ) )
            {
            // InternalPlan.g:5966:2: ( (enumLiteral_0= 'comment' ) | (enumLiteral_1= 'missing-in-source' ) | (enumLiteral_2= 'extraction-damage' ) | (enumLiteral_3= 'editorial' ) | (enumLiteral_4= 'assumption' ) )
            int alt138=5;
            switch ( input.LA(1) ) {
            case 144:
                {
                alt138=1;
                }
                break;
            case 145:
                {
                alt138=2;
                }
                break;
            case 146:
                {
                alt138=3;
                }
                break;
            case 147:
                {
                alt138=4;
                }
                break;
            case 148:
                {
                alt138=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 138, 0, input);

                throw nvae;
            }

            switch (alt138) {
                case 1 :
                    // InternalPlan.g:5967:3: (enumLiteral_0= 'comment' )
                    {
                    // InternalPlan.g:5967:3: (enumLiteral_0= 'comment' )
                    // InternalPlan.g:5968:4: enumLiteral_0= 'comment'
                    {
                    enumLiteral_0=(Token)match(input,144,FOLLOW_2); 

                    				current = grammarAccess.getNoteKindAccess().getCOMMENTEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getNoteKindAccess().getCOMMENTEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalPlan.g:5975:3: (enumLiteral_1= 'missing-in-source' )
                    {
                    // InternalPlan.g:5975:3: (enumLiteral_1= 'missing-in-source' )
                    // InternalPlan.g:5976:4: enumLiteral_1= 'missing-in-source'
                    {
                    enumLiteral_1=(Token)match(input,145,FOLLOW_2); 

                    				current = grammarAccess.getNoteKindAccess().getMISSING_IN_SOURCEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getNoteKindAccess().getMISSING_IN_SOURCEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalPlan.g:5983:3: (enumLiteral_2= 'extraction-damage' )
                    {
                    // InternalPlan.g:5983:3: (enumLiteral_2= 'extraction-damage' )
                    // InternalPlan.g:5984:4: enumLiteral_2= 'extraction-damage'
                    {
                    enumLiteral_2=(Token)match(input,146,FOLLOW_2); 

                    				current = grammarAccess.getNoteKindAccess().getEXTRACTION_DAMAGEEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getNoteKindAccess().getEXTRACTION_DAMAGEEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalPlan.g:5991:3: (enumLiteral_3= 'editorial' )
                    {
                    // InternalPlan.g:5991:3: (enumLiteral_3= 'editorial' )
                    // InternalPlan.g:5992:4: enumLiteral_3= 'editorial'
                    {
                    enumLiteral_3=(Token)match(input,147,FOLLOW_2); 

                    				current = grammarAccess.getNoteKindAccess().getEDITORIALEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getNoteKindAccess().getEDITORIALEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalPlan.g:5999:3: (enumLiteral_4= 'assumption' )
                    {
                    // InternalPlan.g:5999:3: (enumLiteral_4= 'assumption' )
                    // InternalPlan.g:6000:4: enumLiteral_4= 'assumption'
                    {
                    enumLiteral_4=(Token)match(input,148,FOLLOW_2); 

                    				current = grammarAccess.getNoteKindAccess().getASSUMPTIONEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getNoteKindAccess().getASSUMPTIONEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleNoteKind"

    // Delegated rules


 

    public static final BitSet FOLLOW_1 = new BitSet(new long[]{0x0000000000000000L});
    public static final BitSet FOLLOW_2 = new BitSet(new long[]{0x0000000000000002L});
    public static final BitSet FOLLOW_3 = new BitSet(new long[]{0x0000000000000010L});
    public static final BitSet FOLLOW_4 = new BitSet(new long[]{0x0000000000001020L});
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0x0000000000001000L});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x0000000880002000L,0x0000000000000800L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x0000000000009020L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0x0000000000000020L});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x01002C98EFFF2000L,0x0000FFC000020A02L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0000080000000000L,0x00000007E0000000L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x0000000000000040L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x01003C0000004000L,0x000007C000000200L});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0x01003C0000006000L,0x000007C000000200L});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x0000000000000000L,0x0000000000004000L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0x0000000000002000L,0x0000000000004000L});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x0000000010000002L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x0000000880002000L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0x0000000500000022L});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x0000000500000002L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x0000000600000002L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x0000000400000002L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x0000000000000022L,0x0000000000000000L,0x00000000001F0000L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x0000000000000022L});
    public static final BitSet FOLLOW_24 = new BitSet(new long[]{0x0000006000000002L});
    public static final BitSet FOLLOW_25 = new BitSet(new long[]{0x0000004000000002L});
    public static final BitSet FOLLOW_26 = new BitSet(new long[]{0x0000010020000040L,0x0000000000000000L,0x000000000000001CL});
    public static final BitSet FOLLOW_27 = new BitSet(new long[]{0x0000010000000040L});
    public static final BitSet FOLLOW_28 = new BitSet(new long[]{0x0000000000009022L});
    public static final BitSet FOLLOW_29 = new BitSet(new long[]{0x0000000000001022L});
    public static final BitSet FOLLOW_30 = new BitSet(new long[]{0x0000000000001002L});
    public static final BitSet FOLLOW_31 = new BitSet(new long[]{0x00000A98EE002000L,0x000007C000000000L});
    public static final BitSet FOLLOW_32 = new BitSet(new long[]{0x0000000400000032L});
    public static final BitSet FOLLOW_33 = new BitSet(new long[]{0x0000000400000022L});
    public static final BitSet FOLLOW_34 = new BitSet(new long[]{0x00002C98EE002000L,0x000007C000000000L});
    public static final BitSet FOLLOW_35 = new BitSet(new long[]{0x00003098EE002000L});
    public static final BitSet FOLLOW_36 = new BitSet(new long[]{0x008FC098EE002000L});
    public static final BitSet FOLLOW_37 = new BitSet(new long[]{0x008FC098FE002000L});
    public static final BitSet FOLLOW_38 = new BitSet(new long[]{0x0000000000000000L,0x000F000400000000L});
    public static final BitSet FOLLOW_39 = new BitSet(new long[]{0x008FC098EE002020L});
    public static final BitSet FOLLOW_40 = new BitSet(new long[]{0x0000010000000000L,0x01F0000000000000L});
    public static final BitSet FOLLOW_41 = new BitSet(new long[]{0x0000010000000000L,0x0E00000000000000L});
    public static final BitSet FOLLOW_42 = new BitSet(new long[]{0x0070000000000022L});
    public static final BitSet FOLLOW_43 = new BitSet(new long[]{0x0060000000000062L});
    public static final BitSet FOLLOW_44 = new BitSet(new long[]{0x0040000000000022L});
    public static final BitSet FOLLOW_45 = new BitSet(new long[]{0x0000000000000072L,0x0000000010000000L});
    public static final BitSet FOLLOW_46 = new BitSet(new long[]{0x0000000000000032L});
    public static final BitSet FOLLOW_47 = new BitSet(new long[]{0xEE000098EE002000L,0x0000000000000021L});
    public static final BitSet FOLLOW_48 = new BitSet(new long[]{0x0000010000000000L,0x7000000000000000L});
    public static final BitSet FOLLOW_49 = new BitSet(new long[]{0xFE000098EE002020L,0x0000000000000021L});
    public static final BitSet FOLLOW_50 = new BitSet(new long[]{0xFE000098EE002000L,0x0000000000000021L});
    public static final BitSet FOLLOW_51 = new BitSet(new long[]{0xEE100098EE003030L,0x000000000000003FL});
    public static final BitSet FOLLOW_52 = new BitSet(new long[]{0x0010000000001022L,0x000000000000001EL});
    public static final BitSet FOLLOW_53 = new BitSet(new long[]{0x0000000000001022L,0x000000000000001EL});
    public static final BitSet FOLLOW_54 = new BitSet(new long[]{0x0000000000001022L,0x000000000000001CL});
    public static final BitSet FOLLOW_55 = new BitSet(new long[]{0x0000000000000040L,0x0000000010000000L});
    public static final BitSet FOLLOW_56 = new BitSet(new long[]{0x0000000000001022L,0x0000000000000018L});
    public static final BitSet FOLLOW_57 = new BitSet(new long[]{0x0000000000001002L,0x0000000000000018L});
    public static final BitSet FOLLOW_58 = new BitSet(new long[]{0x0000000000001002L,0x0000000000000010L});
    public static final BitSet FOLLOW_59 = new BitSet(new long[]{0x0000000000000000L,0x8000000000000000L,0x0000000000000003L});
    public static final BitSet FOLLOW_60 = new BitSet(new long[]{0x0020000200000022L});
    public static final BitSet FOLLOW_61 = new BitSet(new long[]{0x0000000200000022L});
    public static final BitSet FOLLOW_62 = new BitSet(new long[]{0x0000000200000062L});
    public static final BitSet FOLLOW_63 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000040L});
    public static final BitSet FOLLOW_64 = new BitSet(new long[]{0x0000000000001032L,0x0000000000000080L});
    public static final BitSet FOLLOW_65 = new BitSet(new long[]{0x0000000000001022L,0x0000000000000080L});
    public static final BitSet FOLLOW_66 = new BitSet(new long[]{0x0000000000001002L,0x0000000000000080L});
    public static final BitSet FOLLOW_67 = new BitSet(new long[]{0x0000000880002000L,0x0000000000000100L});
    public static final BitSet FOLLOW_68 = new BitSet(new long[]{0x0000000880092000L,0x0000000000000402L});
    public static final BitSet FOLLOW_69 = new BitSet(new long[]{0x0000000000000000L,0x0000003C00000000L});
    public static final BitSet FOLLOW_70 = new BitSet(new long[]{0x0000000890092000L,0x0000000000000402L});
    public static final BitSet FOLLOW_71 = new BitSet(new long[]{0x0000000880012000L,0x0000000000003080L});
    public static final BitSet FOLLOW_72 = new BitSet(new long[]{0x0000000000000000L,0x0000000600000000L,0x000000000000FFE0L});
    public static final BitSet FOLLOW_73 = new BitSet(new long[]{0x0000000880002000L,0x0000000000018080L});
    public static final BitSet FOLLOW_74 = new BitSet(new long[]{0x0000000880002000L,0x00000000035E0000L});
    public static final BitSet FOLLOW_75 = new BitSet(new long[]{0x0000000000001032L});
    public static final BitSet FOLLOW_76 = new BitSet(new long[]{0x1000000000001032L});
    public static final BitSet FOLLOW_77 = new BitSet(new long[]{0x1000000000001022L});
    public static final BitSet FOLLOW_78 = new BitSet(new long[]{0x1000000000001002L});
    public static final BitSet FOLLOW_79 = new BitSet(new long[]{0x0000000000001032L,0x0000000000200000L});
    public static final BitSet FOLLOW_80 = new BitSet(new long[]{0x0000000000001022L,0x0000000000200000L});
    public static final BitSet FOLLOW_81 = new BitSet(new long[]{0x0000000000001002L,0x0000000000200000L});
    public static final BitSet FOLLOW_82 = new BitSet(new long[]{0x0000000882002000L,0x0000000000800000L});
    public static final BitSet FOLLOW_83 = new BitSet(new long[]{0x0000000880002000L,0x0000000000800000L});
    public static final BitSet FOLLOW_84 = new BitSet(new long[]{0x0000000880002000L,0x0000000004000000L});
    public static final BitSet FOLLOW_85 = new BitSet(new long[]{0x0000000890002000L,0x0000000004000000L});
    public static final BitSet FOLLOW_86 = new BitSet(new long[]{0x0000000000000002L,0x0000000008000000L});
    public static final BitSet FOLLOW_87 = new BitSet(new long[]{0x0000000000000000L,0x0000000008000000L});
    public static final BitSet FOLLOW_88 = new BitSet(new long[]{0x0000000000000050L});
    public static final BitSet FOLLOW_89 = new BitSet(new long[]{0x0000000000000002L,0x0000000010000000L});

}