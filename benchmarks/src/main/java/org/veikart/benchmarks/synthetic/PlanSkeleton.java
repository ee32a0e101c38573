package org.veikart.benchmarks.synthetic;

import java.util.ArrayList;
import java.util.List;

import org.veikart.model.DocumentRelation;
import org.veikart.model.Goal;
import org.veikart.model.GoalKind;
import org.veikart.model.PartKind;
import org.veikart.model.Period;
import org.veikart.model.Plan;
import org.veikart.model.PlanKind;
import org.veikart.model.PlanPart;
import org.veikart.model.RelationKind;
import org.veikart.model.Source;
import org.veikart.model.Term;
import org.veikart.model.TermLevel;

/**
 * The parts of a plan that do not repeat per focus area, after Lillestrøm's handlingsplan
 * 2022–2024 (seed 001): plan with period, parts (strategidel/statusdel/tiltaksdel), vocabulary,
 * relations to the strategy and the kommuneplan, the actor pool, the goal hierarchy (hovedambisjon,
 * hovedmål with delmål, effektmål contributing to hovedmål and measured by plan-level indicators)
 * and the source list. Sizes that grow with the plan (actors, sub-goals, sources) are derived from
 * the requested element count.
 */
final class PlanSkeleton {

    private static final List<String> MAIN_GOALS = List.of(
            "{kommune} kommune skal bidra aktivt til næringsutvikling i hele kommunen. Etableringer og nye arbeidsplasser skal understøtte nasjonale og internasjonale målsetninger innen bærekraft.",
            "{kommune} kommune skal markere seg nasjonalt og internasjonalt innenfor fremtidsrettede næringer som; energi, miljø, klima og helse.",
            "{kommune} kommune skal bidra til økt innovasjonstakt, nyskaping og internasjonalisering i næringslivet.",
            "Legge til rette for at flere arbeidstakere med høy kompetanse velger å bosette seg her.",
            "Legge til rette for etablering av utdanningsinstitusjoner, som på sikt vil øke tilførselen av kompetent arbeidskraft til næringslivet.",
            "Styrke inntrykket av {kommune} kommune som internasjonal og grønn møteplass.",
            "Legge til rette for rekreasjon, kultur og turisme som næring i hele kommunen.");
    private static final List<String> EFFECT_GOALS = List.of(
            "Økt antall kunnskapsintensive arbeidsplasser i kommunen",
            "Styrket nasjonal og internasjonal relevans og omdømme",
            "Økt kompetanse og utdanningsnivå i befolkningen",
            "Bedre plassering i NHOs årlige barometer for næringsutvikling");
    private static final List<String> SOURCES = List.of("NHO Kommune-NM 2021", "Regional analyse",
            "Statistikkbanken", "Næringslivsundersøkelsen 2021", "Kommuneplanens samfunnsdel 2023–2035",
            "Strategi for bærekraftig næringsutvikling 2022–2030");

    private final GenerationContext context;
    private final List<Goal> mainGoals = new ArrayList<>();

    PlanSkeleton(GenerationContext context) {
        this.context = context;
    }

    Plan build(String municipality, int requestedSize, IndicatorFactory indicators) {
        Plan plan = context.trace(context.add(context.factory.createPlan()));
        plan.setKind(PlanKind.ACTION_PLAN);
        plan.setTitle("Handlingsplan for næringsutvikling 2022–2024");
        plan.setText("Handlingsplanen konkretiserer hvordan arbeidet med næringsstrategien er planlagt i perioden 2022–2024.");
        plan.setPeriod(period(2022, 2024));
        plan.setRevisionRule("rulleres årlig");
        plan.setAdopted("2022-06");
        plan.setPublished("2022-06-22");
        plan.setAdoptedBy("Kommunestyret");
        addParts(plan);
        addVocabulary(plan);
        addRelations(plan);
        context.actors = new ActorPool(context);
        context.actors.populate(plan, municipality, 12 + (int) Math.round(8 * Math.pow(requestedSize / 1000.0, 0.6)));
        addGoals(plan, municipality, requestedSize, indicators);
        int sources = SOURCES.size() + requestedSize / 2000;
        for (int i = 0; i < sources; i++) {
            Source source = context.add(context.factory.createSource());
            source.setTitle(i < SOURCES.size() ? SOURCES.get(i)
                    : "Rapport om " + context.text.theme() + " i " + context.text.place() + " (" + (i - SOURCES.size() + 1) + ")");
            source.setYear(Integer.toString(context.between(2015, 2022)));
            plan.getSources().add(source);
        }
        return plan;
    }

    List<Goal> mainGoals() {
        return mainGoals;
    }

    private void addParts(Plan plan) {
        String[][] parts = {{"Strategidel", "STRATEGY_PART", "2022", "2030"}, {"Statusdel", "STATUS_PART", "2022", "2022"},
                {"Tiltaksdel", "ACTION_PART", "2022", "2024"}};
        for (String[] values : parts) {
            PlanPart part = context.add(context.factory.createPlanPart());
            part.setTitle(values[0]);
            part.setKind(PartKind.valueOf(values[1]));
            part.setPeriod(period(Integer.parseInt(values[2]), Integer.parseInt(values[3])));
            if (part.getKind() == PartKind.ACTION_PART) {
                part.setRevisionRule("oppdateres årlig");
            }
            plan.getParts().add(part);
        }
    }

    private void addVocabulary(Plan plan) {
        String[][] terms = {{"MAIN_GOAL", "Hovedmål", "Hovedmål"}, {"EFFECT_GOAL", "Effektmål", "Effektmål"},
                {"AMBITION", "Hovedambisjon", "Hovedambisjoner"}, {"FOCUS_AREA", "Innsatsområde", "Innsatsområder"},
                {"STRATEGY", "Strategi", "Strategier"}, {"SUB_STRATEGY", "Delstrategi", "Delstrategier"},
                {"MEASURE", "Tiltak", "Tiltak"}, {"INDICATOR", "Indikator", "Indikatorer"}};
        for (String[] values : terms) {
            Term term = context.factory.createTerm();
            term.setLevel(TermLevel.valueOf(values[0]));
            term.setSingular(values[1]);
            term.setPlural(values[2]);
            plan.getVocabulary().add(term);
        }
    }

    private void addRelations(Plan plan) {
        relation(plan, RelationKind.CONCRETISES, "Strategi for bærekraftig næringsutvikling 2022–2030");
        relation(plan, RelationKind.SUBORDINATE_TO, "Kommuneplanens samfunnsdel 2023–2035");
        relation(plan, RelationKind.REFERENCES, "Regional plan for innovasjon og verdiskaping");
    }

    private void relation(Plan plan, RelationKind kind, String title) {
        DocumentRelation relation = context.add(context.factory.createDocumentRelation());
        relation.setKind(kind);
        relation.setDocumentTitle(title);
        plan.getRelations().add(relation);
    }

    private void addGoals(Plan plan, String municipality, int requestedSize, IndicatorFactory indicators) {
        Goal ambition = goal(GoalKind.AMBITION, "Oppnå bærekraftig vekst basert på de viktigste fortrinnene i kommunen.");
        ambition.setQuotedFrom(context.factory.createQuotation());
        ambition.getQuotedFrom().setSourceTitle("Strategi for bærekraftig næringsutvikling 2022–2030");
        plan.getGoals().add(ambition);
        for (int i = 0; i < MAIN_GOALS.size(); i++) {
            Goal main = goal(GoalKind.MAIN, MAIN_GOALS.get(i).replace("{kommune}", municipality));
            main.setCode(Integer.toString(i + 1));
            main.getContributesTo().add(ambition);
            plan.getGoals().add(main);
            mainGoals.add(main);
        }
        // delmål under the hovedmål: about one per thousand elements
        int subGoals = Math.max(3, requestedSize / 1000);
        for (int i = 0; i < subGoals; i++) {
            Goal main = mainGoals.get(i % mainGoals.size());
            Goal sub = goal(GoalKind.SUB, context.text.subGoal());
            sub.setCode(main.getCode() + "." + (main.getSubGoals().size() + 1));
            main.getSubGoals().add(sub);
        }
        for (int i = 0; i < EFFECT_GOALS.size(); i++) {
            Goal effect = goal(GoalKind.EFFECT, EFFECT_GOALS.get(i));
            effect.getContributesTo().add(mainGoals.get(i * 2 % mainGoals.size()));
            effect.getMeasuredBy().add(indicators.create(plan, i == 3 ? 0 : 6 + i, null));
            plan.getGoals().add(effect);
        }
    }

    private Goal goal(GoalKind kind, String title) {
        Goal goal = context.trace(context.add(context.factory.createGoal()));
        goal.setKind(kind);
        goal.setTitle(title);
        return goal;
    }

    private Period period(int start, int end) {
        Period period = context.factory.createPeriod();
        period.setStartYear(start);
        period.setEndYear(end);
        period.setLabel(start == end ? Integer.toString(start) : start + " - " + end);
        return period;
    }
}
