/**
 */
package org.veikart.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.veikart.model.Actor;
import org.veikart.model.ActorKind;
import org.veikart.model.ActorRegistry;
import org.veikart.model.BulletList;
import org.veikart.model.Cost;
import org.veikart.model.Direction;
import org.veikart.model.DocumentRelation;
import org.veikart.model.FactBox;
import org.veikart.model.FigureCaption;
import org.veikart.model.FocusArea;
import org.veikart.model.Goal;
import org.veikart.model.GoalKind;
import org.veikart.model.Identifiable;
import org.veikart.model.Indicator;
import org.veikart.model.IndicatorStatus;
import org.veikart.model.Measure;
import org.veikart.model.MeasureStatus;
import org.veikart.model.Measurement;
import org.veikart.model.Note;
import org.veikart.model.NoteKind;
import org.veikart.model.Paragraph;
import org.veikart.model.PartKind;
import org.veikart.model.Period;
import org.veikart.model.Plan;
import org.veikart.model.PlanElement;
import org.veikart.model.PlanKind;
import org.veikart.model.PlanPart;
import org.veikart.model.Priority;
import org.veikart.model.ProseBlock;
import org.veikart.model.Provenance;
import org.veikart.model.Quotation;
import org.veikart.model.Quote;
import org.veikart.model.Recurrence;
import org.veikart.model.RelationKind;
import org.veikart.model.Schedule;
import org.veikart.model.SdgCatalogue;
import org.veikart.model.SdgGoal;
import org.veikart.model.SdgReference;
import org.veikart.model.SdgRelationKind;
import org.veikart.model.SdgTarget;
import org.veikart.model.Section;
import org.veikart.model.Source;
import org.veikart.model.SourceList;
import org.veikart.model.Strategy;
import org.veikart.model.TemplateOrigin;
import org.veikart.model.Term;
import org.veikart.model.TermLevel;
import org.veikart.model.Threshold;
import org.veikart.model.Traceable;
import org.veikart.model.VeikartFactory;
import org.veikart.model.VeikartPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class VeikartPackageImpl extends EPackageImpl implements VeikartPackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiableEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass traceableEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actorRegistryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planPartEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass periodEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass termEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass documentRelationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass goalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass quotationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass focusAreaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass strategyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass measureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scheduleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass costEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass indicatorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass measurementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass thresholdEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sdgReferenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sdgCatalogueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sdgGoalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sdgTargetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass provenanceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass noteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass templateOriginEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass proseBlockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass paragraphEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass quoteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass factBoxEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass figureCaptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass bulletListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sourceListEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum planKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum partKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum termLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum relationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum goalKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum recurrenceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum measureStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum priorityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum directionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum indicatorStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sdgRelationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum actorKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum noteKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.veikart.model.VeikartPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private VeikartPackageImpl()
	{
		super(eNS_URI, VeikartFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link VeikartPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static VeikartPackage init()
	{
		if (isInited) return (VeikartPackage)EPackage.Registry.INSTANCE.getEPackage(VeikartPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredVeikartPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		VeikartPackageImpl theVeikartPackage = registeredVeikartPackage instanceof VeikartPackageImpl ? (VeikartPackageImpl)registeredVeikartPackage : new VeikartPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theVeikartPackage.createPackageContents();

		// Initialize created meta-data
		theVeikartPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theVeikartPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(VeikartPackage.eNS_URI, theVeikartPackage);
		return theVeikartPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentifiable()
	{
		return identifiableEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentifiable_Id()
	{
		return (EAttribute)identifiableEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTraceable()
	{
		return traceableEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTraceable_Provenance()
	{
		return (EReference)traceableEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTraceable_Notes()
	{
		return (EReference)traceableEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanElement()
	{
		return planElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanElement_Code()
	{
		return (EAttribute)planElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanElement_Title()
	{
		return (EAttribute)planElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanElement_Text()
	{
		return (EAttribute)planElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanElement_SdgReferences()
	{
		return (EReference)planElementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanElement_MeasuredBy()
	{
		return (EReference)planElementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanElement_ContributesTo()
	{
		return (EReference)planElementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanElement_VariantOf()
	{
		return (EReference)planElementEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanElement_Duplicate()
	{
		return (EAttribute)planElementEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanElement_Origin()
	{
		return (EReference)planElementEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPlanElement__IsMissingInSource()
	{
		return planElementEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlan()
	{
		return planEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_Kind()
	{
		return (EAttribute)planEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_Language()
	{
		return (EAttribute)planEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Owner()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Period()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Parts()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_RevisionRule()
	{
		return (EAttribute)planEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_Adopted()
	{
		return (EAttribute)planEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_Published()
	{
		return (EAttribute)planEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_AdoptedBy()
	{
		return (EAttribute)planEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Vocabulary()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Relations()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Actors()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Goals()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_FocusAreas()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Strategies()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Measures()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Indicators()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Sections()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Sources()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActorRegistry()
	{
		return actorRegistryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActorRegistry_Title()
	{
		return (EAttribute)actorRegistryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActorRegistry_Actors()
	{
		return (EReference)actorRegistryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanPart()
	{
		return planPartEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanPart_Title()
	{
		return (EAttribute)planPartEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanPart_Kind()
	{
		return (EAttribute)planPartEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanPart_Period()
	{
		return (EReference)planPartEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanPart_RevisionRule()
	{
		return (EAttribute)planPartEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanPart_Elements()
	{
		return (EReference)planPartEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPeriod()
	{
		return periodEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeriod_StartYear()
	{
		return (EAttribute)periodEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeriod_EndYear()
	{
		return (EAttribute)periodEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeriod_Label()
	{
		return (EAttribute)periodEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTerm()
	{
		return termEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerm_Level()
	{
		return (EAttribute)termEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerm_Singular()
	{
		return (EAttribute)termEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerm_Plural()
	{
		return (EAttribute)termEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDocumentRelation()
	{
		return documentRelationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentRelation_Kind()
	{
		return (EAttribute)documentRelationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDocumentRelation_TargetPlan()
	{
		return (EReference)documentRelationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentRelation_DocumentTitle()
	{
		return (EAttribute)documentRelationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentRelation_Url()
	{
		return (EAttribute)documentRelationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGoal()
	{
		return goalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoal_Kind()
	{
		return (EAttribute)goalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGoal_QuotedFrom()
	{
		return (EReference)goalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGoal_SubGoals()
	{
		return (EReference)goalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGoal_Strategies()
	{
		return (EReference)goalEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getGoal__IsOwned()
	{
		return goalEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQuotation()
	{
		return quotationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQuotation_SourcePlan()
	{
		return (EReference)quotationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuotation_SourceTitle()
	{
		return (EAttribute)quotationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuotation_Page()
	{
		return (EAttribute)quotationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFocusArea()
	{
		return focusAreaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFocusArea_Goals()
	{
		return (EReference)focusAreaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFocusArea_SubAreas()
	{
		return (EReference)focusAreaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFocusArea_Strategies()
	{
		return (EReference)focusAreaEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFocusArea_Measures()
	{
		return (EReference)focusAreaEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStrategy()
	{
		return strategyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategy_SubStrategies()
	{
		return (EReference)strategyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategy_Measures()
	{
		return (EReference)strategyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeasure()
	{
		return measureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeasure_Responsible()
	{
		return (EReference)measureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeasure_Partners()
	{
		return (EReference)measureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeasure_Schedule()
	{
		return (EReference)measureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasure_Recurrence()
	{
		return (EAttribute)measureEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasure_RecurrenceText()
	{
		return (EAttribute)measureEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasure_Status()
	{
		return (EAttribute)measureEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeasure_Cost()
	{
		return (EReference)measureEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasure_Priority()
	{
		return (EAttribute)measureEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSchedule()
	{
		return scheduleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_Years()
	{
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_Start()
	{
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_End()
	{
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSchedule_Text()
	{
		return (EAttribute)scheduleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCost()
	{
		return costEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCost_Amount()
	{
		return (EAttribute)costEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCost_Currency()
	{
		return (EAttribute)costEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCost_Text()
	{
		return (EAttribute)costEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndicator()
	{
		return indicatorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Unit()
	{
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Direction()
	{
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Source()
	{
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndicator_SourceActor()
	{
		return (EReference)indicatorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Frequency()
	{
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndicator_Baseline()
	{
		return (EReference)indicatorEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndicator_Targets()
	{
		return (EReference)indicatorEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndicator_Actuals()
	{
		return (EReference)indicatorEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndicator_Thresholds()
	{
		return (EReference)indicatorEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeasurement()
	{
		return measurementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_Value()
	{
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_Year()
	{
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_Period()
	{
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_ValueText()
	{
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_Comparison()
	{
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurement_StatedIn()
	{
		return (EAttribute)measurementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getThreshold()
	{
		return thresholdEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getThreshold_Status()
	{
		return (EAttribute)thresholdEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getThreshold_LowerBound()
	{
		return (EAttribute)thresholdEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getThreshold_UpperBound()
	{
		return (EAttribute)thresholdEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getThreshold_Label()
	{
		return (EAttribute)thresholdEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSdgReference()
	{
		return sdgReferenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSdgReference_Kind()
	{
		return (EAttribute)sdgReferenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSdgReference_Goal()
	{
		return (EReference)sdgReferenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSdgReference_Target()
	{
		return (EReference)sdgReferenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSdgReference_Label()
	{
		return (EAttribute)sdgReferenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSdgReference_Unspecified()
	{
		return (EAttribute)sdgReferenceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSdgCatalogue()
	{
		return sdgCatalogueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSdgCatalogue_Version()
	{
		return (EAttribute)sdgCatalogueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSdgCatalogue_Source()
	{
		return (EAttribute)sdgCatalogueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSdgCatalogue_Licence()
	{
		return (EAttribute)sdgCatalogueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSdgCatalogue_Goals()
	{
		return (EReference)sdgCatalogueEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSdgGoal()
	{
		return sdgGoalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSdgGoal_Number()
	{
		return (EAttribute)sdgGoalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSdgGoal_NameNb()
	{
		return (EAttribute)sdgGoalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSdgGoal_NameEn()
	{
		return (EAttribute)sdgGoalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSdgGoal_TitleEn()
	{
		return (EAttribute)sdgGoalEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSdgGoal_TitleNb()
	{
		return (EAttribute)sdgGoalEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSdgGoal_Aliases()
	{
		return (EAttribute)sdgGoalEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSdgGoal_Colour()
	{
		return (EAttribute)sdgGoalEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSdgGoal_Targets()
	{
		return (EReference)sdgGoalEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSdgTarget()
	{
		return sdgTargetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSdgTarget_Code()
	{
		return (EAttribute)sdgTargetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSdgTarget_TextEn()
	{
		return (EAttribute)sdgTargetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSdgTarget_TextNb()
	{
		return (EAttribute)sdgTargetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSdgTarget_TextNbReviewed()
	{
		return (EAttribute)sdgTargetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActor()
	{
		return actorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActor_Name()
	{
		return (EAttribute)actorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActor_Kind()
	{
		return (EAttribute)actorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActor_Aliases()
	{
		return (EAttribute)actorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActor_Url()
	{
		return (EAttribute)actorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActor_PartOf()
	{
		return (EReference)actorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProvenance()
	{
		return provenanceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvenance_Source()
	{
		return (EAttribute)provenanceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvenance_Line()
	{
		return (EAttribute)provenanceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvenance_EndLine()
	{
		return (EAttribute)provenanceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvenance_Page()
	{
		return (EAttribute)provenanceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNote()
	{
		return noteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNote_Kind()
	{
		return (EAttribute)noteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNote_Text()
	{
		return (EAttribute)noteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTemplateOrigin()
	{
		return templateOriginEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTemplateOrigin_TemplateId()
	{
		return (EAttribute)templateOriginEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTemplateOrigin_TemplateVersion()
	{
		return (EAttribute)templateOriginEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTemplateOrigin_ElementId()
	{
		return (EAttribute)templateOriginEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSource()
	{
		return sourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Title()
	{
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Author()
	{
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Year()
	{
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSource_Url()
	{
		return (EAttribute)sourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSection()
	{
		return sectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSection_Code()
	{
		return (EAttribute)sectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSection_Title()
	{
		return (EAttribute)sectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSection_Blocks()
	{
		return (EReference)sectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSection_Subsections()
	{
		return (EReference)sectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProseBlock()
	{
		return proseBlockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProseBlock_Text()
	{
		return (EAttribute)proseBlockEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParagraph()
	{
		return paragraphEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQuote()
	{
		return quoteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuote_Attribution()
	{
		return (EAttribute)quoteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFactBox()
	{
		return factBoxEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFactBox_Title()
	{
		return (EAttribute)factBoxEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFactBox_Items()
	{
		return (EAttribute)factBoxEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFigureCaption()
	{
		return figureCaptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFigureCaption_Image()
	{
		return (EAttribute)figureCaptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBulletList()
	{
		return bulletListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBulletList_Items()
	{
		return (EAttribute)bulletListEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSourceList()
	{
		return sourceListEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSourceList_Entries()
	{
		return (EReference)sourceListEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPlanKind()
	{
		return planKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPartKind()
	{
		return partKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTermLevel()
	{
		return termLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRelationKind()
	{
		return relationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGoalKind()
	{
		return goalKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRecurrence()
	{
		return recurrenceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMeasureStatus()
	{
		return measureStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPriority()
	{
		return priorityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDirection()
	{
		return directionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIndicatorStatus()
	{
		return indicatorStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSdgRelationKind()
	{
		return sdgRelationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActorKind()
	{
		return actorKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNoteKind()
	{
		return noteKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VeikartFactory getVeikartFactory()
	{
		return (VeikartFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents()
	{
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiableEClass = createEClass(IDENTIFIABLE);
		createEAttribute(identifiableEClass, IDENTIFIABLE__ID);

		traceableEClass = createEClass(TRACEABLE);
		createEReference(traceableEClass, TRACEABLE__PROVENANCE);
		createEReference(traceableEClass, TRACEABLE__NOTES);

		planElementEClass = createEClass(PLAN_ELEMENT);
		createEAttribute(planElementEClass, PLAN_ELEMENT__CODE);
		createEAttribute(planElementEClass, PLAN_ELEMENT__TITLE);
		createEAttribute(planElementEClass, PLAN_ELEMENT__TEXT);
		createEReference(planElementEClass, PLAN_ELEMENT__SDG_REFERENCES);
		createEReference(planElementEClass, PLAN_ELEMENT__MEASURED_BY);
		createEReference(planElementEClass, PLAN_ELEMENT__CONTRIBUTES_TO);
		createEReference(planElementEClass, PLAN_ELEMENT__VARIANT_OF);
		createEAttribute(planElementEClass, PLAN_ELEMENT__DUPLICATE);
		createEReference(planElementEClass, PLAN_ELEMENT__ORIGIN);
		createEOperation(planElementEClass, PLAN_ELEMENT___IS_MISSING_IN_SOURCE);

		planEClass = createEClass(PLAN);
		createEAttribute(planEClass, PLAN__KIND);
		createEAttribute(planEClass, PLAN__LANGUAGE);
		createEReference(planEClass, PLAN__OWNER);
		createEReference(planEClass, PLAN__PERIOD);
		createEReference(planEClass, PLAN__PARTS);
		createEAttribute(planEClass, PLAN__REVISION_RULE);
		createEAttribute(planEClass, PLAN__ADOPTED);
		createEAttribute(planEClass, PLAN__PUBLISHED);
		createEAttribute(planEClass, PLAN__ADOPTED_BY);
		createEReference(planEClass, PLAN__VOCABULARY);
		createEReference(planEClass, PLAN__RELATIONS);
		createEReference(planEClass, PLAN__ACTORS);
		createEReference(planEClass, PLAN__GOALS);
		createEReference(planEClass, PLAN__FOCUS_AREAS);
		createEReference(planEClass, PLAN__STRATEGIES);
		createEReference(planEClass, PLAN__MEASURES);
		createEReference(planEClass, PLAN__INDICATORS);
		createEReference(planEClass, PLAN__SECTIONS);
		createEReference(planEClass, PLAN__SOURCES);

		actorRegistryEClass = createEClass(ACTOR_REGISTRY);
		createEAttribute(actorRegistryEClass, ACTOR_REGISTRY__TITLE);
		createEReference(actorRegistryEClass, ACTOR_REGISTRY__ACTORS);

		planPartEClass = createEClass(PLAN_PART);
		createEAttribute(planPartEClass, PLAN_PART__TITLE);
		createEAttribute(planPartEClass, PLAN_PART__KIND);
		createEReference(planPartEClass, PLAN_PART__PERIOD);
		createEAttribute(planPartEClass, PLAN_PART__REVISION_RULE);
		createEReference(planPartEClass, PLAN_PART__ELEMENTS);

		periodEClass = createEClass(PERIOD);
		createEAttribute(periodEClass, PERIOD__START_YEAR);
		createEAttribute(periodEClass, PERIOD__END_YEAR);
		createEAttribute(periodEClass, PERIOD__LABEL);

		termEClass = createEClass(TERM);
		createEAttribute(termEClass, TERM__LEVEL);
		createEAttribute(termEClass, TERM__SINGULAR);
		createEAttribute(termEClass, TERM__PLURAL);

		documentRelationEClass = createEClass(DOCUMENT_RELATION);
		createEAttribute(documentRelationEClass, DOCUMENT_RELATION__KIND);
		createEReference(documentRelationEClass, DOCUMENT_RELATION__TARGET_PLAN);
		createEAttribute(documentRelationEClass, DOCUMENT_RELATION__DOCUMENT_TITLE);
		createEAttribute(documentRelationEClass, DOCUMENT_RELATION__URL);

		goalEClass = createEClass(GOAL);
		createEAttribute(goalEClass, GOAL__KIND);
		createEReference(goalEClass, GOAL__QUOTED_FROM);
		createEReference(goalEClass, GOAL__SUB_GOALS);
		createEReference(goalEClass, GOAL__STRATEGIES);
		createEOperation(goalEClass, GOAL___IS_OWNED);

		quotationEClass = createEClass(QUOTATION);
		createEReference(quotationEClass, QUOTATION__SOURCE_PLAN);
		createEAttribute(quotationEClass, QUOTATION__SOURCE_TITLE);
		createEAttribute(quotationEClass, QUOTATION__PAGE);

		focusAreaEClass = createEClass(FOCUS_AREA);
		createEReference(focusAreaEClass, FOCUS_AREA__GOALS);
		createEReference(focusAreaEClass, FOCUS_AREA__SUB_AREAS);
		createEReference(focusAreaEClass, FOCUS_AREA__STRATEGIES);
		createEReference(focusAreaEClass, FOCUS_AREA__MEASURES);

		strategyEClass = createEClass(STRATEGY);
		createEReference(strategyEClass, STRATEGY__SUB_STRATEGIES);
		createEReference(strategyEClass, STRATEGY__MEASURES);

		measureEClass = createEClass(MEASURE);
		createEReference(measureEClass, MEASURE__RESPONSIBLE);
		createEReference(measureEClass, MEASURE__PARTNERS);
		createEReference(measureEClass, MEASURE__SCHEDULE);
		createEAttribute(measureEClass, MEASURE__RECURRENCE);
		createEAttribute(measureEClass, MEASURE__RECURRENCE_TEXT);
		createEAttribute(measureEClass, MEASURE__STATUS);
		createEReference(measureEClass, MEASURE__COST);
		createEAttribute(measureEClass, MEASURE__PRIORITY);

		scheduleEClass = createEClass(SCHEDULE);
		createEAttribute(scheduleEClass, SCHEDULE__YEARS);
		createEAttribute(scheduleEClass, SCHEDULE__START);
		createEAttribute(scheduleEClass, SCHEDULE__END);
		createEAttribute(scheduleEClass, SCHEDULE__TEXT);

		costEClass = createEClass(COST);
		createEAttribute(costEClass, COST__AMOUNT);
		createEAttribute(costEClass, COST__CURRENCY);
		createEAttribute(costEClass, COST__TEXT);

		indicatorEClass = createEClass(INDICATOR);
		createEAttribute(indicatorEClass, INDICATOR__UNIT);
		createEAttribute(indicatorEClass, INDICATOR__DIRECTION);
		createEAttribute(indicatorEClass, INDICATOR__SOURCE);
		createEReference(indicatorEClass, INDICATOR__SOURCE_ACTOR);
		createEAttribute(indicatorEClass, INDICATOR__FREQUENCY);
		createEReference(indicatorEClass, INDICATOR__BASELINE);
		createEReference(indicatorEClass, INDICATOR__TARGETS);
		createEReference(indicatorEClass, INDICATOR__ACTUALS);
		createEReference(indicatorEClass, INDICATOR__THRESHOLDS);

		measurementEClass = createEClass(MEASUREMENT);
		createEAttribute(measurementEClass, MEASUREMENT__VALUE);
		createEAttribute(measurementEClass, MEASUREMENT__YEAR);
		createEAttribute(measurementEClass, MEASUREMENT__PERIOD);
		createEAttribute(measurementEClass, MEASUREMENT__VALUE_TEXT);
		createEAttribute(measurementEClass, MEASUREMENT__COMPARISON);
		createEAttribute(measurementEClass, MEASUREMENT__STATED_IN);

		thresholdEClass = createEClass(THRESHOLD);
		createEAttribute(thresholdEClass, THRESHOLD__STATUS);
		createEAttribute(thresholdEClass, THRESHOLD__LOWER_BOUND);
		createEAttribute(thresholdEClass, THRESHOLD__UPPER_BOUND);
		createEAttribute(thresholdEClass, THRESHOLD__LABEL);

		sdgReferenceEClass = createEClass(SDG_REFERENCE);
		createEAttribute(sdgReferenceEClass, SDG_REFERENCE__KIND);
		createEReference(sdgReferenceEClass, SDG_REFERENCE__GOAL);
		createEReference(sdgReferenceEClass, SDG_REFERENCE__TARGET);
		createEAttribute(sdgReferenceEClass, SDG_REFERENCE__LABEL);
		createEAttribute(sdgReferenceEClass, SDG_REFERENCE__UNSPECIFIED);

		sdgCatalogueEClass = createEClass(SDG_CATALOGUE);
		createEAttribute(sdgCatalogueEClass, SDG_CATALOGUE__VERSION);
		createEAttribute(sdgCatalogueEClass, SDG_CATALOGUE__SOURCE);
		createEAttribute(sdgCatalogueEClass, SDG_CATALOGUE__LICENCE);
		createEReference(sdgCatalogueEClass, SDG_CATALOGUE__GOALS);

		sdgGoalEClass = createEClass(SDG_GOAL);
		createEAttribute(sdgGoalEClass, SDG_GOAL__NUMBER);
		createEAttribute(sdgGoalEClass, SDG_GOAL__NAME_NB);
		createEAttribute(sdgGoalEClass, SDG_GOAL__NAME_EN);
		createEAttribute(sdgGoalEClass, SDG_GOAL__TITLE_EN);
		createEAttribute(sdgGoalEClass, SDG_GOAL__TITLE_NB);
		createEAttribute(sdgGoalEClass, SDG_GOAL__ALIASES);
		createEAttribute(sdgGoalEClass, SDG_GOAL__COLOUR);
		createEReference(sdgGoalEClass, SDG_GOAL__TARGETS);

		sdgTargetEClass = createEClass(SDG_TARGET);
		createEAttribute(sdgTargetEClass, SDG_TARGET__CODE);
		createEAttribute(sdgTargetEClass, SDG_TARGET__TEXT_EN);
		createEAttribute(sdgTargetEClass, SDG_TARGET__TEXT_NB);
		createEAttribute(sdgTargetEClass, SDG_TARGET__TEXT_NB_REVIEWED);

		actorEClass = createEClass(ACTOR);
		createEAttribute(actorEClass, ACTOR__NAME);
		createEAttribute(actorEClass, ACTOR__KIND);
		createEAttribute(actorEClass, ACTOR__ALIASES);
		createEAttribute(actorEClass, ACTOR__URL);
		createEReference(actorEClass, ACTOR__PART_OF);

		provenanceEClass = createEClass(PROVENANCE);
		createEAttribute(provenanceEClass, PROVENANCE__SOURCE);
		createEAttribute(provenanceEClass, PROVENANCE__LINE);
		createEAttribute(provenanceEClass, PROVENANCE__END_LINE);
		createEAttribute(provenanceEClass, PROVENANCE__PAGE);

		noteEClass = createEClass(NOTE);
		createEAttribute(noteEClass, NOTE__KIND);
		createEAttribute(noteEClass, NOTE__TEXT);

		templateOriginEClass = createEClass(TEMPLATE_ORIGIN);
		createEAttribute(templateOriginEClass, TEMPLATE_ORIGIN__TEMPLATE_ID);
		createEAttribute(templateOriginEClass, TEMPLATE_ORIGIN__TEMPLATE_VERSION);
		createEAttribute(templateOriginEClass, TEMPLATE_ORIGIN__ELEMENT_ID);

		sourceEClass = createEClass(SOURCE);
		createEAttribute(sourceEClass, SOURCE__TITLE);
		createEAttribute(sourceEClass, SOURCE__AUTHOR);
		createEAttribute(sourceEClass, SOURCE__YEAR);
		createEAttribute(sourceEClass, SOURCE__URL);

		sectionEClass = createEClass(SECTION);
		createEAttribute(sectionEClass, SECTION__CODE);
		createEAttribute(sectionEClass, SECTION__TITLE);
		createEReference(sectionEClass, SECTION__BLOCKS);
		createEReference(sectionEClass, SECTION__SUBSECTIONS);

		proseBlockEClass = createEClass(PROSE_BLOCK);
		createEAttribute(proseBlockEClass, PROSE_BLOCK__TEXT);

		paragraphEClass = createEClass(PARAGRAPH);

		quoteEClass = createEClass(QUOTE);
		createEAttribute(quoteEClass, QUOTE__ATTRIBUTION);

		factBoxEClass = createEClass(FACT_BOX);
		createEAttribute(factBoxEClass, FACT_BOX__TITLE);
		createEAttribute(factBoxEClass, FACT_BOX__ITEMS);

		figureCaptionEClass = createEClass(FIGURE_CAPTION);
		createEAttribute(figureCaptionEClass, FIGURE_CAPTION__IMAGE);

		bulletListEClass = createEClass(BULLET_LIST);
		createEAttribute(bulletListEClass, BULLET_LIST__ITEMS);

		sourceListEClass = createEClass(SOURCE_LIST);
		createEReference(sourceListEClass, SOURCE_LIST__ENTRIES);

		// Create enums
		planKindEEnum = createEEnum(PLAN_KIND);
		partKindEEnum = createEEnum(PART_KIND);
		termLevelEEnum = createEEnum(TERM_LEVEL);
		relationKindEEnum = createEEnum(RELATION_KIND);
		goalKindEEnum = createEEnum(GOAL_KIND);
		recurrenceEEnum = createEEnum(RECURRENCE);
		measureStatusEEnum = createEEnum(MEASURE_STATUS);
		priorityEEnum = createEEnum(PRIORITY);
		directionEEnum = createEEnum(DIRECTION);
		indicatorStatusEEnum = createEEnum(INDICATOR_STATUS);
		sdgRelationKindEEnum = createEEnum(SDG_RELATION_KIND);
		actorKindEEnum = createEEnum(ACTOR_KIND);
		noteKindEEnum = createEEnum(NOTE_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents()
	{
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		traceableEClass.getESuperTypes().add(this.getIdentifiable());
		planElementEClass.getESuperTypes().add(this.getTraceable());
		planEClass.getESuperTypes().add(this.getPlanElement());
		actorRegistryEClass.getESuperTypes().add(this.getTraceable());
		planPartEClass.getESuperTypes().add(this.getTraceable());
		documentRelationEClass.getESuperTypes().add(this.getTraceable());
		goalEClass.getESuperTypes().add(this.getPlanElement());
		focusAreaEClass.getESuperTypes().add(this.getPlanElement());
		strategyEClass.getESuperTypes().add(this.getPlanElement());
		measureEClass.getESuperTypes().add(this.getPlanElement());
		indicatorEClass.getESuperTypes().add(this.getPlanElement());
		measurementEClass.getESuperTypes().add(this.getTraceable());
		sdgCatalogueEClass.getESuperTypes().add(this.getIdentifiable());
		sdgGoalEClass.getESuperTypes().add(this.getIdentifiable());
		sdgTargetEClass.getESuperTypes().add(this.getIdentifiable());
		actorEClass.getESuperTypes().add(this.getTraceable());
		sourceEClass.getESuperTypes().add(this.getTraceable());
		sectionEClass.getESuperTypes().add(this.getTraceable());
		proseBlockEClass.getESuperTypes().add(this.getTraceable());
		paragraphEClass.getESuperTypes().add(this.getProseBlock());
		quoteEClass.getESuperTypes().add(this.getProseBlock());
		factBoxEClass.getESuperTypes().add(this.getProseBlock());
		figureCaptionEClass.getESuperTypes().add(this.getProseBlock());
		bulletListEClass.getESuperTypes().add(this.getProseBlock());
		sourceListEClass.getESuperTypes().add(this.getProseBlock());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiableEClass, Identifiable.class, "Identifiable", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentifiable_Id(), ecorePackage.getEString(), "id", null, 0, 1, Identifiable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(traceableEClass, Traceable.class, "Traceable", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTraceable_Provenance(), this.getProvenance(), null, "provenance", null, 0, 1, Traceable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTraceable_Notes(), this.getNote(), null, "notes", null, 0, -1, Traceable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planElementEClass, PlanElement.class, "PlanElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlanElement_Code(), ecorePackage.getEString(), "code", null, 0, 1, PlanElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanElement_Title(), ecorePackage.getEString(), "title", null, 0, 1, PlanElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanElement_Text(), ecorePackage.getEString(), "text", null, 0, 1, PlanElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanElement_SdgReferences(), this.getSdgReference(), null, "sdgReferences", null, 0, -1, PlanElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanElement_MeasuredBy(), this.getIndicator(), null, "measuredBy", null, 0, -1, PlanElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanElement_ContributesTo(), this.getPlanElement(), null, "contributesTo", null, 0, -1, PlanElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanElement_VariantOf(), this.getPlanElement(), null, "variantOf", null, 0, -1, PlanElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanElement_Duplicate(), ecorePackage.getEBoolean(), "duplicate", null, 0, 1, PlanElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanElement_Origin(), this.getTemplateOrigin(), null, "origin", null, 0, 1, PlanElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getPlanElement__IsMissingInSource(), ecorePackage.getEBoolean(), "isMissingInSource", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(planEClass, Plan.class, "Plan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlan_Kind(), this.getPlanKind(), "kind", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlan_Language(), ecorePackage.getEString(), "language", "nb", 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_Owner(), this.getActor(), null, "owner", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_Period(), this.getPeriod(), null, "period", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_Parts(), this.getPlanPart(), null, "parts", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlan_RevisionRule(), ecorePackage.getEString(), "revisionRule", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlan_Adopted(), ecorePackage.getEString(), "adopted", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlan_Published(), ecorePackage.getEString(), "published", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlan_AdoptedBy(), ecorePackage.getEString(), "adoptedBy", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_Vocabulary(), this.getTerm(), null, "vocabulary", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_Relations(), this.getDocumentRelation(), null, "relations", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_Actors(), this.getActor(), null, "actors", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_Goals(), this.getGoal(), null, "goals", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_FocusAreas(), this.getFocusArea(), null, "focusAreas", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_Strategies(), this.getStrategy(), null, "strategies", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_Measures(), this.getMeasure(), null, "measures", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_Indicators(), this.getIndicator(), null, "indicators", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_Sections(), this.getSection(), null, "sections", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlan_Sources(), this.getSource(), null, "sources", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(actorRegistryEClass, ActorRegistry.class, "ActorRegistry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActorRegistry_Title(), ecorePackage.getEString(), "title", null, 0, 1, ActorRegistry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActorRegistry_Actors(), this.getActor(), null, "actors", null, 0, -1, ActorRegistry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planPartEClass, PlanPart.class, "PlanPart", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlanPart_Title(), ecorePackage.getEString(), "title", null, 0, 1, PlanPart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanPart_Kind(), this.getPartKind(), "kind", null, 0, 1, PlanPart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanPart_Period(), this.getPeriod(), null, "period", null, 0, 1, PlanPart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanPart_RevisionRule(), ecorePackage.getEString(), "revisionRule", null, 0, 1, PlanPart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPlanPart_Elements(), this.getPlanElement(), null, "elements", null, 0, -1, PlanPart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(periodEClass, Period.class, "Period", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPeriod_StartYear(), ecorePackage.getEIntegerObject(), "startYear", null, 0, 1, Period.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeriod_EndYear(), ecorePackage.getEIntegerObject(), "endYear", null, 0, 1, Period.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeriod_Label(), ecorePackage.getEString(), "label", null, 0, 1, Period.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(termEClass, Term.class, "Term", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTerm_Level(), this.getTermLevel(), "level", null, 0, 1, Term.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerm_Singular(), ecorePackage.getEString(), "singular", null, 0, 1, Term.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerm_Plural(), ecorePackage.getEString(), "plural", null, 0, 1, Term.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(documentRelationEClass, DocumentRelation.class, "DocumentRelation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDocumentRelation_Kind(), this.getRelationKind(), "kind", null, 0, 1, DocumentRelation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDocumentRelation_TargetPlan(), this.getPlan(), null, "targetPlan", null, 0, 1, DocumentRelation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentRelation_DocumentTitle(), ecorePackage.getEString(), "documentTitle", null, 0, 1, DocumentRelation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDocumentRelation_Url(), ecorePackage.getEString(), "url", null, 0, 1, DocumentRelation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(goalEClass, Goal.class, "Goal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGoal_Kind(), this.getGoalKind(), "kind", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGoal_QuotedFrom(), this.getQuotation(), null, "quotedFrom", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGoal_SubGoals(), this.getGoal(), null, "subGoals", null, 0, -1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGoal_Strategies(), this.getStrategy(), null, "strategies", null, 0, -1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getGoal__IsOwned(), ecorePackage.getEBoolean(), "isOwned", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(quotationEClass, Quotation.class, "Quotation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getQuotation_SourcePlan(), this.getPlan(), null, "sourcePlan", null, 0, 1, Quotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuotation_SourceTitle(), ecorePackage.getEString(), "sourceTitle", null, 0, 1, Quotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuotation_Page(), ecorePackage.getEString(), "page", null, 0, 1, Quotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(focusAreaEClass, FocusArea.class, "FocusArea", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getFocusArea_Goals(), this.getGoal(), null, "goals", null, 0, -1, FocusArea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFocusArea_SubAreas(), this.getFocusArea(), null, "subAreas", null, 0, -1, FocusArea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFocusArea_Strategies(), this.getStrategy(), null, "strategies", null, 0, -1, FocusArea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFocusArea_Measures(), this.getMeasure(), null, "measures", null, 0, -1, FocusArea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(strategyEClass, Strategy.class, "Strategy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getStrategy_SubStrategies(), this.getStrategy(), null, "subStrategies", null, 0, -1, Strategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategy_Measures(), this.getMeasure(), null, "measures", null, 0, -1, Strategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(measureEClass, Measure.class, "Measure", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMeasure_Responsible(), this.getActor(), null, "responsible", null, 0, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeasure_Partners(), this.getActor(), null, "partners", null, 0, -1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeasure_Schedule(), this.getSchedule(), null, "schedule", null, 0, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasure_Recurrence(), this.getRecurrence(), "recurrence", "NONE", 0, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasure_RecurrenceText(), ecorePackage.getEString(), "recurrenceText", null, 0, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasure_Status(), this.getMeasureStatus(), "status", "UNSPECIFIED", 0, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeasure_Cost(), this.getCost(), null, "cost", null, 0, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasure_Priority(), this.getPriority(), "priority", "UNSPECIFIED", 0, 1, Measure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scheduleEClass, Schedule.class, "Schedule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSchedule_Years(), ecorePackage.getEInt(), "years", null, 0, -1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchedule_Start(), ecorePackage.getEString(), "start", null, 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchedule_End(), ecorePackage.getEString(), "end", null, 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSchedule_Text(), ecorePackage.getEString(), "text", null, 0, 1, Schedule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(costEClass, Cost.class, "Cost", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCost_Amount(), ecorePackage.getEBigDecimal(), "amount", null, 0, 1, Cost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCost_Currency(), ecorePackage.getEString(), "currency", "NOK", 0, 1, Cost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCost_Text(), ecorePackage.getEString(), "text", null, 0, 1, Cost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(indicatorEClass, Indicator.class, "Indicator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIndicator_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Direction(), this.getDirection(), "direction", "UNSPECIFIED", 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Source(), ecorePackage.getEString(), "source", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndicator_SourceActor(), this.getActor(), null, "sourceActor", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Frequency(), ecorePackage.getEString(), "frequency", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndicator_Baseline(), this.getMeasurement(), null, "baseline", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndicator_Targets(), this.getMeasurement(), null, "targets", null, 0, -1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndicator_Actuals(), this.getMeasurement(), null, "actuals", null, 0, -1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndicator_Thresholds(), this.getThreshold(), null, "thresholds", null, 0, -1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(measurementEClass, Measurement.class, "Measurement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMeasurement_Value(), ecorePackage.getEBigDecimal(), "value", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasurement_Year(), ecorePackage.getEIntegerObject(), "year", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasurement_Period(), ecorePackage.getEString(), "period", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasurement_ValueText(), ecorePackage.getEString(), "valueText", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasurement_Comparison(), ecorePackage.getEString(), "comparison", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasurement_StatedIn(), ecorePackage.getEString(), "statedIn", null, 0, 1, Measurement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(thresholdEClass, Threshold.class, "Threshold", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getThreshold_Status(), this.getIndicatorStatus(), "status", null, 0, 1, Threshold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getThreshold_LowerBound(), ecorePackage.getEBigDecimal(), "lowerBound", null, 0, 1, Threshold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getThreshold_UpperBound(), ecorePackage.getEBigDecimal(), "upperBound", null, 0, 1, Threshold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getThreshold_Label(), ecorePackage.getEString(), "label", null, 0, 1, Threshold.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sdgReferenceEClass, SdgReference.class, "SdgReference", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSdgReference_Kind(), this.getSdgRelationKind(), "kind", "CONTRIBUTES_TO", 0, 1, SdgReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSdgReference_Goal(), this.getSdgGoal(), null, "goal", null, 0, 1, SdgReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSdgReference_Target(), this.getSdgTarget(), null, "target", null, 0, 1, SdgReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSdgReference_Label(), ecorePackage.getEString(), "label", null, 0, 1, SdgReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSdgReference_Unspecified(), ecorePackage.getEBoolean(), "unspecified", null, 0, 1, SdgReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sdgCatalogueEClass, SdgCatalogue.class, "SdgCatalogue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSdgCatalogue_Version(), ecorePackage.getEString(), "version", null, 0, 1, SdgCatalogue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSdgCatalogue_Source(), ecorePackage.getEString(), "source", null, 0, 1, SdgCatalogue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSdgCatalogue_Licence(), ecorePackage.getEString(), "licence", null, 0, 1, SdgCatalogue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSdgCatalogue_Goals(), this.getSdgGoal(), null, "goals", null, 0, -1, SdgCatalogue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sdgGoalEClass, SdgGoal.class, "SdgGoal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSdgGoal_Number(), ecorePackage.getEInt(), "number", null, 0, 1, SdgGoal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSdgGoal_NameNb(), ecorePackage.getEString(), "nameNb", null, 0, 1, SdgGoal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSdgGoal_NameEn(), ecorePackage.getEString(), "nameEn", null, 0, 1, SdgGoal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSdgGoal_TitleEn(), ecorePackage.getEString(), "titleEn", null, 0, 1, SdgGoal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSdgGoal_TitleNb(), ecorePackage.getEString(), "titleNb", null, 0, 1, SdgGoal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSdgGoal_Aliases(), ecorePackage.getEString(), "aliases", null, 0, -1, SdgGoal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSdgGoal_Colour(), ecorePackage.getEString(), "colour", null, 0, 1, SdgGoal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSdgGoal_Targets(), this.getSdgTarget(), null, "targets", null, 0, -1, SdgGoal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sdgTargetEClass, SdgTarget.class, "SdgTarget", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSdgTarget_Code(), ecorePackage.getEString(), "code", null, 0, 1, SdgTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSdgTarget_TextEn(), ecorePackage.getEString(), "textEn", null, 0, 1, SdgTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSdgTarget_TextNb(), ecorePackage.getEString(), "textNb", null, 0, 1, SdgTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSdgTarget_TextNbReviewed(), ecorePackage.getEBoolean(), "textNbReviewed", null, 0, 1, SdgTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(actorEClass, Actor.class, "Actor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActor_Name(), ecorePackage.getEString(), "name", null, 0, 1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActor_Kind(), this.getActorKind(), "kind", null, 0, 1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActor_Aliases(), ecorePackage.getEString(), "aliases", null, 0, -1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActor_Url(), ecorePackage.getEString(), "url", null, 0, 1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActor_PartOf(), this.getActor(), null, "partOf", null, 0, 1, Actor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(provenanceEClass, Provenance.class, "Provenance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProvenance_Source(), ecorePackage.getEString(), "source", null, 0, 1, Provenance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProvenance_Line(), ecorePackage.getEIntegerObject(), "line", null, 0, 1, Provenance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProvenance_EndLine(), ecorePackage.getEIntegerObject(), "endLine", null, 0, 1, Provenance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProvenance_Page(), ecorePackage.getEString(), "page", null, 0, 1, Provenance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(noteEClass, Note.class, "Note", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNote_Kind(), this.getNoteKind(), "kind", null, 0, 1, Note.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNote_Text(), ecorePackage.getEString(), "text", null, 0, 1, Note.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(templateOriginEClass, TemplateOrigin.class, "TemplateOrigin", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTemplateOrigin_TemplateId(), ecorePackage.getEString(), "templateId", null, 0, 1, TemplateOrigin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTemplateOrigin_TemplateVersion(), ecorePackage.getEString(), "templateVersion", null, 0, 1, TemplateOrigin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTemplateOrigin_ElementId(), ecorePackage.getEString(), "elementId", null, 0, 1, TemplateOrigin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sourceEClass, Source.class, "Source", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSource_Title(), ecorePackage.getEString(), "title", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Author(), ecorePackage.getEString(), "author", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Year(), ecorePackage.getEString(), "year", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSource_Url(), ecorePackage.getEString(), "url", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sectionEClass, Section.class, "Section", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSection_Code(), ecorePackage.getEString(), "code", null, 0, 1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSection_Title(), ecorePackage.getEString(), "title", null, 0, 1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSection_Blocks(), this.getProseBlock(), null, "blocks", null, 0, -1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSection_Subsections(), this.getSection(), null, "subsections", null, 0, -1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(proseBlockEClass, ProseBlock.class, "ProseBlock", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProseBlock_Text(), ecorePackage.getEString(), "text", null, 0, 1, ProseBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(paragraphEClass, Paragraph.class, "Paragraph", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(quoteEClass, Quote.class, "Quote", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getQuote_Attribution(), ecorePackage.getEString(), "attribution", null, 0, 1, Quote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(factBoxEClass, FactBox.class, "FactBox", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFactBox_Title(), ecorePackage.getEString(), "title", null, 0, 1, FactBox.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFactBox_Items(), ecorePackage.getEString(), "items", null, 0, -1, FactBox.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(figureCaptionEClass, FigureCaption.class, "FigureCaption", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFigureCaption_Image(), ecorePackage.getEString(), "image", null, 0, 1, FigureCaption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(bulletListEClass, BulletList.class, "BulletList", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBulletList_Items(), ecorePackage.getEString(), "items", null, 0, -1, BulletList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sourceListEClass, SourceList.class, "SourceList", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSourceList_Entries(), this.getSource(), null, "entries", null, 0, -1, SourceList.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(planKindEEnum, PlanKind.class, "PlanKind");
		addEEnumLiteral(planKindEEnum, PlanKind.STRATEGY);
		addEEnumLiteral(planKindEEnum, PlanKind.ACTION_PLAN);
		addEEnumLiteral(planKindEEnum, PlanKind.MASTER_PLAN);
		addEEnumLiteral(planKindEEnum, PlanKind.MASTER_PLAN_PART);
		addEEnumLiteral(planKindEEnum, PlanKind.SECTOR_PLAN);
		addEEnumLiteral(planKindEEnum, PlanKind.PROGRAMME);
		addEEnumLiteral(planKindEEnum, PlanKind.OTHER);

		initEEnum(partKindEEnum, PartKind.class, "PartKind");
		addEEnumLiteral(partKindEEnum, PartKind.STRATEGY_PART);
		addEEnumLiteral(partKindEEnum, PartKind.STATUS_PART);
		addEEnumLiteral(partKindEEnum, PartKind.ACTION_PART);
		addEEnumLiteral(partKindEEnum, PartKind.OTHER);

		initEEnum(termLevelEEnum, TermLevel.class, "TermLevel");
		addEEnumLiteral(termLevelEEnum, TermLevel.PLAN);
		addEEnumLiteral(termLevelEEnum, TermLevel.PART);
		addEEnumLiteral(termLevelEEnum, TermLevel.VISION);
		addEEnumLiteral(termLevelEEnum, TermLevel.AMBITION);
		addEEnumLiteral(termLevelEEnum, TermLevel.MAIN_GOAL);
		addEEnumLiteral(termLevelEEnum, TermLevel.EFFECT_GOAL);
		addEEnumLiteral(termLevelEEnum, TermLevel.SUB_GOAL);
		addEEnumLiteral(termLevelEEnum, TermLevel.FOCUS_AREA);
		addEEnumLiteral(termLevelEEnum, TermLevel.STRATEGY);
		addEEnumLiteral(termLevelEEnum, TermLevel.SUB_STRATEGY);
		addEEnumLiteral(termLevelEEnum, TermLevel.MEASURE);
		addEEnumLiteral(termLevelEEnum, TermLevel.INDICATOR);

		initEEnum(relationKindEEnum, RelationKind.class, "RelationKind");
		addEEnumLiteral(relationKindEEnum, RelationKind.CONCRETISES);
		addEEnumLiteral(relationKindEEnum, RelationKind.BUILDS_ON);
		addEEnumLiteral(relationKindEEnum, RelationKind.SUBORDINATE_TO);
		addEEnumLiteral(relationKindEEnum, RelationKind.REFERENCES);
		addEEnumLiteral(relationKindEEnum, RelationKind.REPLACES);

		initEEnum(goalKindEEnum, GoalKind.class, "GoalKind");
		addEEnumLiteral(goalKindEEnum, GoalKind.VISION);
		addEEnumLiteral(goalKindEEnum, GoalKind.AMBITION);
		addEEnumLiteral(goalKindEEnum, GoalKind.MAIN);
		addEEnumLiteral(goalKindEEnum, GoalKind.EFFECT);
		addEEnumLiteral(goalKindEEnum, GoalKind.SUB);

		initEEnum(recurrenceEEnum, Recurrence.class, "Recurrence");
		addEEnumLiteral(recurrenceEEnum, Recurrence.NONE);
		addEEnumLiteral(recurrenceEEnum, Recurrence.ONCE);
		addEEnumLiteral(recurrenceEEnum, Recurrence.ANNUAL);
		addEEnumLiteral(recurrenceEEnum, Recurrence.CONTINUOUS);
		addEEnumLiteral(recurrenceEEnum, Recurrence.OTHER);

		initEEnum(measureStatusEEnum, MeasureStatus.class, "MeasureStatus");
		addEEnumLiteral(measureStatusEEnum, MeasureStatus.UNSPECIFIED);
		addEEnumLiteral(measureStatusEEnum, MeasureStatus.PLANNED);
		addEEnumLiteral(measureStatusEEnum, MeasureStatus.ONGOING);
		addEEnumLiteral(measureStatusEEnum, MeasureStatus.COMPLETED);
		addEEnumLiteral(measureStatusEEnum, MeasureStatus.POSTPONED);
		addEEnumLiteral(measureStatusEEnum, MeasureStatus.CANCELLED);

		initEEnum(priorityEEnum, Priority.class, "Priority");
		addEEnumLiteral(priorityEEnum, Priority.UNSPECIFIED);
		addEEnumLiteral(priorityEEnum, Priority.HIGH);
		addEEnumLiteral(priorityEEnum, Priority.MEDIUM);
		addEEnumLiteral(priorityEEnum, Priority.LOW);

		initEEnum(directionEEnum, Direction.class, "Direction");
		addEEnumLiteral(directionEEnum, Direction.UNSPECIFIED);
		addEEnumLiteral(directionEEnum, Direction.HIGHER_IS_BETTER);
		addEEnumLiteral(directionEEnum, Direction.LOWER_IS_BETTER);
		addEEnumLiteral(directionEEnum, Direction.TARGET_RANGE);

		initEEnum(indicatorStatusEEnum, IndicatorStatus.class, "IndicatorStatus");
		addEEnumLiteral(indicatorStatusEEnum, IndicatorStatus.ON_TRACK);
		addEEnumLiteral(indicatorStatusEEnum, IndicatorStatus.AT_RISK);
		addEEnumLiteral(indicatorStatusEEnum, IndicatorStatus.OFF_TRACK);

		initEEnum(sdgRelationKindEEnum, SdgRelationKind.class, "SdgRelationKind");
		addEEnumLiteral(sdgRelationKindEEnum, SdgRelationKind.CONTRIBUTES_TO);
		addEEnumLiteral(sdgRelationKindEEnum, SdgRelationKind.ANCHORED_IN);
		addEEnumLiteral(sdgRelationKindEEnum, SdgRelationKind.SUPPORTS);
		addEEnumLiteral(sdgRelationKindEEnum, SdgRelationKind.CONFLICTS_WITH);

		initEEnum(actorKindEEnum, ActorKind.class, "ActorKind");
		addEEnumLiteral(actorKindEEnum, ActorKind.MUNICIPALITY);
		addEEnumLiteral(actorKindEEnum, ActorKind.COUNTY);
		addEEnumLiteral(actorKindEEnum, ActorKind.STATE_AGENCY);
		addEEnumLiteral(actorKindEEnum, ActorKind.UNIVERSITY);
		addEEnumLiteral(actorKindEEnum, ActorKind.COLLEGE);
		addEEnumLiteral(actorKindEEnum, ActorKind.HOSPITAL);
		addEEnumLiteral(actorKindEEnum, ActorKind.BUSINESS_COUNCIL);
		addEEnumLiteral(actorKindEEnum, ActorKind.BUSINESS);
		addEEnumLiteral(actorKindEEnum, ActorKind.CLUSTER);
		addEEnumLiteral(actorKindEEnum, ActorKind.PROGRAMME);
		addEEnumLiteral(actorKindEEnum, ActorKind.ORGANISATION);
		addEEnumLiteral(actorKindEEnum, ActorKind.POLITICAL_BODY);
		addEEnumLiteral(actorKindEEnum, ActorKind.OTHER);

		initEEnum(noteKindEEnum, NoteKind.class, "NoteKind");
		addEEnumLiteral(noteKindEEnum, NoteKind.COMMENT);
		addEEnumLiteral(noteKindEEnum, NoteKind.MISSING_IN_SOURCE);
		addEEnumLiteral(noteKindEEnum, NoteKind.EXTRACTION_DAMAGE);
		addEEnumLiteral(noteKindEEnum, NoteKind.EDITORIAL);
		addEEnumLiteral(noteKindEEnum, NoteKind.ASSUMPTION);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations()
	{
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (this,
		   source,
		   new String[]
		   {
			   "documentation", "The Veikart metamodel for Norwegian municipal strategic plans such as a business-development strategy (n\u00e6ringsstrategi), an action plan (handlingsplan) or a focus area of the municipal master plan (kommuneplan). It keeps every statement verbatim with the plan\'s own vocabulary and printed codes, and adds stable ids, indicators, links to the UN Sustainable Development Goals, actors, prose and provenance."
		   });
		addAnnotation
		  (identifiableEClass,
		   source,
		   new String[]
		   {
			   "documentation", "Base of everything that needs a stable identity. The id is independent of the printed code and of the position in the document, so it survives reordering, saving and reloading."
		   });
		addAnnotation
		  (getIdentifiable_Id(),
		   source,
		   new String[]
		   {
			   "documentation", "Stable, unique identifier such as \"g-7f3a2c\" (or \"sdg-8\" for catalogue entries). It is never the printed code and must not change when items are renumbered or moved."
		   });
		addAnnotation
		  (traceableEClass,
		   source,
		   new String[]
		   {
			   "documentation", "An identifiable element that can record where in the source document it was found and carry editorial notes, such as a \"missing in source\" marker."
		   });
		addAnnotation
		  (getTraceable_Provenance(),
		   source,
		   new String[]
		   {
			   "documentation", "Where in the source document (file, line, page) the content of this element was found; absent when unknown or not taken from a document."
		   });
		addAnnotation
		  (getTraceable_Notes(),
		   source,
		   new String[]
		   {
			   "documentation", "Editorial notes about this element, including \"missing in source\" markers and remarks on extraction damage."
		   });
		addAnnotation
		  (planElementEClass,
		   source,
		   new String[]
		   {
			   "documentation", "Common base of the statements that make up a plan: the plan itself, goals (m\u00e5l), focus areas (innsatsomr\u00e5der), strategies, measures (tiltak) and indicators. It holds the printed code, the verbatim title and text, and the cross-cutting links to indicators, SDGs, other elements and templates."
		   });
		addAnnotation
		  (getPlanElement__IsMissingInSource(),
		   source,
		   new String[]
		   {
			   "documentation", "Returns true if this element carries a note of kind MISSING_IN_SOURCE, meaning the source document lacks its text (as for Drammen\'s delm\u00e5l).",
			   "body", "for (<%org.veikart.model.Note%> note : getNotes())\n{\n\tif (note.getKind() == <%org.veikart.model.NoteKind%>.MISSING_IN_SOURCE)\n\t{\n\t\treturn true;\n\t}\n}\nreturn false;"
		   });
		addAnnotation
		  (getPlanElement_Code(),
		   source,
		   new String[]
		   {
			   "documentation", "The printed code exactly as in the source, such as \"Strategi A\", \"a)\", \"A1\" or \"1.\". Codes restart per parent and are separate from the stable id; null when the source prints none."
		   });
		addAnnotation
		  (getPlanElement_Title(),
		   source,
		   new String[]
		   {
			   "documentation", "The heading or short statement exactly as written in the source (verbatim), for example \"N\u00e6ringsvennlig kommune\"."
		   });
		addAnnotation
		  (getPlanElement_Text(),
		   source,
		   new String[]
		   {
			   "documentation", "The verbatim body text or full statement, which may span several lines; null when the source gives only a title."
		   });
		addAnnotation
		  (getPlanElement_SdgReferences(),
		   source,
		   new String[]
		   {
			   "documentation", "References from this element to UN Sustainable Development Goals (FNs b\u00e6rekraftsm\u00e5l) or their targets, with the label as written."
		   });
		addAnnotation
		  (getPlanElement_MeasuredBy(),
		   source,
		   new String[]
		   {
			   "documentation", "Indicators (indikatorer) that measure this element; an indicator can measure many elements and an element can have many indicators."
		   });
		addAnnotation
		  (getPlanElement_ContributesTo(),
		   source,
		   new String[]
		   {
			   "documentation", "Elements this element contributes to, for example an effect goal (effektm\u00e5l) to a main goal (hovedm\u00e5l) or a focus area to a main goal. Validation checks these links for cycles."
		   });
		addAnnotation
		  (getPlanElement_VariantOf(),
		   source,
		   new String[]
		   {
			   "documentation", "Other elements this one is a variant or duplicate of, for example the same measure \"\u00c5rlig utlysning av n\u00e6ringsfond\" listed under two strategies."
		   });
		addAnnotation
		  (getPlanElement_Duplicate(),
		   source,
		   new String[]
		   {
			   "documentation", "True when this element repeats another one in the source verbatim; the repeated element is linked through variantOf."
		   });
		addAnnotation
		  (getPlanElement_Origin(),
		   source,
		   new String[]
		   {
			   "documentation", "Set when this element was created from a reusable template, so it can be traced back to the template and updated when the template changes."
		   });
		addAnnotation
		  (planEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A strategic plan document of a municipality, such as a n\u00e6ringsstrategi, a handlingsplan or a focus area of the kommuneplan. It is the root of a plan model and contains the plan\'s period, parts, own vocabulary, relations to other documents, goals, focus areas, strategies, measures, indicators, actors and prose."
		   });
		addAnnotation
		  (getPlan_Kind(),
		   source,
		   new String[]
		   {
			   "documentation", "What kind of document this is, for example a strategy (strategi) or an action plan (handlingsplan). Unsettable: a kind the document states (even the default, strategy) is kept apart from one it does not state."
		   });
		addAnnotation
		  (getPlan_Language(),
		   source,
		   new String[]
		   {
			   "documentation", "BCP-47 language tag of the verbatim statements; \"nb\" (Norwegian bokm\u00e5l) by default."
		   });
		addAnnotation
		  (getPlan_Owner(),
		   source,
		   new String[]
		   {
			   "documentation", "The municipality or other body that owns the plan, for example Lillestr\u00f8m kommune."
		   });
		addAnnotation
		  (getPlan_Period(),
		   source,
		   new String[]
		   {
			   "documentation", "The period the plan covers, for example 2022-2030."
		   });
		addAnnotation
		  (getPlan_Parts(),
		   source,
		   new String[]
		   {
			   "documentation", "The parts of the plan that have their own period or update rule, for example strategidel, statusdel and tiltaksdel."
		   });
		addAnnotation
		  (getPlan_RevisionRule(),
		   source,
		   new String[]
		   {
			   "documentation", "How the plan is revised, as written, for example \"oppdateres \u00e5rlig\" (updated yearly)."
		   });
		addAnnotation
		  (getPlan_Adopted(),
		   source,
		   new String[]
		   {
			   "documentation", "Date of adoption (vedtatt) as a partial ISO date: \"2022\", \"2022-05\" or \"2022-05-17\"."
		   });
		addAnnotation
		  (getPlan_Published(),
		   source,
		   new String[]
		   {
			   "documentation", "Date of publication as a partial ISO date, for example \"2022-03-01\"."
		   });
		addAnnotation
		  (getPlan_AdoptedBy(),
		   source,
		   new String[]
		   {
			   "documentation", "The body that adopted the plan, as written, for example \"Kommunestyret\" (the municipal council)."
		   });
		addAnnotation
		  (getPlan_Vocabulary(),
		   source,
		   new String[]
		   {
			   "documentation", "The plan\'s own display terms per level, since every plan names its levels differently (\"innsatsomr\u00e5de\", \"satsing\", \"Delstrategi\", \"Tiltak\")."
		   });
		addAnnotation
		  (getPlan_Relations(),
		   source,
		   new String[]
		   {
			   "documentation", "Relations to other documents, for example that this handlingsplan concretises a strategy or is subordinate to the kommuneplan."
		   });
		addAnnotation
		  (getPlan_Actors(),
		   source,
		   new String[]
		   {
			   "documentation", "Actors local to this plan; actors shared by several plans live in an ActorRegistry."
		   });
		addAnnotation
		  (getPlan_Goals(),
		   source,
		   new String[]
		   {
			   "documentation", "Top-level goals of the plan, such as the vision (visjon), main ambition (hovedambisjon) and main goals (hovedm\u00e5l)."
		   });
		addAnnotation
		  (getPlan_FocusAreas(),
		   source,
		   new String[]
		   {
			   "documentation", "Top-level focus areas of the plan, such as innsatsomr\u00e5der or prioriterte satsinger."
		   });
		addAnnotation
		  (getPlan_Strategies(),
		   source,
		   new String[]
		   {
			   "documentation", "Strategies placed directly under the plan rather than under a goal or focus area."
		   });
		addAnnotation
		  (getPlan_Measures(),
		   source,
		   new String[]
		   {
			   "documentation", "Measures (tiltak) placed directly under the plan rather than under a focus area or strategy."
		   });
		addAnnotation
		  (getPlan_Indicators(),
		   source,
		   new String[]
		   {
			   "documentation", "The indicators defined by this plan; plan elements refer to them through measuredBy."
		   });
		addAnnotation
		  (getPlan_Sections(),
		   source,
		   new String[]
		   {
			   "documentation", "Prose sections such as the foreword (forord), background and values, kept so a report can reproduce the document."
		   });
		addAnnotation
		  (getPlan_Sources(),
		   source,
		   new String[]
		   {
			   "documentation", "The plan\'s source list or bibliography (kildeliste)."
		   });
		addAnnotation
		  (actorRegistryEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A file of actors shared by several plans, for example the municipalities, universities and business programmes of a region."
		   });
		addAnnotation
		  (getActorRegistry_Title(),
		   source,
		   new String[]
		   {
			   "documentation", "Human-readable title of the registry."
		   });
		addAnnotation
		  (getActorRegistry_Actors(),
		   source,
		   new String[]
		   {
			   "documentation", "The shared actors held in this registry."
		   });
		addAnnotation
		  (planPartEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A part of a plan with its own period or update rule, for example the strategy part (strategidel), status part (statusdel) or action part (tiltaksdel) of the S\u00f8rum strategy."
		   });
		addAnnotation
		  (getPlanPart_Title(),
		   source,
		   new String[]
		   {
			   "documentation", "Title of the part as written, for example \"Tiltaksdel 2018-2020\"."
		   });
		addAnnotation
		  (getPlanPart_Kind(),
		   source,
		   new String[]
		   {
			   "documentation", "What kind of part this is (strategy, status or action part). Unsettable: a stated kind (even the default, strategy part) is kept apart from an unstated one."
		   });
		addAnnotation
		  (getPlanPart_Period(),
		   source,
		   new String[]
		   {
			   "documentation", "The part\'s own period, which may differ from the plan period."
		   });
		addAnnotation
		  (getPlanPart_RevisionRule(),
		   source,
		   new String[]
		   {
			   "documentation", "How the part is revised, as written, for example \"oppdateres \u00e5rlig\"."
		   });
		addAnnotation
		  (getPlanPart_Elements(),
		   source,
		   new String[]
		   {
			   "documentation", "Optional list of the plan elements that belong to this part."
		   });
		addAnnotation
		  (periodEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A span of years, kept both as numbers and as written. It is a value object without identity."
		   });
		addAnnotation
		  (getPeriod_StartYear(),
		   source,
		   new String[]
		   {
			   "documentation", "First year of the period; null when unknown or unset."
		   });
		addAnnotation
		  (getPeriod_EndYear(),
		   source,
		   new String[]
		   {
			   "documentation", "Last year of the period (inclusive); null when open or unset."
		   });
		addAnnotation
		  (getPeriod_Label(),
		   source,
		   new String[]
		   {
			   "documentation", "The period as written in the source, for example \"2022 - 2030\"."
		   });
		addAnnotation
		  (termEClass,
		   source,
		   new String[]
		   {
			   "documentation", "An entry of a plan\'s vocabulary: the plan\'s own Norwegian word for one level of its structure, used for display."
		   });
		addAnnotation
		  (getTerm_Level(),
		   source,
		   new String[]
		   {
			   "documentation", "The structural level this term names, for example FOCUS_AREA."
		   });
		addAnnotation
		  (getTerm_Singular(),
		   source,
		   new String[]
		   {
			   "documentation", "Singular form as used in the plan, for example \"Innsatsomr\u00e5de\"."
		   });
		addAnnotation
		  (getTerm_Plural(),
		   source,
		   new String[]
		   {
			   "documentation", "Plural form as used in the plan, for example \"Innsatsomr\u00e5der\"."
		   });
		addAnnotation
		  (documentRelationEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A relation from a plan to another document, for example that the Lillestr\u00f8m handlingsplan concretises the strategy, or that a plan builds on the kommuneplan or a regional strategy."
		   });
		addAnnotation
		  (getDocumentRelation_Kind(),
		   source,
		   new String[]
		   {
			   "documentation", "The kind of relation, for example CONCRETISES or SUBORDINATE_TO."
		   });
		addAnnotation
		  (getDocumentRelation_TargetPlan(),
		   source,
		   new String[]
		   {
			   "documentation", "The other plan when it is modelled, possibly in another file; null when it is known only by title."
		   });
		addAnnotation
		  (getDocumentRelation_DocumentTitle(),
		   source,
		   new String[]
		   {
			   "documentation", "Title of the other document as written, when it is not modelled or in addition to targetPlan, for example \"Kommuneplanens samfunnsdel\"."
		   });
		addAnnotation
		  (getDocumentRelation_Url(),
		   source,
		   new String[]
		   {
			   "documentation", "Web address of the other document, if known."
		   });
		addAnnotation
		  (goalEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A goal (m\u00e5l) of a plan at any level: vision (visjon), main ambition (hovedambisjon), main goal (hovedm\u00e5l), effect goal (effektm\u00e5l) or sub-goal (delm\u00e5l). Goals can hold sub-goals and strategies, and may be quoted from another document."
		   });
		addAnnotation
		  (getGoal__IsOwned(),
		   source,
		   new String[]
		   {
			   "documentation", "Returns true if the goal belongs to this plan, that is, it is not quoted from another document (quotedFrom is not set).",
			   "body", "return getQuotedFrom() == null;"
		   });
		addAnnotation
		  (getGoal_Kind(),
		   source,
		   new String[]
		   {
			   "documentation", "The level of the goal, for example MAIN for a hovedm\u00e5l or EFFECT for an effektm\u00e5l."
		   });
		addAnnotation
		  (getGoal_QuotedFrom(),
		   source,
		   new String[]
		   {
			   "documentation", "Present when the goal is quoted from another document (for example the vision from the kommuneplan) and is therefore not owned by this plan."
		   });
		addAnnotation
		  (getGoal_SubGoals(),
		   source,
		   new String[]
		   {
			   "documentation", "Sub-goals (delm\u00e5l) or effect goals nested under this goal."
		   });
		addAnnotation
		  (getGoal_Strategies(),
		   source,
		   new String[]
		   {
			   "documentation", "Strategies that serve this goal and are placed under it in the document."
		   });
		addAnnotation
		  (quotationEClass,
		   source,
		   new String[]
		   {
			   "documentation", "Marks where a goal quoted from another document comes from, for example a vision taken from the kommuneplanens samfunnsdel."
		   });
		addAnnotation
		  (getQuotation_SourcePlan(),
		   source,
		   new String[]
		   {
			   "documentation", "The quoted plan when it is modelled; null when it is known only by title."
		   });
		addAnnotation
		  (getQuotation_SourceTitle(),
		   source,
		   new String[]
		   {
			   "documentation", "Title of the quoted document as written, for example \"Kommuneplanens samfunnsdel\"."
		   });
		addAnnotation
		  (getQuotation_Page(),
		   source,
		   new String[]
		   {
			   "documentation", "Page or section in the quoted document, as written."
		   });
		addAnnotation
		  (focusAreaEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A focus area of a plan, called innsatsomr\u00e5de, satsing or politisk satsingsomr\u00e5de depending on the plan. It can hold goals, sub-areas, strategies and measures."
		   });
		addAnnotation
		  (getFocusArea_Goals(),
		   source,
		   new String[]
		   {
			   "documentation", "Goals that belong to this focus area."
		   });
		addAnnotation
		  (getFocusArea_SubAreas(),
		   source,
		   new String[]
		   {
			   "documentation", "Nested focus areas."
		   });
		addAnnotation
		  (getFocusArea_Strategies(),
		   source,
		   new String[]
		   {
			   "documentation", "Strategies under this focus area, for example \"Strategi A\" to \"Strategi C\" whose letters restart per area."
		   });
		addAnnotation
		  (getFocusArea_Measures(),
		   source,
		   new String[]
		   {
			   "documentation", "Measures (tiltak) placed directly under this focus area."
		   });
		addAnnotation
		  (strategyEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A strategy (strategi) describing how a goal or focus area is to be pursued, for example Drammen\'s \"A1\". Strategies can have sub-strategies (delstrategier) and measures."
		   });
		addAnnotation
		  (getStrategy_SubStrategies(),
		   source,
		   new String[]
		   {
			   "documentation", "Sub-strategies (delstrategier) under this strategy."
		   });
		addAnnotation
		  (getStrategy_Measures(),
		   source,
		   new String[]
		   {
			   "documentation", "Measures (tiltak) that implement this strategy."
		   });
		addAnnotation
		  (measureEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A measure (tiltak): a concrete action, usually a short imperative sentence, with optional responsible actor, partners, schedule, recurrence, status, cost and priority. The seed plans leave most of these empty, so all of them are optional."
		   });
		addAnnotation
		  (getMeasure_Responsible(),
		   source,
		   new String[]
		   {
			   "documentation", "The actor responsible for carrying out the measure (ansvarlig), if stated."
		   });
		addAnnotation
		  (getMeasure_Partners(),
		   source,
		   new String[]
		   {
			   "documentation", "Partners (samarbeidspartnere) involved in the measure."
		   });
		addAnnotation
		  (getMeasure_Schedule(),
		   source,
		   new String[]
		   {
			   "documentation", "When the measure is carried out: explicit years, a start and end, or the schedule as written."
		   });
		addAnnotation
		  (getMeasure_Recurrence(),
		   source,
		   new String[]
		   {
			   "documentation", "How often the measure recurs; NONE by default."
		   });
		addAnnotation
		  (getMeasure_RecurrenceText(),
		   source,
		   new String[]
		   {
			   "documentation", "The recurrence as written, for example \"\u00e5rlig\" (yearly)."
		   });
		addAnnotation
		  (getMeasure_Status(),
		   source,
		   new String[]
		   {
			   "documentation", "Progress status of the measure; UNSPECIFIED by default."
		   });
		addAnnotation
		  (getMeasure_Cost(),
		   source,
		   new String[]
		   {
			   "documentation", "Estimated or budgeted cost of the measure, if stated."
		   });
		addAnnotation
		  (getMeasure_Priority(),
		   source,
		   new String[]
		   {
			   "documentation", "Priority of the measure; UNSPECIFIED by default."
		   });
		addAnnotation
		  (scheduleEClass,
		   source,
		   new String[]
		   {
			   "documentation", "When a measure is to be carried out, as explicit years, a start and end date, and the wording of the source."
		   });
		addAnnotation
		  (getSchedule_Years(),
		   source,
		   new String[]
		   {
			   "documentation", "Explicit years in which the measure is carried out, for example 2022, 2023 and 2024 (ordered, each year once)."
		   });
		addAnnotation
		  (getSchedule_Start(),
		   source,
		   new String[]
		   {
			   "documentation", "Start as a partial ISO date, for example \"2022\" or \"2022-09\"."
		   });
		addAnnotation
		  (getSchedule_End(),
		   source,
		   new String[]
		   {
			   "documentation", "End as a partial ISO date, for example \"2024\"."
		   });
		addAnnotation
		  (getSchedule_Text(),
		   source,
		   new String[]
		   {
			   "documentation", "The schedule as written in the source, for example \"2022-2024\" or \"h\u00f8sten 2022\"."
		   });
		addAnnotation
		  (costEClass,
		   source,
		   new String[]
		   {
			   "documentation", "The cost of a measure, as an amount with currency and as written."
		   });
		addAnnotation
		  (getCost_Amount(),
		   source,
		   new String[]
		   {
			   "documentation", "The amount as a number; null when only the wording is known."
		   });
		addAnnotation
		  (getCost_Currency(),
		   source,
		   new String[]
		   {
			   "documentation", "ISO 4217 currency code of the amount; \"NOK\" by default."
		   });
		addAnnotation
		  (getCost_Text(),
		   source,
		   new String[]
		   {
			   "documentation", "The cost as written, for example \"500 000 kr per \u00e5r\"."
		   });
		addAnnotation
		  (indicatorEClass,
		   source,
		   new String[]
		   {
			   "documentation", "An indicator (indikator) used to measure goals or other elements, such as the NHO Kommune-NM rank or value added per employee. It has a unit, a direction, a source, a baseline, targets, actual values and status thresholds, and is linked to elements many-to-many."
		   });
		addAnnotation
		  (getIndicator_Unit(),
		   source,
		   new String[]
		   {
			   "documentation", "Unit of the values as written, for example \"plass\" (rank), \"%\" or \"NOK per sysselsatt\"."
		   });
		addAnnotation
		  (getIndicator_Direction(),
		   source,
		   new String[]
		   {
			   "documentation", "Whether higher or lower values are better; UNSPECIFIED by default."
		   });
		addAnnotation
		  (getIndicator_Source(),
		   source,
		   new String[]
		   {
			   "documentation", "Data source as written, for example \"NHO Kommune-NM\", \"Telemarksforskning\", \"SSB\" or the municipality\'s own business survey."
		   });
		addAnnotation
		  (getIndicator_SourceActor(),
		   source,
		   new String[]
		   {
			   "documentation", "The actor that publishes the data, when modelled, for example Statistisk sentralbyr\u00e5 (SSB)."
		   });
		addAnnotation
		  (getIndicator_Frequency(),
		   source,
		   new String[]
		   {
			   "documentation", "How often the indicator is measured, as written, for example \"\u00e5rlig\" (yearly)."
		   });
		addAnnotation
		  (getIndicator_Baseline(),
		   source,
		   new String[]
		   {
			   "documentation", "The starting value (utgangspunkt), for example 18th place in NHO Kommune-NM 2021; it may be stated in another document than the goal."
		   });
		addAnnotation
		  (getIndicator_Targets(),
		   source,
		   new String[]
		   {
			   "documentation", "Target values (m\u00e5lverdier), typically one per year."
		   });
		addAnnotation
		  (getIndicator_Actuals(),
		   source,
		   new String[]
		   {
			   "documentation", "Actual measured values per year or period."
		   });
		addAnnotation
		  (getIndicator_Thresholds(),
		   source,
		   new String[]
		   {
			   "documentation", "Value ranges that map a measured value to a status such as on track or at risk."
		   });
		addAnnotation
		  (measurementEClass,
		   source,
		   new String[]
		   {
			   "documentation", "One value of an indicator (baseline, target or actual) for a year or period, kept both as a number and verbatim."
		   });
		addAnnotation
		  (getMeasurement_Value(),
		   source,
		   new String[]
		   {
			   "documentation", "The numeric value; null when only the wording is known."
		   });
		addAnnotation
		  (getMeasurement_Year(),
		   source,
		   new String[]
		   {
			   "documentation", "The year the value applies to; null when unset or when a period is given instead."
		   });
		addAnnotation
		  (getMeasurement_Period(),
		   source,
		   new String[]
		   {
			   "documentation", "The period the value applies to when it is not a single year, for example \"2018-2020\"."
		   });
		addAnnotation
		  (getMeasurement_ValueText(),
		   source,
		   new String[]
		   {
			   "documentation", "The value as written, for example \"18. plass\" or \"8,2 %\"."
		   });
		addAnnotation
		  (getMeasurement_Comparison(),
		   source,
		   new String[]
		   {
			   "documentation", "A reference value as written, for example \"10 % nasjonalt\" (10 % nationally)."
		   });
		addAnnotation
		  (getMeasurement_StatedIn(),
		   source,
		   new String[]
		   {
			   "documentation", "The document in which the value is stated, when it is not this plan."
		   });
		addAnnotation
		  (thresholdEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A status threshold of an indicator: values within the bounds give the stated status."
		   });
		addAnnotation
		  (getThreshold_Status(),
		   source,
		   new String[]
		   {
			   "documentation", "The status assigned to values within this range."
		   });
		addAnnotation
		  (getThreshold_LowerBound(),
		   source,
		   new String[]
		   {
			   "documentation", "Inclusive lower bound; null means open (no lower limit)."
		   });
		addAnnotation
		  (getThreshold_UpperBound(),
		   source,
		   new String[]
		   {
			   "documentation", "Exclusive upper bound; null means open (no upper limit)."
		   });
		addAnnotation
		  (getThreshold_Label(),
		   source,
		   new String[]
		   {
			   "documentation", "Display label of the range, for example \"I rute\" (on track)."
		   });
		addAnnotation
		  (sdgReferenceEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A reference from a plan element to a UN Sustainable Development Goal (FNs b\u00e6rekraftsm\u00e5l) or one of its targets, for example \"forankret i FNs b\u00e6rekraftsm\u00e5l nr. 8\". It can also mark SDGs that are referenced but cannot be identified."
		   });
		addAnnotation
		  (getSdgReference_Kind(),
		   source,
		   new String[]
		   {
			   "documentation", "How the element relates to the goal or target; CONTRIBUTES_TO by default."
		   });
		addAnnotation
		  (getSdgReference_Goal(),
		   source,
		   new String[]
		   {
			   "documentation", "The referenced goal in the SDG catalogue, for example goal 8."
		   });
		addAnnotation
		  (getSdgReference_Target(),
		   source,
		   new String[]
		   {
			   "documentation", "The referenced target (FN-delm\u00e5l), for example 8.2; its goal is implied."
		   });
		addAnnotation
		  (getSdgReference_Label(),
		   source,
		   new String[]
		   {
			   "documentation", "The reference as written in the source, for example \"FNs b\u00e6rekraftsm\u00e5l nr. 3\"."
		   });
		addAnnotation
		  (getSdgReference_Unspecified(),
		   source,
		   new String[]
		   {
			   "documentation", "True when the source refers to SDGs that cannot be identified from the text, as on Drammen\'s page where they appear only in an image."
		   });
		addAnnotation
		  (sdgCatalogueEClass,
		   source,
		   new String[]
		   {
			   "documentation", "The catalogue of the 17 UN Sustainable Development Goals and their 169 targets in Norwegian and English, shipped as versioned data by the org.veikart.sdg bundle."
		   });
		addAnnotation
		  (getSdgCatalogue_Version(),
		   source,
		   new String[]
		   {
			   "documentation", "Version of the catalogue, for example \"2020\" after the 2020 comprehensive review."
		   });
		addAnnotation
		  (getSdgCatalogue_Source(),
		   source,
		   new String[]
		   {
			   "documentation", "Where the goal and target texts come from, for example the open-sdg sdg-translations data at a given commit."
		   });
		addAnnotation
		  (getSdgCatalogue_Licence(),
		   source,
		   new String[]
		   {
			   "documentation", "Licence of the catalogue texts, for example \"MIT\" for the open-sdg data."
		   });
		addAnnotation
		  (getSdgCatalogue_Goals(),
		   source,
		   new String[]
		   {
			   "documentation", "The goals of the catalogue, in numeric order."
		   });
		addAnnotation
		  (sdgGoalEClass,
		   source,
		   new String[]
		   {
			   "documentation", "One of the 17 UN Sustainable Development Goals (b\u00e6rekraftsm\u00e5l), with id such as \"sdg-8\", names in Norwegian and English and its official colour."
		   });
		addAnnotation
		  (getSdgGoal_Number(),
		   source,
		   new String[]
		   {
			   "documentation", "The goal number, 1 to 17."
		   });
		addAnnotation
		  (getSdgGoal_NameNb(),
		   source,
		   new String[]
		   {
			   "documentation", "Short Norwegian (bokm\u00e5l) name, for example \"Anstendig arbeid og \u00f8konomisk vekst\"."
		   });
		addAnnotation
		  (getSdgGoal_NameEn(),
		   source,
		   new String[]
		   {
			   "documentation", "Short English name, for example \"Decent work and economic growth\"."
		   });
		addAnnotation
		  (getSdgGoal_TitleEn(),
		   source,
		   new String[]
		   {
			   "documentation", "The long official English goal text."
		   });
		addAnnotation
		  (getSdgGoal_TitleNb(),
		   source,
		   new String[]
		   {
			   "documentation", "The long goal text in Norwegian (bokm\u00e5l)."
		   });
		addAnnotation
		  (getSdgGoal_Aliases(),
		   source,
		   new String[]
		   {
			   "documentation", "Other names in use for the goal, for example open-sdg\'s \"Ingen fattigdom\" for goal 1, whose name here is \"Utrydde fattigdom\"."
		   });
		addAnnotation
		  (getSdgGoal_Colour(),
		   source,
		   new String[]
		   {
			   "documentation", "The official goal colour as a hex code, for example \"#A21942\"."
		   });
		addAnnotation
		  (getSdgGoal_Targets(),
		   source,
		   new String[]
		   {
			   "documentation", "The targets (FN-delm\u00e5l) of this goal."
		   });
		addAnnotation
		  (sdgTargetEClass,
		   source,
		   new String[]
		   {
			   "documentation", "One of the 169 targets of the UN Sustainable Development Goals, with id such as \"sdg-8.2\". In Norwegian these are also called delm\u00e5l; the UI calls them \"FN-delm\u00e5l\" to avoid confusion with a plan\'s own sub-goals."
		   });
		addAnnotation
		  (getSdgTarget_Code(),
		   source,
		   new String[]
		   {
			   "documentation", "The official target code, for example \"8.2\" or \"8.a\"."
		   });
		addAnnotation
		  (getSdgTarget_TextEn(),
		   source,
		   new String[]
		   {
			   "documentation", "The official English target text."
		   });
		addAnnotation
		  (getSdgTarget_TextNb(),
		   source,
		   new String[]
		   {
			   "documentation", "The Norwegian (bokm\u00e5l) target text; null where no reliable source exists."
		   });
		addAnnotation
		  (getSdgTarget_TextNbReviewed(),
		   source,
		   new String[]
		   {
			   "documentation", "True when the Norwegian text has been reviewed; false marks a draft translation, since the open-sdg bokm\u00e5l texts are partly machine translated."
		   });
		addAnnotation
		  (actorEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A body that owns, is responsible for, takes part in or supplies data to a plan, such as a municipality, university, hospital, business council (n\u00e6ringsr\u00e5d) or programme (Ungt Entrepren\u00f8rskap, Innovasjon Norge)."
		   });
		addAnnotation
		  (getActor_Name(),
		   source,
		   new String[]
		   {
			   "documentation", "The actor\'s name, for example \"OsloMet\"."
		   });
		addAnnotation
		  (getActor_Kind(),
		   source,
		   new String[]
		   {
			   "documentation", "What kind of body the actor is."
		   });
		addAnnotation
		  (getActor_Aliases(),
		   source,
		   new String[]
		   {
			   "documentation", "Other names under which the actor appears in the sources, for example \"Oslo Met\" for OsloMet."
		   });
		addAnnotation
		  (getActor_Url(),
		   source,
		   new String[]
		   {
			   "documentation", "Web address of the actor."
		   });
		addAnnotation
		  (getActor_PartOf(),
		   source,
		   new String[]
		   {
			   "documentation", "The actor this one is part of, for example a unit of the municipality."
		   });
		addAnnotation
		  (provenanceEClass,
		   source,
		   new String[]
		   {
			   "documentation", "Where in the source document an element was found, so that it can be traced and checked against the original."
		   });
		addAnnotation
		  (getProvenance_Source(),
		   source,
		   new String[]
		   {
			   "documentation", "The source document or file, for example \"seeds/001_634af28027b98686.txt\"."
		   });
		addAnnotation
		  (getProvenance_Line(),
		   source,
		   new String[]
		   {
			   "documentation", "First line in the source (1-based); null when unknown."
		   });
		addAnnotation
		  (getProvenance_EndLine(),
		   source,
		   new String[]
		   {
			   "documentation", "Last line in the source (1-based, inclusive); null when unknown or when the content is on one line."
		   });
		addAnnotation
		  (getProvenance_Page(),
		   source,
		   new String[]
		   {
			   "documentation", "Page in the source document, as printed."
		   });
		addAnnotation
		  (noteEClass,
		   source,
		   new String[]
		   {
			   "documentation", "An editorial note attached to an element, for example a marker that the element\'s text is missing in the source or a remark on extraction damage."
		   });
		addAnnotation
		  (getNote_Kind(),
		   source,
		   new String[]
		   {
			   "documentation", "What kind of note this is, for example MISSING_IN_SOURCE."
		   });
		addAnnotation
		  (getNote_Text(),
		   source,
		   new String[]
		   {
			   "documentation", "The note text."
		   });
		addAnnotation
		  (templateOriginEClass,
		   source,
		   new String[]
		   {
			   "documentation", "Records that an element was created from a reusable template, such as \"N\u00e6ringsvennlig kommune\", so that it can be tracked back to the template and receive template updates."
		   });
		addAnnotation
		  (getTemplateOrigin_TemplateId(),
		   source,
		   new String[]
		   {
			   "documentation", "Id of the template the element was created from."
		   });
		addAnnotation
		  (getTemplateOrigin_TemplateVersion(),
		   source,
		   new String[]
		   {
			   "documentation", "Version of the template at the time the element was created or last updated."
		   });
		addAnnotation
		  (getTemplateOrigin_ElementId(),
		   source,
		   new String[]
		   {
			   "documentation", "Id of the corresponding element inside the template."
		   });
		addAnnotation
		  (sourceEClass,
		   source,
		   new String[]
		   {
			   "documentation", "An entry of a plan\'s source list (kildeliste) or bibliography."
		   });
		addAnnotation
		  (getSource_Title(),
		   source,
		   new String[]
		   {
			   "documentation", "Title of the source as written."
		   });
		addAnnotation
		  (getSource_Author(),
		   source,
		   new String[]
		   {
			   "documentation", "Author or publisher of the source."
		   });
		addAnnotation
		  (getSource_Year(),
		   source,
		   new String[]
		   {
			   "documentation", "Year of publication as written."
		   });
		addAnnotation
		  (getSource_Url(),
		   source,
		   new String[]
		   {
			   "documentation", "Web address of the source."
		   });
		addAnnotation
		  (sectionEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A prose section of the plan, such as the foreword (forord), background or values, kept so that an HTML report can reproduce the document."
		   });
		addAnnotation
		  (getSection_Code(),
		   source,
		   new String[]
		   {
			   "documentation", "Printed section number or code, if any."
		   });
		addAnnotation
		  (getSection_Title(),
		   source,
		   new String[]
		   {
			   "documentation", "Section heading as written."
		   });
		addAnnotation
		  (getSection_Blocks(),
		   source,
		   new String[]
		   {
			   "documentation", "The prose blocks of the section in document order."
		   });
		addAnnotation
		  (getSection_Subsections(),
		   source,
		   new String[]
		   {
			   "documentation", "Nested sections."
		   });
		addAnnotation
		  (proseBlockEClass,
		   source,
		   new String[]
		   {
			   "documentation", "Base of the blocks of prose within a section: paragraphs, quotes, fact boxes, figure captions, bullet lists and source lists."
		   });
		addAnnotation
		  (getProseBlock_Text(),
		   source,
		   new String[]
		   {
			   "documentation", "The verbatim text of the block; it may contain Markdown."
		   });
		addAnnotation
		  (paragraphEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A plain paragraph of prose text."
		   });
		addAnnotation
		  (quoteEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A quotation set off in the document, for example a statement by the mayor (ordf\u00f8rer)."
		   });
		addAnnotation
		  (getQuote_Attribution(),
		   source,
		   new String[]
		   {
			   "documentation", "Who the quote is attributed to, as written."
		   });
		addAnnotation
		  (factBoxEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A fact box (faktaboks) with a title and a list of short facts, for example key figures on local business."
		   });
		addAnnotation
		  (getFactBox_Title(),
		   source,
		   new String[]
		   {
			   "documentation", "Title of the fact box."
		   });
		addAnnotation
		  (getFactBox_Items(),
		   source,
		   new String[]
		   {
			   "documentation", "The facts listed in the box, in order."
		   });
		addAnnotation
		  (figureCaptionEClass,
		   source,
		   new String[]
		   {
			   "documentation", "The caption of a figure or image in the document; the text holds the caption."
		   });
		addAnnotation
		  (getFigureCaption_Image(),
		   source,
		   new String[]
		   {
			   "documentation", "Reference to the image, as a path or a description of it."
		   });
		addAnnotation
		  (bulletListEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A bulleted list of items in the prose."
		   });
		addAnnotation
		  (getBulletList_Items(),
		   source,
		   new String[]
		   {
			   "documentation", "The list items, in order."
		   });
		addAnnotation
		  (sourceListEClass,
		   source,
		   new String[]
		   {
			   "documentation", "A block in the prose that lists sources (kilder), referring to entries of the plan\'s source list."
		   });
		addAnnotation
		  (getSourceList_Entries(),
		   source,
		   new String[]
		   {
			   "documentation", "The sources listed in this block, in order."
		   });
		addAnnotation
		  (planKindEEnum,
		   source,
		   new String[]
		   {
			   "documentation", "The kind of planning document."
		   });
		addAnnotation
		  (planKindEEnum.getELiterals().get(0),
		   source,
		   new String[]
		   {
			   "documentation", "A strategy (strategi), for example a n\u00e6ringsstrategi covering many years."
		   });
		addAnnotation
		  (planKindEEnum.getELiterals().get(1),
		   source,
		   new String[]
		   {
			   "documentation", "An action plan (handlingsplan) that concretises a strategy with measures for a shorter period."
		   });
		addAnnotation
		  (planKindEEnum.getELiterals().get(2),
		   source,
		   new String[]
		   {
			   "documentation", "The municipal master plan (kommuneplan)."
		   });
		addAnnotation
		  (planKindEEnum.getELiterals().get(3),
		   source,
		   new String[]
		   {
			   "documentation", "A part of the municipal master plan, for example the social element (samfunnsdel) or one of its focus areas."
		   });
		addAnnotation
		  (planKindEEnum.getELiterals().get(4),
		   source,
		   new String[]
		   {
			   "documentation", "A sector plan (sektorplan or temaplan) for one area of the municipality\'s responsibility."
		   });
		addAnnotation
		  (planKindEEnum.getELiterals().get(5),
		   source,
		   new String[]
		   {
			   "documentation", "A programme (program) that bundles several efforts."
		   });
		addAnnotation
		  (planKindEEnum.getELiterals().get(6),
		   source,
		   new String[]
		   {
			   "documentation", "Any other kind of planning document."
		   });
		addAnnotation
		  (partKindEEnum,
		   source,
		   new String[]
		   {
			   "documentation", "The kind of a plan part."
		   });
		addAnnotation
		  (partKindEEnum.getELiterals().get(0),
		   source,
		   new String[]
		   {
			   "documentation", "The strategy part (strategidel) with vision, goals and strategies."
		   });
		addAnnotation
		  (partKindEEnum.getELiterals().get(1),
		   source,
		   new String[]
		   {
			   "documentation", "The status part (statusdel) describing the current situation."
		   });
		addAnnotation
		  (partKindEEnum.getELiterals().get(2),
		   source,
		   new String[]
		   {
			   "documentation", "The action part (tiltaksdel) with measures, often updated yearly."
		   });
		addAnnotation
		  (partKindEEnum.getELiterals().get(3),
		   source,
		   new String[]
		   {
			   "documentation", "Any other kind of part."
		   });
		addAnnotation
		  (termLevelEEnum,
		   source,
		   new String[]
		   {
			   "documentation", "The structural levels of a plan for which a plan defines its own display term."
		   });
		addAnnotation
		  (termLevelEEnum.getELiterals().get(0),
		   source,
		   new String[]
		   {
			   "documentation", "The plan itself, for example \"Strategi\" or \"Handlingsplan\"."
		   });
		addAnnotation
		  (termLevelEEnum.getELiterals().get(1),
		   source,
		   new String[]
		   {
			   "documentation", "A part of the plan, for example \"Tiltaksdel\"."
		   });
		addAnnotation
		  (termLevelEEnum.getELiterals().get(2),
		   source,
		   new String[]
		   {
			   "documentation", "The vision, for example \"Visjon\"."
		   });
		addAnnotation
		  (termLevelEEnum.getELiterals().get(3),
		   source,
		   new String[]
		   {
			   "documentation", "The main ambition, for example \"Hovedambisjon\"."
		   });
		addAnnotation
		  (termLevelEEnum.getELiterals().get(4),
		   source,
		   new String[]
		   {
			   "documentation", "A main goal, for example \"Hovedm\u00e5l\"."
		   });
		addAnnotation
		  (termLevelEEnum.getELiterals().get(5),
		   source,
		   new String[]
		   {
			   "documentation", "An effect goal, for example \"Effektm\u00e5l\"."
		   });
		addAnnotation
		  (termLevelEEnum.getELiterals().get(6),
		   source,
		   new String[]
		   {
			   "documentation", "A sub-goal, for example \"Delm\u00e5l\"."
		   });
		addAnnotation
		  (termLevelEEnum.getELiterals().get(7),
		   source,
		   new String[]
		   {
			   "documentation", "A focus area, for example \"Innsatsomr\u00e5de\", \"Satsing\" or \"Politisk satsingsomr\u00e5de\"."
		   });
		addAnnotation
		  (termLevelEEnum.getELiterals().get(8),
		   source,
		   new String[]
		   {
			   "documentation", "A strategy, for example \"Strategi\"."
		   });
		addAnnotation
		  (termLevelEEnum.getELiterals().get(9),
		   source,
		   new String[]
		   {
			   "documentation", "A sub-strategy, for example \"Delstrategi\"."
		   });
		addAnnotation
		  (termLevelEEnum.getELiterals().get(10),
		   source,
		   new String[]
		   {
			   "documentation", "A measure, for example \"Tiltak\"."
		   });
		addAnnotation
		  (termLevelEEnum.getELiterals().get(11),
		   source,
		   new String[]
		   {
			   "documentation", "An indicator, for example \"Indikator\" or \"M\u00e5leindikator\"."
		   });
		addAnnotation
		  (relationKindEEnum,
		   source,
		   new String[]
		   {
			   "documentation", "How a plan relates to another document."
		   });
		addAnnotation
		  (relationKindEEnum.getELiterals().get(0),
		   source,
		   new String[]
		   {
			   "documentation", "This plan concretises the other one, as a handlingsplan concretises a strategy."
		   });
		addAnnotation
		  (relationKindEEnum.getELiterals().get(1),
		   source,
		   new String[]
		   {
			   "documentation", "This plan builds on the other document, for example an earlier strategy."
		   });
		addAnnotation
		  (relationKindEEnum.getELiterals().get(2),
		   source,
		   new String[]
		   {
			   "documentation", "This plan is subordinate to the other one, for example to the kommuneplan or a regional strategy."
		   });
		addAnnotation
		  (relationKindEEnum.getELiterals().get(3),
		   source,
		   new String[]
		   {
			   "documentation", "This plan merely refers to the other document."
		   });
		addAnnotation
		  (relationKindEEnum.getELiterals().get(4),
		   source,
		   new String[]
		   {
			   "documentation", "This plan replaces the other one."
		   });
		addAnnotation
		  (goalKindEEnum,
		   source,
		   new String[]
		   {
			   "documentation", "The level of a goal in the plan\'s goal hierarchy."
		   });
		addAnnotation
		  (goalKindEEnum.getELiterals().get(0),
		   source,
		   new String[]
		   {
			   "documentation", "A vision (visjon): the long-term picture of the desired future."
		   });
		addAnnotation
		  (goalKindEEnum.getELiterals().get(1),
		   source,
		   new String[]
		   {
			   "documentation", "A main ambition (hovedambisjon) summarising the plan."
		   });
		addAnnotation
		  (goalKindEEnum.getELiterals().get(2),
		   source,
		   new String[]
		   {
			   "documentation", "A main goal (hovedm\u00e5l)."
		   });
		addAnnotation
		  (goalKindEEnum.getELiterals().get(3),
		   source,
		   new String[]
		   {
			   "documentation", "An effect goal (effektm\u00e5l) describing a measurable effect."
		   });
		addAnnotation
		  (goalKindEEnum.getELiterals().get(4),
		   source,
		   new String[]
		   {
			   "documentation", "A sub-goal (delm\u00e5l) under a main goal."
		   });
		addAnnotation
		  (recurrenceEEnum,
		   source,
		   new String[]
		   {
			   "documentation", "How often a measure recurs."
		   });
		addAnnotation
		  (recurrenceEEnum.getELiterals().get(0),
		   source,
		   new String[]
		   {
			   "documentation", "No recurrence stated."
		   });
		addAnnotation
		  (recurrenceEEnum.getELiterals().get(1),
		   source,
		   new String[]
		   {
			   "documentation", "Carried out once."
		   });
		addAnnotation
		  (recurrenceEEnum.getELiterals().get(2),
		   source,
		   new String[]
		   {
			   "documentation", "Repeated every year (\u00e5rlig)."
		   });
		addAnnotation
		  (recurrenceEEnum.getELiterals().get(3),
		   source,
		   new String[]
		   {
			   "documentation", "Ongoing without a fixed rhythm (l\u00f8pende)."
		   });
		addAnnotation
		  (recurrenceEEnum.getELiterals().get(4),
		   source,
		   new String[]
		   {
			   "documentation", "Another rhythm; see the recurrence text."
		   });
		addAnnotation
		  (measureStatusEEnum,
		   source,
		   new String[]
		   {
			   "documentation", "The progress status of a measure."
		   });
		addAnnotation
		  (measureStatusEEnum.getELiterals().get(0),
		   source,
		   new String[]
		   {
			   "documentation", "No status given."
		   });
		addAnnotation
		  (measureStatusEEnum.getELiterals().get(1),
		   source,
		   new String[]
		   {
			   "documentation", "Planned but not started."
		   });
		addAnnotation
		  (measureStatusEEnum.getELiterals().get(2),
		   source,
		   new String[]
		   {
			   "documentation", "In progress (p\u00e5g\u00e5r)."
		   });
		addAnnotation
		  (measureStatusEEnum.getELiterals().get(3),
		   source,
		   new String[]
		   {
			   "documentation", "Completed (gjennomf\u00f8rt)."
		   });
		addAnnotation
		  (measureStatusEEnum.getELiterals().get(4),
		   source,
		   new String[]
		   {
			   "documentation", "Postponed (utsatt)."
		   });
		addAnnotation
		  (measureStatusEEnum.getELiterals().get(5),
		   source,
		   new String[]
		   {
			   "documentation", "Cancelled (avlyst or utg\u00e5tt)."
		   });
		addAnnotation
		  (priorityEEnum,
		   source,
		   new String[]
		   {
			   "documentation", "The priority of a measure."
		   });
		addAnnotation
		  (priorityEEnum.getELiterals().get(0),
		   source,
		   new String[]
		   {
			   "documentation", "No priority given."
		   });
		addAnnotation
		  (priorityEEnum.getELiterals().get(1),
		   source,
		   new String[]
		   {
			   "documentation", "High priority."
		   });
		addAnnotation
		  (priorityEEnum.getELiterals().get(2),
		   source,
		   new String[]
		   {
			   "documentation", "Medium priority."
		   });
		addAnnotation
		  (priorityEEnum.getELiterals().get(3),
		   source,
		   new String[]
		   {
			   "documentation", "Low priority."
		   });
		addAnnotation
		  (directionEEnum,
		   source,
		   new String[]
		   {
			   "documentation", "Which direction of an indicator\'s values counts as improvement."
		   });
		addAnnotation
		  (directionEEnum.getELiterals().get(0),
		   source,
		   new String[]
		   {
			   "documentation", "No direction given."
		   });
		addAnnotation
		  (directionEEnum.getELiterals().get(1),
		   source,
		   new String[]
		   {
			   "documentation", "Higher values are better, for example value added per employee."
		   });
		addAnnotation
		  (directionEEnum.getELiterals().get(2),
		   source,
		   new String[]
		   {
			   "documentation", "Lower values are better, for example the rank (plass) in NHO Kommune-NM."
		   });
		addAnnotation
		  (directionEEnum.getELiterals().get(3),
		   source,
		   new String[]
		   {
			   "documentation", "Values within a target range are best."
		   });
		addAnnotation
		  (indicatorStatusEEnum,
		   source,
		   new String[]
		   {
			   "documentation", "The status of an indicator value relative to its target."
		   });
		addAnnotation
		  (indicatorStatusEEnum.getELiterals().get(0),
		   source,
		   new String[]
		   {
			   "documentation", "The indicator is on track (i rute)."
		   });
		addAnnotation
		  (indicatorStatusEEnum.getELiterals().get(1),
		   source,
		   new String[]
		   {
			   "documentation", "The indicator is at risk of missing its target."
		   });
		addAnnotation
		  (indicatorStatusEEnum.getELiterals().get(2),
		   source,
		   new String[]
		   {
			   "documentation", "The indicator is off track (ikke i rute)."
		   });
		addAnnotation
		  (sdgRelationKindEEnum,
		   source,
		   new String[]
		   {
			   "documentation", "How a plan element relates to a Sustainable Development Goal or target."
		   });
		addAnnotation
		  (sdgRelationKindEEnum.getELiterals().get(0),
		   source,
		   new String[]
		   {
			   "documentation", "The element contributes to the goal or target."
		   });
		addAnnotation
		  (sdgRelationKindEEnum.getELiterals().get(1),
		   source,
		   new String[]
		   {
			   "documentation", "The element is anchored in the goal (\"forankret i FNs b\u00e6rekraftsm\u00e5l\")."
		   });
		addAnnotation
		  (sdgRelationKindEEnum.getELiterals().get(2),
		   source,
		   new String[]
		   {
			   "documentation", "The element supports the goal indirectly."
		   });
		addAnnotation
		  (sdgRelationKindEEnum.getELiterals().get(3),
		   source,
		   new String[]
		   {
			   "documentation", "The element may work against the goal."
		   });
		addAnnotation
		  (actorKindEEnum,
		   source,
		   new String[]
		   {
			   "documentation", "The kind of body an actor is."
		   });
		addAnnotation
		  (actorKindEEnum.getELiterals().get(0),
		   source,
		   new String[]
		   {
			   "documentation", "A municipality (kommune) or one of its units."
		   });
		addAnnotation
		  (actorKindEEnum.getELiterals().get(1),
		   source,
		   new String[]
		   {
			   "documentation", "A county authority (fylkeskommune)."
		   });
		addAnnotation
		  (actorKindEEnum.getELiterals().get(2),
		   source,
		   new String[]
		   {
			   "documentation", "A state agency (statlig etat), for example Statistisk sentralbyr\u00e5."
		   });
		addAnnotation
		  (actorKindEEnum.getELiterals().get(3),
		   source,
		   new String[]
		   {
			   "documentation", "A university, for example OsloMet."
		   });
		addAnnotation
		  (actorKindEEnum.getELiterals().get(4),
		   source,
		   new String[]
		   {
			   "documentation", "A university college (h\u00f8gskole) or vocational college (fagskole)."
		   });
		addAnnotation
		  (actorKindEEnum.getELiterals().get(5),
		   source,
		   new String[]
		   {
			   "documentation", "A hospital, for example Akershus universitetssykehus."
		   });
		addAnnotation
		  (actorKindEEnum.getELiterals().get(6),
		   source,
		   new String[]
		   {
			   "documentation", "A business council or association (n\u00e6ringsr\u00e5d or n\u00e6ringsforening)."
		   });
		addAnnotation
		  (actorKindEEnum.getELiterals().get(7),
		   source,
		   new String[]
		   {
			   "documentation", "A private company."
		   });
		addAnnotation
		  (actorKindEEnum.getELiterals().get(8),
		   source,
		   new String[]
		   {
			   "documentation", "A business cluster (klynge) or network."
		   });
		addAnnotation
		  (actorKindEEnum.getELiterals().get(9),
		   source,
		   new String[]
		   {
			   "documentation", "A programme or support scheme, for example Ungt Entrepren\u00f8rskap or Innovasjon Norge."
		   });
		addAnnotation
		  (actorKindEEnum.getELiterals().get(10),
		   source,
		   new String[]
		   {
			   "documentation", "Another organisation, for example an interest group or foundation."
		   });
		addAnnotation
		  (actorKindEEnum.getELiterals().get(11),
		   source,
		   new String[]
		   {
			   "documentation", "A political body, for example the municipal council (kommunestyret)."
		   });
		addAnnotation
		  (actorKindEEnum.getELiterals().get(12),
		   source,
		   new String[]
		   {
			   "documentation", "Any other kind of actor."
		   });
		addAnnotation
		  (noteKindEEnum,
		   source,
		   new String[]
		   {
			   "documentation", "The kind of an editorial note."
		   });
		addAnnotation
		  (noteKindEEnum.getELiterals().get(0),
		   source,
		   new String[]
		   {
			   "documentation", "A general comment."
		   });
		addAnnotation
		  (noteKindEEnum.getELiterals().get(1),
		   source,
		   new String[]
		   {
			   "documentation", "The element\'s text is missing in the source document, as for Drammen\'s delm\u00e5l; used instead of an empty string."
		   });
		addAnnotation
		  (noteKindEEnum.getELiterals().get(2),
		   source,
		   new String[]
		   {
			   "documentation", "The source text was damaged by extraction, for example duplicated paragraphs or vertically set icon captions."
		   });
		addAnnotation
		  (noteKindEEnum.getELiterals().get(3),
		   source,
		   new String[]
		   {
			   "documentation", "An editorial change or decision made when modelling the plan."
		   });
		addAnnotation
		  (noteKindEEnum.getELiterals().get(4),
		   source,
		   new String[]
		   {
			   "documentation", "An assumption made where the source is unclear."
		   });
	}

} //VeikartPackageImpl
