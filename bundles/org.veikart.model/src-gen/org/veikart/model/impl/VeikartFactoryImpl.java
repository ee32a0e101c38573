/**
 */
package org.veikart.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.veikart.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class VeikartFactoryImpl extends EFactoryImpl implements VeikartFactory
{
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static VeikartFactory init()
	{
		try
		{
			VeikartFactory theVeikartFactory = (VeikartFactory)EPackage.Registry.INSTANCE.getEFactory(VeikartPackage.eNS_URI);
			if (theVeikartFactory != null)
			{
				return theVeikartFactory;
			}
		}
		catch (Exception exception)
		{
			EcorePlugin.INSTANCE.log(exception);
		}
		return new VeikartFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VeikartFactoryImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass)
	{
		switch (eClass.getClassifierID())
		{
			case VeikartPackage.PLAN: return createPlan();
			case VeikartPackage.ACTOR_REGISTRY: return createActorRegistry();
			case VeikartPackage.PLAN_PART: return createPlanPart();
			case VeikartPackage.PERIOD: return createPeriod();
			case VeikartPackage.TERM: return createTerm();
			case VeikartPackage.DOCUMENT_RELATION: return createDocumentRelation();
			case VeikartPackage.GOAL: return createGoal();
			case VeikartPackage.QUOTATION: return createQuotation();
			case VeikartPackage.FOCUS_AREA: return createFocusArea();
			case VeikartPackage.STRATEGY: return createStrategy();
			case VeikartPackage.MEASURE: return createMeasure();
			case VeikartPackage.SCHEDULE: return createSchedule();
			case VeikartPackage.COST: return createCost();
			case VeikartPackage.INDICATOR: return createIndicator();
			case VeikartPackage.MEASUREMENT: return createMeasurement();
			case VeikartPackage.THRESHOLD: return createThreshold();
			case VeikartPackage.SDG_REFERENCE: return createSdgReference();
			case VeikartPackage.SDG_CATALOGUE: return createSdgCatalogue();
			case VeikartPackage.SDG_GOAL: return createSdgGoal();
			case VeikartPackage.SDG_TARGET: return createSdgTarget();
			case VeikartPackage.ACTOR: return createActor();
			case VeikartPackage.PROVENANCE: return createProvenance();
			case VeikartPackage.NOTE: return createNote();
			case VeikartPackage.TEMPLATE_ORIGIN: return createTemplateOrigin();
			case VeikartPackage.SOURCE: return createSource();
			case VeikartPackage.SECTION: return createSection();
			case VeikartPackage.PARAGRAPH: return createParagraph();
			case VeikartPackage.QUOTE: return createQuote();
			case VeikartPackage.FACT_BOX: return createFactBox();
			case VeikartPackage.FIGURE_CAPTION: return createFigureCaption();
			case VeikartPackage.BULLET_LIST: return createBulletList();
			case VeikartPackage.SOURCE_LIST: return createSourceList();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue)
	{
		switch (eDataType.getClassifierID())
		{
			case VeikartPackage.PLAN_KIND:
				return createPlanKindFromString(eDataType, initialValue);
			case VeikartPackage.PART_KIND:
				return createPartKindFromString(eDataType, initialValue);
			case VeikartPackage.TERM_LEVEL:
				return createTermLevelFromString(eDataType, initialValue);
			case VeikartPackage.RELATION_KIND:
				return createRelationKindFromString(eDataType, initialValue);
			case VeikartPackage.GOAL_KIND:
				return createGoalKindFromString(eDataType, initialValue);
			case VeikartPackage.RECURRENCE:
				return createRecurrenceFromString(eDataType, initialValue);
			case VeikartPackage.MEASURE_STATUS:
				return createMeasureStatusFromString(eDataType, initialValue);
			case VeikartPackage.PRIORITY:
				return createPriorityFromString(eDataType, initialValue);
			case VeikartPackage.DIRECTION:
				return createDirectionFromString(eDataType, initialValue);
			case VeikartPackage.INDICATOR_STATUS:
				return createIndicatorStatusFromString(eDataType, initialValue);
			case VeikartPackage.SDG_RELATION_KIND:
				return createSdgRelationKindFromString(eDataType, initialValue);
			case VeikartPackage.ACTOR_KIND:
				return createActorKindFromString(eDataType, initialValue);
			case VeikartPackage.NOTE_KIND:
				return createNoteKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue)
	{
		switch (eDataType.getClassifierID())
		{
			case VeikartPackage.PLAN_KIND:
				return convertPlanKindToString(eDataType, instanceValue);
			case VeikartPackage.PART_KIND:
				return convertPartKindToString(eDataType, instanceValue);
			case VeikartPackage.TERM_LEVEL:
				return convertTermLevelToString(eDataType, instanceValue);
			case VeikartPackage.RELATION_KIND:
				return convertRelationKindToString(eDataType, instanceValue);
			case VeikartPackage.GOAL_KIND:
				return convertGoalKindToString(eDataType, instanceValue);
			case VeikartPackage.RECURRENCE:
				return convertRecurrenceToString(eDataType, instanceValue);
			case VeikartPackage.MEASURE_STATUS:
				return convertMeasureStatusToString(eDataType, instanceValue);
			case VeikartPackage.PRIORITY:
				return convertPriorityToString(eDataType, instanceValue);
			case VeikartPackage.DIRECTION:
				return convertDirectionToString(eDataType, instanceValue);
			case VeikartPackage.INDICATOR_STATUS:
				return convertIndicatorStatusToString(eDataType, instanceValue);
			case VeikartPackage.SDG_RELATION_KIND:
				return convertSdgRelationKindToString(eDataType, instanceValue);
			case VeikartPackage.ACTOR_KIND:
				return convertActorKindToString(eDataType, instanceValue);
			case VeikartPackage.NOTE_KIND:
				return convertNoteKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Plan createPlan()
	{
		PlanImpl plan = new PlanImpl();
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActorRegistry createActorRegistry()
	{
		ActorRegistryImpl actorRegistry = new ActorRegistryImpl();
		return actorRegistry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanPart createPlanPart()
	{
		PlanPartImpl planPart = new PlanPartImpl();
		return planPart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Period createPeriod()
	{
		PeriodImpl period = new PeriodImpl();
		return period;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Term createTerm()
	{
		TermImpl term = new TermImpl();
		return term;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentRelation createDocumentRelation()
	{
		DocumentRelationImpl documentRelation = new DocumentRelationImpl();
		return documentRelation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Goal createGoal()
	{
		GoalImpl goal = new GoalImpl();
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quotation createQuotation()
	{
		QuotationImpl quotation = new QuotationImpl();
		return quotation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FocusArea createFocusArea()
	{
		FocusAreaImpl focusArea = new FocusAreaImpl();
		return focusArea;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Strategy createStrategy()
	{
		StrategyImpl strategy = new StrategyImpl();
		return strategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Measure createMeasure()
	{
		MeasureImpl measure = new MeasureImpl();
		return measure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Schedule createSchedule()
	{
		ScheduleImpl schedule = new ScheduleImpl();
		return schedule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cost createCost()
	{
		CostImpl cost = new CostImpl();
		return cost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Indicator createIndicator()
	{
		IndicatorImpl indicator = new IndicatorImpl();
		return indicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Measurement createMeasurement()
	{
		MeasurementImpl measurement = new MeasurementImpl();
		return measurement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Threshold createThreshold()
	{
		ThresholdImpl threshold = new ThresholdImpl();
		return threshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SdgReference createSdgReference()
	{
		SdgReferenceImpl sdgReference = new SdgReferenceImpl();
		return sdgReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SdgCatalogue createSdgCatalogue()
	{
		SdgCatalogueImpl sdgCatalogue = new SdgCatalogueImpl();
		return sdgCatalogue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SdgGoal createSdgGoal()
	{
		SdgGoalImpl sdgGoal = new SdgGoalImpl();
		return sdgGoal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SdgTarget createSdgTarget()
	{
		SdgTargetImpl sdgTarget = new SdgTargetImpl();
		return sdgTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor createActor()
	{
		ActorImpl actor = new ActorImpl();
		return actor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Provenance createProvenance()
	{
		ProvenanceImpl provenance = new ProvenanceImpl();
		return provenance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Note createNote()
	{
		NoteImpl note = new NoteImpl();
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TemplateOrigin createTemplateOrigin()
	{
		TemplateOriginImpl templateOrigin = new TemplateOriginImpl();
		return templateOrigin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Source createSource()
	{
		SourceImpl source = new SourceImpl();
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Section createSection()
	{
		SectionImpl section = new SectionImpl();
		return section;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Paragraph createParagraph()
	{
		ParagraphImpl paragraph = new ParagraphImpl();
		return paragraph;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quote createQuote()
	{
		QuoteImpl quote = new QuoteImpl();
		return quote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FactBox createFactBox()
	{
		FactBoxImpl factBox = new FactBoxImpl();
		return factBox;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FigureCaption createFigureCaption()
	{
		FigureCaptionImpl figureCaption = new FigureCaptionImpl();
		return figureCaption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BulletList createBulletList()
	{
		BulletListImpl bulletList = new BulletListImpl();
		return bulletList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceList createSourceList()
	{
		SourceListImpl sourceList = new SourceListImpl();
		return sourceList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanKind createPlanKindFromString(EDataType eDataType, String initialValue)
	{
		PlanKind result = PlanKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPlanKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PartKind createPartKindFromString(EDataType eDataType, String initialValue)
	{
		PartKind result = PartKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPartKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TermLevel createTermLevelFromString(EDataType eDataType, String initialValue)
	{
		TermLevel result = TermLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTermLevelToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RelationKind createRelationKindFromString(EDataType eDataType, String initialValue)
	{
		RelationKind result = RelationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRelationKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GoalKind createGoalKindFromString(EDataType eDataType, String initialValue)
	{
		GoalKind result = GoalKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGoalKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Recurrence createRecurrenceFromString(EDataType eDataType, String initialValue)
	{
		Recurrence result = Recurrence.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRecurrenceToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeasureStatus createMeasureStatusFromString(EDataType eDataType, String initialValue)
	{
		MeasureStatus result = MeasureStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMeasureStatusToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Priority createPriorityFromString(EDataType eDataType, String initialValue)
	{
		Priority result = Priority.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPriorityToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Direction createDirectionFromString(EDataType eDataType, String initialValue)
	{
		Direction result = Direction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDirectionToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IndicatorStatus createIndicatorStatusFromString(EDataType eDataType, String initialValue)
	{
		IndicatorStatus result = IndicatorStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIndicatorStatusToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SdgRelationKind createSdgRelationKindFromString(EDataType eDataType, String initialValue)
	{
		SdgRelationKind result = SdgRelationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSdgRelationKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActorKind createActorKindFromString(EDataType eDataType, String initialValue)
	{
		ActorKind result = ActorKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActorKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NoteKind createNoteKindFromString(EDataType eDataType, String initialValue)
	{
		NoteKind result = NoteKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNoteKindToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VeikartPackage getVeikartPackage()
	{
		return (VeikartPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static VeikartPackage getPackage()
	{
		return VeikartPackage.eINSTANCE;
	}

} //VeikartFactoryImpl
