/**
 */
package org.veikart.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Veikart metamodel for Norwegian municipal strategic plans such as a business-development strategy (næringsstrategi), an action plan (handlingsplan) or a focus area of the municipal master plan (kommuneplan). It keeps every statement verbatim with the plan's own vocabulary and printed codes, and adds stable ids, indicators, links to the UN Sustainable Development Goals, actors, prose and provenance.
 * <!-- end-model-doc -->
 * @see org.veikart.model.VeikartFactory
 * @model kind="package"
 * @generated
 */
public interface VeikartPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://veikart.org/plan/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "veikart";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	VeikartPackage eINSTANCE = org.veikart.model.impl.VeikartPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.IdentifiableImpl <em>Identifiable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.IdentifiableImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getIdentifiable()
	 * @generated
	 */
	int IDENTIFIABLE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE__ID = 0;

	/**
	 * The number of structural features of the '<em>Identifiable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identifiable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.TraceableImpl <em>Traceable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.TraceableImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getTraceable()
	 * @generated
	 */
	int TRACEABLE = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACEABLE__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACEABLE__PROVENANCE = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACEABLE__NOTES = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Traceable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACEABLE_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Traceable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACEABLE_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.PlanElementImpl <em>Plan Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.PlanElementImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getPlanElement()
	 * @generated
	 */
	int PLAN_ELEMENT = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__ID = TRACEABLE__ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__PROVENANCE = TRACEABLE__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__NOTES = TRACEABLE__NOTES;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__CODE = TRACEABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__TITLE = TRACEABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__TEXT = TRACEABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sdg References</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__SDG_REFERENCES = TRACEABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Measured By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__MEASURED_BY = TRACEABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Contributes To</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__CONTRIBUTES_TO = TRACEABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Variant Of</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__VARIANT_OF = TRACEABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Duplicate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__DUPLICATE = TRACEABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__ORIGIN = TRACEABLE_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Plan Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT_FEATURE_COUNT = TRACEABLE_FEATURE_COUNT + 9;

	/**
	 * The operation id for the '<em>Is Missing In Source</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT___IS_MISSING_IN_SOURCE = TRACEABLE_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Plan Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT_OPERATION_COUNT = TRACEABLE_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.PlanImpl <em>Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.PlanImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getPlan()
	 * @generated
	 */
	int PLAN = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__PROVENANCE = PLAN_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__NOTES = PLAN_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__CODE = PLAN_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__TITLE = PLAN_ELEMENT__TITLE;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__TEXT = PLAN_ELEMENT__TEXT;

	/**
	 * The feature id for the '<em><b>Sdg References</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__SDG_REFERENCES = PLAN_ELEMENT__SDG_REFERENCES;

	/**
	 * The feature id for the '<em><b>Measured By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__MEASURED_BY = PLAN_ELEMENT__MEASURED_BY;

	/**
	 * The feature id for the '<em><b>Contributes To</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__CONTRIBUTES_TO = PLAN_ELEMENT__CONTRIBUTES_TO;

	/**
	 * The feature id for the '<em><b>Variant Of</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__VARIANT_OF = PLAN_ELEMENT__VARIANT_OF;

	/**
	 * The feature id for the '<em><b>Duplicate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__DUPLICATE = PLAN_ELEMENT__DUPLICATE;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__ORIGIN = PLAN_ELEMENT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__KIND = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__LANGUAGE = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__OWNER = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Period</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__PERIOD = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Parts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__PARTS = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Revision Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__REVISION_RULE = PLAN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Adopted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__ADOPTED = PLAN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__PUBLISHED = PLAN_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Adopted By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__ADOPTED_BY = PLAN_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Vocabulary</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__VOCABULARY = PLAN_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Relations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__RELATIONS = PLAN_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Actors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__ACTORS = PLAN_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__GOALS = PLAN_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Focus Areas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__FOCUS_AREAS = PLAN_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Strategies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__STRATEGIES = PLAN_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Measures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__MEASURES = PLAN_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__INDICATORS = PLAN_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__SECTIONS = PLAN_ELEMENT_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__SOURCES = PLAN_ELEMENT_FEATURE_COUNT + 18;

	/**
	 * The number of structural features of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 19;

	/**
	 * The operation id for the '<em>Is Missing In Source</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN___IS_MISSING_IN_SOURCE = PLAN_ELEMENT___IS_MISSING_IN_SOURCE;

	/**
	 * The number of operations of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.ActorRegistryImpl <em>Actor Registry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.ActorRegistryImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getActorRegistry()
	 * @generated
	 */
	int ACTOR_REGISTRY = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_REGISTRY__ID = TRACEABLE__ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_REGISTRY__PROVENANCE = TRACEABLE__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_REGISTRY__NOTES = TRACEABLE__NOTES;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_REGISTRY__TITLE = TRACEABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Actors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_REGISTRY__ACTORS = TRACEABLE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Actor Registry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_REGISTRY_FEATURE_COUNT = TRACEABLE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Actor Registry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_REGISTRY_OPERATION_COUNT = TRACEABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.PlanPartImpl <em>Plan Part</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.PlanPartImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getPlanPart()
	 * @generated
	 */
	int PLAN_PART = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_PART__ID = TRACEABLE__ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_PART__PROVENANCE = TRACEABLE__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_PART__NOTES = TRACEABLE__NOTES;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_PART__TITLE = TRACEABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_PART__KIND = TRACEABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Period</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_PART__PERIOD = TRACEABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Revision Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_PART__REVISION_RULE = TRACEABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Elements</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_PART__ELEMENTS = TRACEABLE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Plan Part</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_PART_FEATURE_COUNT = TRACEABLE_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Plan Part</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_PART_OPERATION_COUNT = TRACEABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.PeriodImpl <em>Period</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.PeriodImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getPeriod()
	 * @generated
	 */
	int PERIOD = 6;

	/**
	 * The feature id for the '<em><b>Start Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD__START_YEAR = 0;

	/**
	 * The feature id for the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD__END_YEAR = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD__LABEL = 2;

	/**
	 * The number of structural features of the '<em>Period</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Period</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.TermImpl <em>Term</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.TermImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getTerm()
	 * @generated
	 */
	int TERM = 7;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERM__LEVEL = 0;

	/**
	 * The feature id for the '<em><b>Singular</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERM__SINGULAR = 1;

	/**
	 * The feature id for the '<em><b>Plural</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERM__PLURAL = 2;

	/**
	 * The number of structural features of the '<em>Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERM_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.DocumentRelationImpl <em>Document Relation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.DocumentRelationImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getDocumentRelation()
	 * @generated
	 */
	int DOCUMENT_RELATION = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_RELATION__ID = TRACEABLE__ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_RELATION__PROVENANCE = TRACEABLE__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_RELATION__NOTES = TRACEABLE__NOTES;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_RELATION__KIND = TRACEABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_RELATION__TARGET_PLAN = TRACEABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Document Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_RELATION__DOCUMENT_TITLE = TRACEABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_RELATION__URL = TRACEABLE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Document Relation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_RELATION_FEATURE_COUNT = TRACEABLE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Document Relation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_RELATION_OPERATION_COUNT = TRACEABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.GoalImpl <em>Goal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.GoalImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getGoal()
	 * @generated
	 */
	int GOAL = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__PROVENANCE = PLAN_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__NOTES = PLAN_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__CODE = PLAN_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__TITLE = PLAN_ELEMENT__TITLE;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__TEXT = PLAN_ELEMENT__TEXT;

	/**
	 * The feature id for the '<em><b>Sdg References</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__SDG_REFERENCES = PLAN_ELEMENT__SDG_REFERENCES;

	/**
	 * The feature id for the '<em><b>Measured By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__MEASURED_BY = PLAN_ELEMENT__MEASURED_BY;

	/**
	 * The feature id for the '<em><b>Contributes To</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__CONTRIBUTES_TO = PLAN_ELEMENT__CONTRIBUTES_TO;

	/**
	 * The feature id for the '<em><b>Variant Of</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__VARIANT_OF = PLAN_ELEMENT__VARIANT_OF;

	/**
	 * The feature id for the '<em><b>Duplicate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__DUPLICATE = PLAN_ELEMENT__DUPLICATE;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__ORIGIN = PLAN_ELEMENT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__KIND = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Quoted From</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__QUOTED_FROM = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sub Goals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__SUB_GOALS = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Strategies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__STRATEGIES = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Is Missing In Source</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL___IS_MISSING_IN_SOURCE = PLAN_ELEMENT___IS_MISSING_IN_SOURCE;

	/**
	 * The operation id for the '<em>Is Owned</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL___IS_OWNED = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.QuotationImpl <em>Quotation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.QuotationImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getQuotation()
	 * @generated
	 */
	int QUOTATION = 10;

	/**
	 * The feature id for the '<em><b>Source Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTATION__SOURCE_PLAN = 0;

	/**
	 * The feature id for the '<em><b>Source Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTATION__SOURCE_TITLE = 1;

	/**
	 * The feature id for the '<em><b>Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTATION__PAGE = 2;

	/**
	 * The number of structural features of the '<em>Quotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTATION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Quotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.FocusAreaImpl <em>Focus Area</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.FocusAreaImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getFocusArea()
	 * @generated
	 */
	int FOCUS_AREA = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOCUS_AREA__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOCUS_AREA__PROVENANCE = PLAN_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOCUS_AREA__NOTES = PLAN_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOCUS_AREA__CODE = PLAN_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOCUS_AREA__TITLE = PLAN_ELEMENT__TITLE;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOCUS_AREA__TEXT = PLAN_ELEMENT__TEXT;

	/**
	 * The feature id for the '<em><b>Sdg References</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOCUS_AREA__SDG_REFERENCES = PLAN_ELEMENT__SDG_REFERENCES;

	/**
	 * The feature id for the '<em><b>Measured By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOCUS_AREA__MEASURED_BY = PLAN_ELEMENT__MEASURED_BY;

	/**
	 * The feature id for the '<em><b>Contributes To</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOCUS_AREA__CONTRIBUTES_TO = PLAN_ELEMENT__CONTRIBUTES_TO;

	/**
	 * The feature id for the '<em><b>Variant Of</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOCUS_AREA__VARIANT_OF = PLAN_ELEMENT__VARIANT_OF;

	/**
	 * The feature id for the '<em><b>Duplicate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOCUS_AREA__DUPLICATE = PLAN_ELEMENT__DUPLICATE;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOCUS_AREA__ORIGIN = PLAN_ELEMENT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOCUS_AREA__GOALS = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sub Areas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOCUS_AREA__SUB_AREAS = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Strategies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOCUS_AREA__STRATEGIES = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Measures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOCUS_AREA__MEASURES = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Focus Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOCUS_AREA_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Is Missing In Source</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOCUS_AREA___IS_MISSING_IN_SOURCE = PLAN_ELEMENT___IS_MISSING_IN_SOURCE;

	/**
	 * The number of operations of the '<em>Focus Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOCUS_AREA_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.StrategyImpl <em>Strategy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.StrategyImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getStrategy()
	 * @generated
	 */
	int STRATEGY = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__PROVENANCE = PLAN_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__NOTES = PLAN_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__CODE = PLAN_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__TITLE = PLAN_ELEMENT__TITLE;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__TEXT = PLAN_ELEMENT__TEXT;

	/**
	 * The feature id for the '<em><b>Sdg References</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__SDG_REFERENCES = PLAN_ELEMENT__SDG_REFERENCES;

	/**
	 * The feature id for the '<em><b>Measured By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__MEASURED_BY = PLAN_ELEMENT__MEASURED_BY;

	/**
	 * The feature id for the '<em><b>Contributes To</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__CONTRIBUTES_TO = PLAN_ELEMENT__CONTRIBUTES_TO;

	/**
	 * The feature id for the '<em><b>Variant Of</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__VARIANT_OF = PLAN_ELEMENT__VARIANT_OF;

	/**
	 * The feature id for the '<em><b>Duplicate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__DUPLICATE = PLAN_ELEMENT__DUPLICATE;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__ORIGIN = PLAN_ELEMENT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Sub Strategies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__SUB_STRATEGIES = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Measures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY__MEASURES = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Is Missing In Source</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY___IS_MISSING_IN_SOURCE = PLAN_ELEMENT___IS_MISSING_IN_SOURCE;

	/**
	 * The number of operations of the '<em>Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.MeasureImpl <em>Measure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.MeasureImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getMeasure()
	 * @generated
	 */
	int MEASURE = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__PROVENANCE = PLAN_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__NOTES = PLAN_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__CODE = PLAN_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__TITLE = PLAN_ELEMENT__TITLE;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__TEXT = PLAN_ELEMENT__TEXT;

	/**
	 * The feature id for the '<em><b>Sdg References</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__SDG_REFERENCES = PLAN_ELEMENT__SDG_REFERENCES;

	/**
	 * The feature id for the '<em><b>Measured By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__MEASURED_BY = PLAN_ELEMENT__MEASURED_BY;

	/**
	 * The feature id for the '<em><b>Contributes To</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__CONTRIBUTES_TO = PLAN_ELEMENT__CONTRIBUTES_TO;

	/**
	 * The feature id for the '<em><b>Variant Of</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__VARIANT_OF = PLAN_ELEMENT__VARIANT_OF;

	/**
	 * The feature id for the '<em><b>Duplicate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__DUPLICATE = PLAN_ELEMENT__DUPLICATE;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__ORIGIN = PLAN_ELEMENT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Responsible</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__RESPONSIBLE = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Partners</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__PARTNERS = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Schedule</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__SCHEDULE = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Recurrence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__RECURRENCE = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Recurrence Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__RECURRENCE_TEXT = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__STATUS = PLAN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Cost</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__COST = PLAN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE__PRIORITY = PLAN_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The operation id for the '<em>Is Missing In Source</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE___IS_MISSING_IN_SOURCE = PLAN_ELEMENT___IS_MISSING_IN_SOURCE;

	/**
	 * The number of operations of the '<em>Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.ScheduleImpl <em>Schedule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.ScheduleImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getSchedule()
	 * @generated
	 */
	int SCHEDULE = 14;

	/**
	 * The feature id for the '<em><b>Years</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__YEARS = 0;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__START = 1;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__END = 2;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE__TEXT = 3;

	/**
	 * The number of structural features of the '<em>Schedule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Schedule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.CostImpl <em>Cost</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.CostImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getCost()
	 * @generated
	 */
	int COST = 15;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST__AMOUNT = 0;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST__CURRENCY = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST__TEXT = 2;

	/**
	 * The number of structural features of the '<em>Cost</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Cost</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.IndicatorImpl <em>Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.IndicatorImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getIndicator()
	 * @generated
	 */
	int INDICATOR = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__PROVENANCE = PLAN_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__NOTES = PLAN_ELEMENT__NOTES;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__CODE = PLAN_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TITLE = PLAN_ELEMENT__TITLE;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TEXT = PLAN_ELEMENT__TEXT;

	/**
	 * The feature id for the '<em><b>Sdg References</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__SDG_REFERENCES = PLAN_ELEMENT__SDG_REFERENCES;

	/**
	 * The feature id for the '<em><b>Measured By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__MEASURED_BY = PLAN_ELEMENT__MEASURED_BY;

	/**
	 * The feature id for the '<em><b>Contributes To</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__CONTRIBUTES_TO = PLAN_ELEMENT__CONTRIBUTES_TO;

	/**
	 * The feature id for the '<em><b>Variant Of</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__VARIANT_OF = PLAN_ELEMENT__VARIANT_OF;

	/**
	 * The feature id for the '<em><b>Duplicate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DUPLICATE = PLAN_ELEMENT__DUPLICATE;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ORIGIN = PLAN_ELEMENT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__UNIT = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DIRECTION = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__SOURCE = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Source Actor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__SOURCE_ACTOR = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__FREQUENCY = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__BASELINE = PLAN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TARGETS = PLAN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Actuals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ACTUALS = PLAN_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Thresholds</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__THRESHOLDS = PLAN_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The operation id for the '<em>Is Missing In Source</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR___IS_MISSING_IN_SOURCE = PLAN_ELEMENT___IS_MISSING_IN_SOURCE;

	/**
	 * The number of operations of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.MeasurementImpl <em>Measurement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.MeasurementImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getMeasurement()
	 * @generated
	 */
	int MEASUREMENT = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__ID = TRACEABLE__ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__PROVENANCE = TRACEABLE__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__NOTES = TRACEABLE__NOTES;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__VALUE = TRACEABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__YEAR = TRACEABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__PERIOD = TRACEABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Value Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__VALUE_TEXT = TRACEABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Comparison</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__COMPARISON = TRACEABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Stated In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__STATED_IN = TRACEABLE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_FEATURE_COUNT = TRACEABLE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_OPERATION_COUNT = TRACEABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.ThresholdImpl <em>Threshold</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.ThresholdImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getThreshold()
	 * @generated
	 */
	int THRESHOLD = 18;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THRESHOLD__STATUS = 0;

	/**
	 * The feature id for the '<em><b>Lower Bound</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THRESHOLD__LOWER_BOUND = 1;

	/**
	 * The feature id for the '<em><b>Upper Bound</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THRESHOLD__UPPER_BOUND = 2;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THRESHOLD__LABEL = 3;

	/**
	 * The number of structural features of the '<em>Threshold</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THRESHOLD_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Threshold</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THRESHOLD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.SdgReferenceImpl <em>Sdg Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.SdgReferenceImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getSdgReference()
	 * @generated
	 */
	int SDG_REFERENCE = 19;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_REFERENCE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Goal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_REFERENCE__GOAL = 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_REFERENCE__TARGET = 2;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_REFERENCE__LABEL = 3;

	/**
	 * The feature id for the '<em><b>Unspecified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_REFERENCE__UNSPECIFIED = 4;

	/**
	 * The number of structural features of the '<em>Sdg Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_REFERENCE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Sdg Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_REFERENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.SdgCatalogueImpl <em>Sdg Catalogue</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.SdgCatalogueImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getSdgCatalogue()
	 * @generated
	 */
	int SDG_CATALOGUE = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_CATALOGUE__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_CATALOGUE__VERSION = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_CATALOGUE__SOURCE = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Licence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_CATALOGUE__LICENCE = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_CATALOGUE__GOALS = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Sdg Catalogue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_CATALOGUE_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Sdg Catalogue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_CATALOGUE_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.SdgGoalImpl <em>Sdg Goal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.SdgGoalImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getSdgGoal()
	 * @generated
	 */
	int SDG_GOAL = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_GOAL__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_GOAL__NUMBER = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name Nb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_GOAL__NAME_NB = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_GOAL__NAME_EN = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Title En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_GOAL__TITLE_EN = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Title Nb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_GOAL__TITLE_NB = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_GOAL__ALIASES = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_GOAL__COLOUR = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_GOAL__TARGETS = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Sdg Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_GOAL_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Sdg Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_GOAL_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.SdgTargetImpl <em>Sdg Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.SdgTargetImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getSdgTarget()
	 * @generated
	 */
	int SDG_TARGET = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_TARGET__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_TARGET__CODE = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_TARGET__TEXT_EN = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text Nb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_TARGET__TEXT_NB = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Text Nb Reviewed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_TARGET__TEXT_NB_REVIEWED = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Sdg Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_TARGET_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Sdg Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SDG_TARGET_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.ActorImpl <em>Actor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.ActorImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getActor()
	 * @generated
	 */
	int ACTOR = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__ID = TRACEABLE__ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__PROVENANCE = TRACEABLE__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__NOTES = TRACEABLE__NOTES;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__NAME = TRACEABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__KIND = TRACEABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__ALIASES = TRACEABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__URL = TRACEABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Part Of</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__PART_OF = TRACEABLE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Actor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_FEATURE_COUNT = TRACEABLE_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Actor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_OPERATION_COUNT = TRACEABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.ProvenanceImpl <em>Provenance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.ProvenanceImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getProvenance()
	 * @generated
	 */
	int PROVENANCE = 24;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__LINE = 1;

	/**
	 * The feature id for the '<em><b>End Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__END_LINE = 2;

	/**
	 * The feature id for the '<em><b>Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__PAGE = 3;

	/**
	 * The number of structural features of the '<em>Provenance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Provenance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.NoteImpl <em>Note</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.NoteImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getNote()
	 * @generated
	 */
	int NOTE = 25;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__TEXT = 1;

	/**
	 * The number of structural features of the '<em>Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.TemplateOriginImpl <em>Template Origin</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.TemplateOriginImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getTemplateOrigin()
	 * @generated
	 */
	int TEMPLATE_ORIGIN = 26;

	/**
	 * The feature id for the '<em><b>Template Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE_ORIGIN__TEMPLATE_ID = 0;

	/**
	 * The feature id for the '<em><b>Template Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE_ORIGIN__TEMPLATE_VERSION = 1;

	/**
	 * The feature id for the '<em><b>Element Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE_ORIGIN__ELEMENT_ID = 2;

	/**
	 * The number of structural features of the '<em>Template Origin</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE_ORIGIN_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Template Origin</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEMPLATE_ORIGIN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.SourceImpl <em>Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.SourceImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getSource()
	 * @generated
	 */
	int SOURCE = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ID = TRACEABLE__ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__PROVENANCE = TRACEABLE__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__NOTES = TRACEABLE__NOTES;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__TITLE = TRACEABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__AUTHOR = TRACEABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__YEAR = TRACEABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__URL = TRACEABLE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FEATURE_COUNT = TRACEABLE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_OPERATION_COUNT = TRACEABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.SectionImpl <em>Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.SectionImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getSection()
	 * @generated
	 */
	int SECTION = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__ID = TRACEABLE__ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__PROVENANCE = TRACEABLE__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__NOTES = TRACEABLE__NOTES;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__CODE = TRACEABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__TITLE = TRACEABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Blocks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__BLOCKS = TRACEABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Subsections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__SUBSECTIONS = TRACEABLE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_FEATURE_COUNT = TRACEABLE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_OPERATION_COUNT = TRACEABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.ProseBlockImpl <em>Prose Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.ProseBlockImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getProseBlock()
	 * @generated
	 */
	int PROSE_BLOCK = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROSE_BLOCK__ID = TRACEABLE__ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROSE_BLOCK__PROVENANCE = TRACEABLE__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROSE_BLOCK__NOTES = TRACEABLE__NOTES;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROSE_BLOCK__TEXT = TRACEABLE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Prose Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROSE_BLOCK_FEATURE_COUNT = TRACEABLE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Prose Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROSE_BLOCK_OPERATION_COUNT = TRACEABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.ParagraphImpl <em>Paragraph</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.ParagraphImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getParagraph()
	 * @generated
	 */
	int PARAGRAPH = 30;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH__ID = PROSE_BLOCK__ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH__PROVENANCE = PROSE_BLOCK__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH__NOTES = PROSE_BLOCK__NOTES;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH__TEXT = PROSE_BLOCK__TEXT;

	/**
	 * The number of structural features of the '<em>Paragraph</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH_FEATURE_COUNT = PROSE_BLOCK_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Paragraph</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAGRAPH_OPERATION_COUNT = PROSE_BLOCK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.QuoteImpl <em>Quote</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.QuoteImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getQuote()
	 * @generated
	 */
	int QUOTE = 31;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__ID = PROSE_BLOCK__ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__PROVENANCE = PROSE_BLOCK__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__NOTES = PROSE_BLOCK__NOTES;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__TEXT = PROSE_BLOCK__TEXT;

	/**
	 * The feature id for the '<em><b>Attribution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__ATTRIBUTION = PROSE_BLOCK_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Quote</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_FEATURE_COUNT = PROSE_BLOCK_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Quote</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_OPERATION_COUNT = PROSE_BLOCK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.FactBoxImpl <em>Fact Box</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.FactBoxImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getFactBox()
	 * @generated
	 */
	int FACT_BOX = 32;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_BOX__ID = PROSE_BLOCK__ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_BOX__PROVENANCE = PROSE_BLOCK__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_BOX__NOTES = PROSE_BLOCK__NOTES;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_BOX__TEXT = PROSE_BLOCK__TEXT;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_BOX__TITLE = PROSE_BLOCK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_BOX__ITEMS = PROSE_BLOCK_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Fact Box</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_BOX_FEATURE_COUNT = PROSE_BLOCK_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Fact Box</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACT_BOX_OPERATION_COUNT = PROSE_BLOCK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.FigureCaptionImpl <em>Figure Caption</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.FigureCaptionImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getFigureCaption()
	 * @generated
	 */
	int FIGURE_CAPTION = 33;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIGURE_CAPTION__ID = PROSE_BLOCK__ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIGURE_CAPTION__PROVENANCE = PROSE_BLOCK__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIGURE_CAPTION__NOTES = PROSE_BLOCK__NOTES;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIGURE_CAPTION__TEXT = PROSE_BLOCK__TEXT;

	/**
	 * The feature id for the '<em><b>Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIGURE_CAPTION__IMAGE = PROSE_BLOCK_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Figure Caption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIGURE_CAPTION_FEATURE_COUNT = PROSE_BLOCK_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Figure Caption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIGURE_CAPTION_OPERATION_COUNT = PROSE_BLOCK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.BulletListImpl <em>Bullet List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.BulletListImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getBulletList()
	 * @generated
	 */
	int BULLET_LIST = 34;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BULLET_LIST__ID = PROSE_BLOCK__ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BULLET_LIST__PROVENANCE = PROSE_BLOCK__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BULLET_LIST__NOTES = PROSE_BLOCK__NOTES;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BULLET_LIST__TEXT = PROSE_BLOCK__TEXT;

	/**
	 * The feature id for the '<em><b>Items</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BULLET_LIST__ITEMS = PROSE_BLOCK_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Bullet List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BULLET_LIST_FEATURE_COUNT = PROSE_BLOCK_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Bullet List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BULLET_LIST_OPERATION_COUNT = PROSE_BLOCK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.impl.SourceListImpl <em>Source List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.impl.SourceListImpl
	 * @see org.veikart.model.impl.VeikartPackageImpl#getSourceList()
	 * @generated
	 */
	int SOURCE_LIST = 35;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_LIST__ID = PROSE_BLOCK__ID;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_LIST__PROVENANCE = PROSE_BLOCK__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_LIST__NOTES = PROSE_BLOCK__NOTES;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_LIST__TEXT = PROSE_BLOCK__TEXT;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_LIST__ENTRIES = PROSE_BLOCK_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Source List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_LIST_FEATURE_COUNT = PROSE_BLOCK_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Source List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_LIST_OPERATION_COUNT = PROSE_BLOCK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.veikart.model.PlanKind <em>Plan Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.PlanKind
	 * @see org.veikart.model.impl.VeikartPackageImpl#getPlanKind()
	 * @generated
	 */
	int PLAN_KIND = 36;

	/**
	 * The meta object id for the '{@link org.veikart.model.PartKind <em>Part Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.PartKind
	 * @see org.veikart.model.impl.VeikartPackageImpl#getPartKind()
	 * @generated
	 */
	int PART_KIND = 37;

	/**
	 * The meta object id for the '{@link org.veikart.model.TermLevel <em>Term Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.TermLevel
	 * @see org.veikart.model.impl.VeikartPackageImpl#getTermLevel()
	 * @generated
	 */
	int TERM_LEVEL = 38;

	/**
	 * The meta object id for the '{@link org.veikart.model.RelationKind <em>Relation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.RelationKind
	 * @see org.veikart.model.impl.VeikartPackageImpl#getRelationKind()
	 * @generated
	 */
	int RELATION_KIND = 39;

	/**
	 * The meta object id for the '{@link org.veikart.model.GoalKind <em>Goal Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.GoalKind
	 * @see org.veikart.model.impl.VeikartPackageImpl#getGoalKind()
	 * @generated
	 */
	int GOAL_KIND = 40;

	/**
	 * The meta object id for the '{@link org.veikart.model.Recurrence <em>Recurrence</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.Recurrence
	 * @see org.veikart.model.impl.VeikartPackageImpl#getRecurrence()
	 * @generated
	 */
	int RECURRENCE = 41;

	/**
	 * The meta object id for the '{@link org.veikart.model.MeasureStatus <em>Measure Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.MeasureStatus
	 * @see org.veikart.model.impl.VeikartPackageImpl#getMeasureStatus()
	 * @generated
	 */
	int MEASURE_STATUS = 42;

	/**
	 * The meta object id for the '{@link org.veikart.model.Priority <em>Priority</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.Priority
	 * @see org.veikart.model.impl.VeikartPackageImpl#getPriority()
	 * @generated
	 */
	int PRIORITY = 43;

	/**
	 * The meta object id for the '{@link org.veikart.model.Direction <em>Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.Direction
	 * @see org.veikart.model.impl.VeikartPackageImpl#getDirection()
	 * @generated
	 */
	int DIRECTION = 44;

	/**
	 * The meta object id for the '{@link org.veikart.model.IndicatorStatus <em>Indicator Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.IndicatorStatus
	 * @see org.veikart.model.impl.VeikartPackageImpl#getIndicatorStatus()
	 * @generated
	 */
	int INDICATOR_STATUS = 45;

	/**
	 * The meta object id for the '{@link org.veikart.model.SdgRelationKind <em>Sdg Relation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.SdgRelationKind
	 * @see org.veikart.model.impl.VeikartPackageImpl#getSdgRelationKind()
	 * @generated
	 */
	int SDG_RELATION_KIND = 46;

	/**
	 * The meta object id for the '{@link org.veikart.model.ActorKind <em>Actor Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.ActorKind
	 * @see org.veikart.model.impl.VeikartPackageImpl#getActorKind()
	 * @generated
	 */
	int ACTOR_KIND = 47;

	/**
	 * The meta object id for the '{@link org.veikart.model.NoteKind <em>Note Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.veikart.model.NoteKind
	 * @see org.veikart.model.impl.VeikartPackageImpl#getNoteKind()
	 * @generated
	 */
	int NOTE_KIND = 48;


	/**
	 * Returns the meta object for class '{@link org.veikart.model.Identifiable <em>Identifiable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identifiable</em>'.
	 * @see org.veikart.model.Identifiable
	 * @generated
	 */
	EClass getIdentifiable();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Identifiable#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.veikart.model.Identifiable#getId()
	 * @see #getIdentifiable()
	 * @generated
	 */
	EAttribute getIdentifiable_Id();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.Traceable <em>Traceable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Traceable</em>'.
	 * @see org.veikart.model.Traceable
	 * @generated
	 */
	EClass getTraceable();

	/**
	 * Returns the meta object for the containment reference '{@link org.veikart.model.Traceable#getProvenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Provenance</em>'.
	 * @see org.veikart.model.Traceable#getProvenance()
	 * @see #getTraceable()
	 * @generated
	 */
	EReference getTraceable_Provenance();

	/**
	 * Returns the meta object for the containment reference list '{@link org.veikart.model.Traceable#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notes</em>'.
	 * @see org.veikart.model.Traceable#getNotes()
	 * @see #getTraceable()
	 * @generated
	 */
	EReference getTraceable_Notes();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.PlanElement <em>Plan Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan Element</em>'.
	 * @see org.veikart.model.PlanElement
	 * @generated
	 */
	EClass getPlanElement();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.PlanElement#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.veikart.model.PlanElement#getCode()
	 * @see #getPlanElement()
	 * @generated
	 */
	EAttribute getPlanElement_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.PlanElement#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.veikart.model.PlanElement#getTitle()
	 * @see #getPlanElement()
	 * @generated
	 */
	EAttribute getPlanElement_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.PlanElement#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.veikart.model.PlanElement#getText()
	 * @see #getPlanElement()
	 * @generated
	 */
	EAttribute getPlanElement_Text();

	/**
	 * Returns the meta object for the containment reference list '{@link org.veikart.model.PlanElement#getSdgReferences <em>Sdg References</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sdg References</em>'.
	 * @see org.veikart.model.PlanElement#getSdgReferences()
	 * @see #getPlanElement()
	 * @generated
	 */
	EReference getPlanElement_SdgReferences();

	/**
	 * Returns the meta object for the reference list '{@link org.veikart.model.PlanElement#getMeasuredBy <em>Measured By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Measured By</em>'.
	 * @see org.veikart.model.PlanElement#getMeasuredBy()
	 * @see #getPlanElement()
	 * @generated
	 */
	EReference getPlanElement_MeasuredBy();

	/**
	 * Returns the meta object for the reference list '{@link org.veikart.model.PlanElement#getContributesTo <em>Contributes To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Contributes To</em>'.
	 * @see org.veikart.model.PlanElement#getContributesTo()
	 * @see #getPlanElement()
	 * @generated
	 */
	EReference getPlanElement_ContributesTo();

	/**
	 * Returns the meta object for the reference list '{@link org.veikart.model.PlanElement#getVariantOf <em>Variant Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Variant Of</em>'.
	 * @see org.veikart.model.PlanElement#getVariantOf()
	 * @see #getPlanElement()
	 * @generated
	 */
	EReference getPlanElement_VariantOf();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.PlanElement#isDuplicate <em>Duplicate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duplicate</em>'.
	 * @see org.veikart.model.PlanElement#isDuplicate()
	 * @see #getPlanElement()
	 * @generated
	 */
	EAttribute getPlanElement_Duplicate();

	/**
	 * Returns the meta object for the containment reference '{@link org.veikart.model.PlanElement#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Origin</em>'.
	 * @see org.veikart.model.PlanElement#getOrigin()
	 * @see #getPlanElement()
	 * @generated
	 */
	EReference getPlanElement_Origin();

	/**
	 * Returns the meta object for the '{@link org.veikart.model.PlanElement#isMissingInSource() <em>Is Missing In Source</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Missing In Source</em>' operation.
	 * @see org.veikart.model.PlanElement#isMissingInSource()
	 * @generated
	 */
	EOperation getPlanElement__IsMissingInSource();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.Plan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan</em>'.
	 * @see org.veikart.model.Plan
	 * @generated
	 */
	EClass getPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Plan#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.veikart.model.Plan#getKind()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Plan#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.veikart.model.Plan#getLanguage()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Language();

	/**
	 * Returns the meta object for the reference '{@link org.veikart.model.Plan#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.veikart.model.Plan#getOwner()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Owner();

	/**
	 * Returns the meta object for the containment reference '{@link org.veikart.model.Plan#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Period</em>'.
	 * @see org.veikart.model.Plan#getPeriod()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Period();

	/**
	 * Returns the meta object for the containment reference list '{@link org.veikart.model.Plan#getParts <em>Parts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parts</em>'.
	 * @see org.veikart.model.Plan#getParts()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Parts();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Plan#getRevisionRule <em>Revision Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revision Rule</em>'.
	 * @see org.veikart.model.Plan#getRevisionRule()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_RevisionRule();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Plan#getAdopted <em>Adopted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adopted</em>'.
	 * @see org.veikart.model.Plan#getAdopted()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Adopted();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Plan#getPublished <em>Published</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published</em>'.
	 * @see org.veikart.model.Plan#getPublished()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Published();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Plan#getAdoptedBy <em>Adopted By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adopted By</em>'.
	 * @see org.veikart.model.Plan#getAdoptedBy()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_AdoptedBy();

	/**
	 * Returns the meta object for the containment reference list '{@link org.veikart.model.Plan#getVocabulary <em>Vocabulary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Vocabulary</em>'.
	 * @see org.veikart.model.Plan#getVocabulary()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Vocabulary();

	/**
	 * Returns the meta object for the containment reference list '{@link org.veikart.model.Plan#getRelations <em>Relations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Relations</em>'.
	 * @see org.veikart.model.Plan#getRelations()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Relations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.veikart.model.Plan#getActors <em>Actors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actors</em>'.
	 * @see org.veikart.model.Plan#getActors()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Actors();

	/**
	 * Returns the meta object for the containment reference list '{@link org.veikart.model.Plan#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Goals</em>'.
	 * @see org.veikart.model.Plan#getGoals()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Goals();

	/**
	 * Returns the meta object for the containment reference list '{@link org.veikart.model.Plan#getFocusAreas <em>Focus Areas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Focus Areas</em>'.
	 * @see org.veikart.model.Plan#getFocusAreas()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_FocusAreas();

	/**
	 * Returns the meta object for the containment reference list '{@link org.veikart.model.Plan#getStrategies <em>Strategies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Strategies</em>'.
	 * @see org.veikart.model.Plan#getStrategies()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Strategies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.veikart.model.Plan#getMeasures <em>Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measures</em>'.
	 * @see org.veikart.model.Plan#getMeasures()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Measures();

	/**
	 * Returns the meta object for the containment reference list '{@link org.veikart.model.Plan#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see org.veikart.model.Plan#getIndicators()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Indicators();

	/**
	 * Returns the meta object for the containment reference list '{@link org.veikart.model.Plan#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see org.veikart.model.Plan#getSections()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Sections();

	/**
	 * Returns the meta object for the containment reference list '{@link org.veikart.model.Plan#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see org.veikart.model.Plan#getSources()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Sources();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.ActorRegistry <em>Actor Registry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Actor Registry</em>'.
	 * @see org.veikart.model.ActorRegistry
	 * @generated
	 */
	EClass getActorRegistry();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.ActorRegistry#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.veikart.model.ActorRegistry#getTitle()
	 * @see #getActorRegistry()
	 * @generated
	 */
	EAttribute getActorRegistry_Title();

	/**
	 * Returns the meta object for the containment reference list '{@link org.veikart.model.ActorRegistry#getActors <em>Actors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actors</em>'.
	 * @see org.veikart.model.ActorRegistry#getActors()
	 * @see #getActorRegistry()
	 * @generated
	 */
	EReference getActorRegistry_Actors();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.PlanPart <em>Plan Part</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan Part</em>'.
	 * @see org.veikart.model.PlanPart
	 * @generated
	 */
	EClass getPlanPart();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.PlanPart#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.veikart.model.PlanPart#getTitle()
	 * @see #getPlanPart()
	 * @generated
	 */
	EAttribute getPlanPart_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.PlanPart#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.veikart.model.PlanPart#getKind()
	 * @see #getPlanPart()
	 * @generated
	 */
	EAttribute getPlanPart_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link org.veikart.model.PlanPart#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Period</em>'.
	 * @see org.veikart.model.PlanPart#getPeriod()
	 * @see #getPlanPart()
	 * @generated
	 */
	EReference getPlanPart_Period();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.PlanPart#getRevisionRule <em>Revision Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revision Rule</em>'.
	 * @see org.veikart.model.PlanPart#getRevisionRule()
	 * @see #getPlanPart()
	 * @generated
	 */
	EAttribute getPlanPart_RevisionRule();

	/**
	 * Returns the meta object for the reference list '{@link org.veikart.model.PlanPart#getElements <em>Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Elements</em>'.
	 * @see org.veikart.model.PlanPart#getElements()
	 * @see #getPlanPart()
	 * @generated
	 */
	EReference getPlanPart_Elements();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.Period <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Period</em>'.
	 * @see org.veikart.model.Period
	 * @generated
	 */
	EClass getPeriod();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Period#getStartYear <em>Start Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Year</em>'.
	 * @see org.veikart.model.Period#getStartYear()
	 * @see #getPeriod()
	 * @generated
	 */
	EAttribute getPeriod_StartYear();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Period#getEndYear <em>End Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Year</em>'.
	 * @see org.veikart.model.Period#getEndYear()
	 * @see #getPeriod()
	 * @generated
	 */
	EAttribute getPeriod_EndYear();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Period#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.veikart.model.Period#getLabel()
	 * @see #getPeriod()
	 * @generated
	 */
	EAttribute getPeriod_Label();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.Term <em>Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Term</em>'.
	 * @see org.veikart.model.Term
	 * @generated
	 */
	EClass getTerm();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Term#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.veikart.model.Term#getLevel()
	 * @see #getTerm()
	 * @generated
	 */
	EAttribute getTerm_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Term#getSingular <em>Singular</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Singular</em>'.
	 * @see org.veikart.model.Term#getSingular()
	 * @see #getTerm()
	 * @generated
	 */
	EAttribute getTerm_Singular();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Term#getPlural <em>Plural</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plural</em>'.
	 * @see org.veikart.model.Term#getPlural()
	 * @see #getTerm()
	 * @generated
	 */
	EAttribute getTerm_Plural();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.DocumentRelation <em>Document Relation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document Relation</em>'.
	 * @see org.veikart.model.DocumentRelation
	 * @generated
	 */
	EClass getDocumentRelation();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.DocumentRelation#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.veikart.model.DocumentRelation#getKind()
	 * @see #getDocumentRelation()
	 * @generated
	 */
	EAttribute getDocumentRelation_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.veikart.model.DocumentRelation#getTargetPlan <em>Target Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target Plan</em>'.
	 * @see org.veikart.model.DocumentRelation#getTargetPlan()
	 * @see #getDocumentRelation()
	 * @generated
	 */
	EReference getDocumentRelation_TargetPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.DocumentRelation#getDocumentTitle <em>Document Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Title</em>'.
	 * @see org.veikart.model.DocumentRelation#getDocumentTitle()
	 * @see #getDocumentRelation()
	 * @generated
	 */
	EAttribute getDocumentRelation_DocumentTitle();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.DocumentRelation#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see org.veikart.model.DocumentRelation#getUrl()
	 * @see #getDocumentRelation()
	 * @generated
	 */
	EAttribute getDocumentRelation_Url();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.Goal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Goal</em>'.
	 * @see org.veikart.model.Goal
	 * @generated
	 */
	EClass getGoal();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Goal#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.veikart.model.Goal#getKind()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link org.veikart.model.Goal#getQuotedFrom <em>Quoted From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Quoted From</em>'.
	 * @see org.veikart.model.Goal#getQuotedFrom()
	 * @see #getGoal()
	 * @generated
	 */
	EReference getGoal_QuotedFrom();

	/**
	 * Returns the meta object for the containment reference list '{@link org.veikart.model.Goal#getSubGoals <em>Sub Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Goals</em>'.
	 * @see org.veikart.model.Goal#getSubGoals()
	 * @see #getGoal()
	 * @generated
	 */
	EReference getGoal_SubGoals();

	/**
	 * Returns the meta object for the containment reference list '{@link org.veikart.model.Goal#getStrategies <em>Strategies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Strategies</em>'.
	 * @see org.veikart.model.Goal#getStrategies()
	 * @see #getGoal()
	 * @generated
	 */
	EReference getGoal_Strategies();

	/**
	 * Returns the meta object for the '{@link org.veikart.model.Goal#isOwned() <em>Is Owned</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Owned</em>' operation.
	 * @see org.veikart.model.Goal#isOwned()
	 * @generated
	 */
	EOperation getGoal__IsOwned();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.Quotation <em>Quotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quotation</em>'.
	 * @see org.veikart.model.Quotation
	 * @generated
	 */
	EClass getQuotation();

	/**
	 * Returns the meta object for the reference '{@link org.veikart.model.Quotation#getSourcePlan <em>Source Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source Plan</em>'.
	 * @see org.veikart.model.Quotation#getSourcePlan()
	 * @see #getQuotation()
	 * @generated
	 */
	EReference getQuotation_SourcePlan();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Quotation#getSourceTitle <em>Source Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Title</em>'.
	 * @see org.veikart.model.Quotation#getSourceTitle()
	 * @see #getQuotation()
	 * @generated
	 */
	EAttribute getQuotation_SourceTitle();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Quotation#getPage <em>Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page</em>'.
	 * @see org.veikart.model.Quotation#getPage()
	 * @see #getQuotation()
	 * @generated
	 */
	EAttribute getQuotation_Page();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.FocusArea <em>Focus Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Focus Area</em>'.
	 * @see org.veikart.model.FocusArea
	 * @generated
	 */
	EClass getFocusArea();

	/**
	 * Returns the meta object for the containment reference list '{@link org.veikart.model.FocusArea#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Goals</em>'.
	 * @see org.veikart.model.FocusArea#getGoals()
	 * @see #getFocusArea()
	 * @generated
	 */
	EReference getFocusArea_Goals();

	/**
	 * Returns the meta object for the containment reference list '{@link org.veikart.model.FocusArea#getSubAreas <em>Sub Areas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Areas</em>'.
	 * @see org.veikart.model.FocusArea#getSubAreas()
	 * @see #getFocusArea()
	 * @generated
	 */
	EReference getFocusArea_SubAreas();

	/**
	 * Returns the meta object for the containment reference list '{@link org.veikart.model.FocusArea#getStrategies <em>Strategies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Strategies</em>'.
	 * @see org.veikart.model.FocusArea#getStrategies()
	 * @see #getFocusArea()
	 * @generated
	 */
	EReference getFocusArea_Strategies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.veikart.model.FocusArea#getMeasures <em>Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measures</em>'.
	 * @see org.veikart.model.FocusArea#getMeasures()
	 * @see #getFocusArea()
	 * @generated
	 */
	EReference getFocusArea_Measures();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.Strategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Strategy</em>'.
	 * @see org.veikart.model.Strategy
	 * @generated
	 */
	EClass getStrategy();

	/**
	 * Returns the meta object for the containment reference list '{@link org.veikart.model.Strategy#getSubStrategies <em>Sub Strategies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Strategies</em>'.
	 * @see org.veikart.model.Strategy#getSubStrategies()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_SubStrategies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.veikart.model.Strategy#getMeasures <em>Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measures</em>'.
	 * @see org.veikart.model.Strategy#getMeasures()
	 * @see #getStrategy()
	 * @generated
	 */
	EReference getStrategy_Measures();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.Measure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measure</em>'.
	 * @see org.veikart.model.Measure
	 * @generated
	 */
	EClass getMeasure();

	/**
	 * Returns the meta object for the reference '{@link org.veikart.model.Measure#getResponsible <em>Responsible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Responsible</em>'.
	 * @see org.veikart.model.Measure#getResponsible()
	 * @see #getMeasure()
	 * @generated
	 */
	EReference getMeasure_Responsible();

	/**
	 * Returns the meta object for the reference list '{@link org.veikart.model.Measure#getPartners <em>Partners</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Partners</em>'.
	 * @see org.veikart.model.Measure#getPartners()
	 * @see #getMeasure()
	 * @generated
	 */
	EReference getMeasure_Partners();

	/**
	 * Returns the meta object for the containment reference '{@link org.veikart.model.Measure#getSchedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Schedule</em>'.
	 * @see org.veikart.model.Measure#getSchedule()
	 * @see #getMeasure()
	 * @generated
	 */
	EReference getMeasure_Schedule();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Measure#getRecurrence <em>Recurrence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recurrence</em>'.
	 * @see org.veikart.model.Measure#getRecurrence()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Recurrence();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Measure#getRecurrenceText <em>Recurrence Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recurrence Text</em>'.
	 * @see org.veikart.model.Measure#getRecurrenceText()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_RecurrenceText();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Measure#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.veikart.model.Measure#getStatus()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Status();

	/**
	 * Returns the meta object for the containment reference '{@link org.veikart.model.Measure#getCost <em>Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cost</em>'.
	 * @see org.veikart.model.Measure#getCost()
	 * @see #getMeasure()
	 * @generated
	 */
	EReference getMeasure_Cost();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Measure#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.veikart.model.Measure#getPriority()
	 * @see #getMeasure()
	 * @generated
	 */
	EAttribute getMeasure_Priority();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.Schedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Schedule</em>'.
	 * @see org.veikart.model.Schedule
	 * @generated
	 */
	EClass getSchedule();

	/**
	 * Returns the meta object for the attribute list '{@link org.veikart.model.Schedule#getYears <em>Years</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Years</em>'.
	 * @see org.veikart.model.Schedule#getYears()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_Years();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Schedule#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.veikart.model.Schedule#getStart()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Schedule#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.veikart.model.Schedule#getEnd()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_End();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Schedule#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.veikart.model.Schedule#getText()
	 * @see #getSchedule()
	 * @generated
	 */
	EAttribute getSchedule_Text();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.Cost <em>Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cost</em>'.
	 * @see org.veikart.model.Cost
	 * @generated
	 */
	EClass getCost();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Cost#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.veikart.model.Cost#getAmount()
	 * @see #getCost()
	 * @generated
	 */
	EAttribute getCost_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Cost#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.veikart.model.Cost#getCurrency()
	 * @see #getCost()
	 * @generated
	 */
	EAttribute getCost_Currency();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Cost#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.veikart.model.Cost#getText()
	 * @see #getCost()
	 * @generated
	 */
	EAttribute getCost_Text();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator</em>'.
	 * @see org.veikart.model.Indicator
	 * @generated
	 */
	EClass getIndicator();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Indicator#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.veikart.model.Indicator#getUnit()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Indicator#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.veikart.model.Indicator#getDirection()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Indicator#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.veikart.model.Indicator#getSource()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Source();

	/**
	 * Returns the meta object for the reference '{@link org.veikart.model.Indicator#getSourceActor <em>Source Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source Actor</em>'.
	 * @see org.veikart.model.Indicator#getSourceActor()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_SourceActor();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Indicator#getFrequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency</em>'.
	 * @see org.veikart.model.Indicator#getFrequency()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Frequency();

	/**
	 * Returns the meta object for the containment reference '{@link org.veikart.model.Indicator#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Baseline</em>'.
	 * @see org.veikart.model.Indicator#getBaseline()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Baseline();

	/**
	 * Returns the meta object for the containment reference list '{@link org.veikart.model.Indicator#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Targets</em>'.
	 * @see org.veikart.model.Indicator#getTargets()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Targets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.veikart.model.Indicator#getActuals <em>Actuals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actuals</em>'.
	 * @see org.veikart.model.Indicator#getActuals()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Actuals();

	/**
	 * Returns the meta object for the containment reference list '{@link org.veikart.model.Indicator#getThresholds <em>Thresholds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Thresholds</em>'.
	 * @see org.veikart.model.Indicator#getThresholds()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Thresholds();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.Measurement <em>Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measurement</em>'.
	 * @see org.veikart.model.Measurement
	 * @generated
	 */
	EClass getMeasurement();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Measurement#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.veikart.model.Measurement#getValue()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Measurement#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.veikart.model.Measurement#getYear()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Measurement#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.veikart.model.Measurement#getPeriod()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Period();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Measurement#getValueText <em>Value Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value Text</em>'.
	 * @see org.veikart.model.Measurement#getValueText()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_ValueText();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Measurement#getComparison <em>Comparison</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comparison</em>'.
	 * @see org.veikart.model.Measurement#getComparison()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Comparison();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Measurement#getStatedIn <em>Stated In</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stated In</em>'.
	 * @see org.veikart.model.Measurement#getStatedIn()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_StatedIn();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.Threshold <em>Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Threshold</em>'.
	 * @see org.veikart.model.Threshold
	 * @generated
	 */
	EClass getThreshold();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Threshold#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.veikart.model.Threshold#getStatus()
	 * @see #getThreshold()
	 * @generated
	 */
	EAttribute getThreshold_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Threshold#getLowerBound <em>Lower Bound</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lower Bound</em>'.
	 * @see org.veikart.model.Threshold#getLowerBound()
	 * @see #getThreshold()
	 * @generated
	 */
	EAttribute getThreshold_LowerBound();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Threshold#getUpperBound <em>Upper Bound</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Upper Bound</em>'.
	 * @see org.veikart.model.Threshold#getUpperBound()
	 * @see #getThreshold()
	 * @generated
	 */
	EAttribute getThreshold_UpperBound();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Threshold#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.veikart.model.Threshold#getLabel()
	 * @see #getThreshold()
	 * @generated
	 */
	EAttribute getThreshold_Label();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.SdgReference <em>Sdg Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sdg Reference</em>'.
	 * @see org.veikart.model.SdgReference
	 * @generated
	 */
	EClass getSdgReference();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.SdgReference#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.veikart.model.SdgReference#getKind()
	 * @see #getSdgReference()
	 * @generated
	 */
	EAttribute getSdgReference_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.veikart.model.SdgReference#getGoal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Goal</em>'.
	 * @see org.veikart.model.SdgReference#getGoal()
	 * @see #getSdgReference()
	 * @generated
	 */
	EReference getSdgReference_Goal();

	/**
	 * Returns the meta object for the reference '{@link org.veikart.model.SdgReference#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.veikart.model.SdgReference#getTarget()
	 * @see #getSdgReference()
	 * @generated
	 */
	EReference getSdgReference_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.SdgReference#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.veikart.model.SdgReference#getLabel()
	 * @see #getSdgReference()
	 * @generated
	 */
	EAttribute getSdgReference_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.SdgReference#isUnspecified <em>Unspecified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unspecified</em>'.
	 * @see org.veikart.model.SdgReference#isUnspecified()
	 * @see #getSdgReference()
	 * @generated
	 */
	EAttribute getSdgReference_Unspecified();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.SdgCatalogue <em>Sdg Catalogue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sdg Catalogue</em>'.
	 * @see org.veikart.model.SdgCatalogue
	 * @generated
	 */
	EClass getSdgCatalogue();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.SdgCatalogue#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.veikart.model.SdgCatalogue#getVersion()
	 * @see #getSdgCatalogue()
	 * @generated
	 */
	EAttribute getSdgCatalogue_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.SdgCatalogue#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.veikart.model.SdgCatalogue#getSource()
	 * @see #getSdgCatalogue()
	 * @generated
	 */
	EAttribute getSdgCatalogue_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.SdgCatalogue#getLicence <em>Licence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Licence</em>'.
	 * @see org.veikart.model.SdgCatalogue#getLicence()
	 * @see #getSdgCatalogue()
	 * @generated
	 */
	EAttribute getSdgCatalogue_Licence();

	/**
	 * Returns the meta object for the containment reference list '{@link org.veikart.model.SdgCatalogue#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Goals</em>'.
	 * @see org.veikart.model.SdgCatalogue#getGoals()
	 * @see #getSdgCatalogue()
	 * @generated
	 */
	EReference getSdgCatalogue_Goals();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.SdgGoal <em>Sdg Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sdg Goal</em>'.
	 * @see org.veikart.model.SdgGoal
	 * @generated
	 */
	EClass getSdgGoal();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.SdgGoal#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.veikart.model.SdgGoal#getNumber()
	 * @see #getSdgGoal()
	 * @generated
	 */
	EAttribute getSdgGoal_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.SdgGoal#getNameNb <em>Name Nb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Nb</em>'.
	 * @see org.veikart.model.SdgGoal#getNameNb()
	 * @see #getSdgGoal()
	 * @generated
	 */
	EAttribute getSdgGoal_NameNb();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.SdgGoal#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see org.veikart.model.SdgGoal#getNameEn()
	 * @see #getSdgGoal()
	 * @generated
	 */
	EAttribute getSdgGoal_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.SdgGoal#getTitleEn <em>Title En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title En</em>'.
	 * @see org.veikart.model.SdgGoal#getTitleEn()
	 * @see #getSdgGoal()
	 * @generated
	 */
	EAttribute getSdgGoal_TitleEn();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.SdgGoal#getTitleNb <em>Title Nb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title Nb</em>'.
	 * @see org.veikart.model.SdgGoal#getTitleNb()
	 * @see #getSdgGoal()
	 * @generated
	 */
	EAttribute getSdgGoal_TitleNb();

	/**
	 * Returns the meta object for the attribute list '{@link org.veikart.model.SdgGoal#getAliases <em>Aliases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aliases</em>'.
	 * @see org.veikart.model.SdgGoal#getAliases()
	 * @see #getSdgGoal()
	 * @generated
	 */
	EAttribute getSdgGoal_Aliases();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.SdgGoal#getColour <em>Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Colour</em>'.
	 * @see org.veikart.model.SdgGoal#getColour()
	 * @see #getSdgGoal()
	 * @generated
	 */
	EAttribute getSdgGoal_Colour();

	/**
	 * Returns the meta object for the containment reference list '{@link org.veikart.model.SdgGoal#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Targets</em>'.
	 * @see org.veikart.model.SdgGoal#getTargets()
	 * @see #getSdgGoal()
	 * @generated
	 */
	EReference getSdgGoal_Targets();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.SdgTarget <em>Sdg Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sdg Target</em>'.
	 * @see org.veikart.model.SdgTarget
	 * @generated
	 */
	EClass getSdgTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.SdgTarget#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.veikart.model.SdgTarget#getCode()
	 * @see #getSdgTarget()
	 * @generated
	 */
	EAttribute getSdgTarget_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.SdgTarget#getTextEn <em>Text En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text En</em>'.
	 * @see org.veikart.model.SdgTarget#getTextEn()
	 * @see #getSdgTarget()
	 * @generated
	 */
	EAttribute getSdgTarget_TextEn();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.SdgTarget#getTextNb <em>Text Nb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text Nb</em>'.
	 * @see org.veikart.model.SdgTarget#getTextNb()
	 * @see #getSdgTarget()
	 * @generated
	 */
	EAttribute getSdgTarget_TextNb();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.SdgTarget#isTextNbReviewed <em>Text Nb Reviewed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text Nb Reviewed</em>'.
	 * @see org.veikart.model.SdgTarget#isTextNbReviewed()
	 * @see #getSdgTarget()
	 * @generated
	 */
	EAttribute getSdgTarget_TextNbReviewed();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.Actor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Actor</em>'.
	 * @see org.veikart.model.Actor
	 * @generated
	 */
	EClass getActor();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Actor#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.veikart.model.Actor#getName()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Actor#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.veikart.model.Actor#getKind()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link org.veikart.model.Actor#getAliases <em>Aliases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aliases</em>'.
	 * @see org.veikart.model.Actor#getAliases()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Aliases();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Actor#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see org.veikart.model.Actor#getUrl()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Url();

	/**
	 * Returns the meta object for the reference '{@link org.veikart.model.Actor#getPartOf <em>Part Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Part Of</em>'.
	 * @see org.veikart.model.Actor#getPartOf()
	 * @see #getActor()
	 * @generated
	 */
	EReference getActor_PartOf();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.Provenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Provenance</em>'.
	 * @see org.veikart.model.Provenance
	 * @generated
	 */
	EClass getProvenance();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Provenance#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.veikart.model.Provenance#getSource()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Provenance#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see org.veikart.model.Provenance#getLine()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Line();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Provenance#getEndLine <em>End Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Line</em>'.
	 * @see org.veikart.model.Provenance#getEndLine()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_EndLine();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Provenance#getPage <em>Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page</em>'.
	 * @see org.veikart.model.Provenance#getPage()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Page();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.Note <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Note</em>'.
	 * @see org.veikart.model.Note
	 * @generated
	 */
	EClass getNote();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Note#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.veikart.model.Note#getKind()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Note#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.veikart.model.Note#getText()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Text();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.TemplateOrigin <em>Template Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Template Origin</em>'.
	 * @see org.veikart.model.TemplateOrigin
	 * @generated
	 */
	EClass getTemplateOrigin();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.TemplateOrigin#getTemplateId <em>Template Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template Id</em>'.
	 * @see org.veikart.model.TemplateOrigin#getTemplateId()
	 * @see #getTemplateOrigin()
	 * @generated
	 */
	EAttribute getTemplateOrigin_TemplateId();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.TemplateOrigin#getTemplateVersion <em>Template Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template Version</em>'.
	 * @see org.veikart.model.TemplateOrigin#getTemplateVersion()
	 * @see #getTemplateOrigin()
	 * @generated
	 */
	EAttribute getTemplateOrigin_TemplateVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.TemplateOrigin#getElementId <em>Element Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element Id</em>'.
	 * @see org.veikart.model.TemplateOrigin#getElementId()
	 * @see #getTemplateOrigin()
	 * @generated
	 */
	EAttribute getTemplateOrigin_ElementId();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.Source <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source</em>'.
	 * @see org.veikart.model.Source
	 * @generated
	 */
	EClass getSource();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Source#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.veikart.model.Source#getTitle()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Source#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.veikart.model.Source#getAuthor()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Source#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.veikart.model.Source#getYear()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Source#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see org.veikart.model.Source#getUrl()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Url();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.Section <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Section</em>'.
	 * @see org.veikart.model.Section
	 * @generated
	 */
	EClass getSection();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Section#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.veikart.model.Section#getCode()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Section#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.veikart.model.Section#getTitle()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Title();

	/**
	 * Returns the meta object for the containment reference list '{@link org.veikart.model.Section#getBlocks <em>Blocks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Blocks</em>'.
	 * @see org.veikart.model.Section#getBlocks()
	 * @see #getSection()
	 * @generated
	 */
	EReference getSection_Blocks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.veikart.model.Section#getSubsections <em>Subsections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subsections</em>'.
	 * @see org.veikart.model.Section#getSubsections()
	 * @see #getSection()
	 * @generated
	 */
	EReference getSection_Subsections();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.ProseBlock <em>Prose Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Prose Block</em>'.
	 * @see org.veikart.model.ProseBlock
	 * @generated
	 */
	EClass getProseBlock();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.ProseBlock#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.veikart.model.ProseBlock#getText()
	 * @see #getProseBlock()
	 * @generated
	 */
	EAttribute getProseBlock_Text();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.Paragraph <em>Paragraph</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Paragraph</em>'.
	 * @see org.veikart.model.Paragraph
	 * @generated
	 */
	EClass getParagraph();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.Quote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quote</em>'.
	 * @see org.veikart.model.Quote
	 * @generated
	 */
	EClass getQuote();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.Quote#getAttribution <em>Attribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attribution</em>'.
	 * @see org.veikart.model.Quote#getAttribution()
	 * @see #getQuote()
	 * @generated
	 */
	EAttribute getQuote_Attribution();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.FactBox <em>Fact Box</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fact Box</em>'.
	 * @see org.veikart.model.FactBox
	 * @generated
	 */
	EClass getFactBox();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.FactBox#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.veikart.model.FactBox#getTitle()
	 * @see #getFactBox()
	 * @generated
	 */
	EAttribute getFactBox_Title();

	/**
	 * Returns the meta object for the attribute list '{@link org.veikart.model.FactBox#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Items</em>'.
	 * @see org.veikart.model.FactBox#getItems()
	 * @see #getFactBox()
	 * @generated
	 */
	EAttribute getFactBox_Items();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.FigureCaption <em>Figure Caption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Figure Caption</em>'.
	 * @see org.veikart.model.FigureCaption
	 * @generated
	 */
	EClass getFigureCaption();

	/**
	 * Returns the meta object for the attribute '{@link org.veikart.model.FigureCaption#getImage <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Image</em>'.
	 * @see org.veikart.model.FigureCaption#getImage()
	 * @see #getFigureCaption()
	 * @generated
	 */
	EAttribute getFigureCaption_Image();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.BulletList <em>Bullet List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bullet List</em>'.
	 * @see org.veikart.model.BulletList
	 * @generated
	 */
	EClass getBulletList();

	/**
	 * Returns the meta object for the attribute list '{@link org.veikart.model.BulletList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Items</em>'.
	 * @see org.veikart.model.BulletList#getItems()
	 * @see #getBulletList()
	 * @generated
	 */
	EAttribute getBulletList_Items();

	/**
	 * Returns the meta object for class '{@link org.veikart.model.SourceList <em>Source List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source List</em>'.
	 * @see org.veikart.model.SourceList
	 * @generated
	 */
	EClass getSourceList();

	/**
	 * Returns the meta object for the reference list '{@link org.veikart.model.SourceList#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Entries</em>'.
	 * @see org.veikart.model.SourceList#getEntries()
	 * @see #getSourceList()
	 * @generated
	 */
	EReference getSourceList_Entries();

	/**
	 * Returns the meta object for enum '{@link org.veikart.model.PlanKind <em>Plan Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Plan Kind</em>'.
	 * @see org.veikart.model.PlanKind
	 * @generated
	 */
	EEnum getPlanKind();

	/**
	 * Returns the meta object for enum '{@link org.veikart.model.PartKind <em>Part Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Part Kind</em>'.
	 * @see org.veikart.model.PartKind
	 * @generated
	 */
	EEnum getPartKind();

	/**
	 * Returns the meta object for enum '{@link org.veikart.model.TermLevel <em>Term Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Term Level</em>'.
	 * @see org.veikart.model.TermLevel
	 * @generated
	 */
	EEnum getTermLevel();

	/**
	 * Returns the meta object for enum '{@link org.veikart.model.RelationKind <em>Relation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Relation Kind</em>'.
	 * @see org.veikart.model.RelationKind
	 * @generated
	 */
	EEnum getRelationKind();

	/**
	 * Returns the meta object for enum '{@link org.veikart.model.GoalKind <em>Goal Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Goal Kind</em>'.
	 * @see org.veikart.model.GoalKind
	 * @generated
	 */
	EEnum getGoalKind();

	/**
	 * Returns the meta object for enum '{@link org.veikart.model.Recurrence <em>Recurrence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Recurrence</em>'.
	 * @see org.veikart.model.Recurrence
	 * @generated
	 */
	EEnum getRecurrence();

	/**
	 * Returns the meta object for enum '{@link org.veikart.model.MeasureStatus <em>Measure Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Measure Status</em>'.
	 * @see org.veikart.model.MeasureStatus
	 * @generated
	 */
	EEnum getMeasureStatus();

	/**
	 * Returns the meta object for enum '{@link org.veikart.model.Priority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Priority</em>'.
	 * @see org.veikart.model.Priority
	 * @generated
	 */
	EEnum getPriority();

	/**
	 * Returns the meta object for enum '{@link org.veikart.model.Direction <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Direction</em>'.
	 * @see org.veikart.model.Direction
	 * @generated
	 */
	EEnum getDirection();

	/**
	 * Returns the meta object for enum '{@link org.veikart.model.IndicatorStatus <em>Indicator Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Indicator Status</em>'.
	 * @see org.veikart.model.IndicatorStatus
	 * @generated
	 */
	EEnum getIndicatorStatus();

	/**
	 * Returns the meta object for enum '{@link org.veikart.model.SdgRelationKind <em>Sdg Relation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sdg Relation Kind</em>'.
	 * @see org.veikart.model.SdgRelationKind
	 * @generated
	 */
	EEnum getSdgRelationKind();

	/**
	 * Returns the meta object for enum '{@link org.veikart.model.ActorKind <em>Actor Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Actor Kind</em>'.
	 * @see org.veikart.model.ActorKind
	 * @generated
	 */
	EEnum getActorKind();

	/**
	 * Returns the meta object for enum '{@link org.veikart.model.NoteKind <em>Note Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Note Kind</em>'.
	 * @see org.veikart.model.NoteKind
	 * @generated
	 */
	EEnum getNoteKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	VeikartFactory getVeikartFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals
	{
		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.IdentifiableImpl <em>Identifiable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.IdentifiableImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getIdentifiable()
		 * @generated
		 */
		EClass IDENTIFIABLE = eINSTANCE.getIdentifiable();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIABLE__ID = eINSTANCE.getIdentifiable_Id();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.TraceableImpl <em>Traceable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.TraceableImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getTraceable()
		 * @generated
		 */
		EClass TRACEABLE = eINSTANCE.getTraceable();

		/**
		 * The meta object literal for the '<em><b>Provenance</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRACEABLE__PROVENANCE = eINSTANCE.getTraceable_Provenance();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRACEABLE__NOTES = eINSTANCE.getTraceable_Notes();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.PlanElementImpl <em>Plan Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.PlanElementImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getPlanElement()
		 * @generated
		 */
		EClass PLAN_ELEMENT = eINSTANCE.getPlanElement();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ELEMENT__CODE = eINSTANCE.getPlanElement_Code();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ELEMENT__TITLE = eINSTANCE.getPlanElement_Title();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ELEMENT__TEXT = eINSTANCE.getPlanElement_Text();

		/**
		 * The meta object literal for the '<em><b>Sdg References</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_ELEMENT__SDG_REFERENCES = eINSTANCE.getPlanElement_SdgReferences();

		/**
		 * The meta object literal for the '<em><b>Measured By</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_ELEMENT__MEASURED_BY = eINSTANCE.getPlanElement_MeasuredBy();

		/**
		 * The meta object literal for the '<em><b>Contributes To</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_ELEMENT__CONTRIBUTES_TO = eINSTANCE.getPlanElement_ContributesTo();

		/**
		 * The meta object literal for the '<em><b>Variant Of</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_ELEMENT__VARIANT_OF = eINSTANCE.getPlanElement_VariantOf();

		/**
		 * The meta object literal for the '<em><b>Duplicate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ELEMENT__DUPLICATE = eINSTANCE.getPlanElement_Duplicate();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_ELEMENT__ORIGIN = eINSTANCE.getPlanElement_Origin();

		/**
		 * The meta object literal for the '<em><b>Is Missing In Source</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PLAN_ELEMENT___IS_MISSING_IN_SOURCE = eINSTANCE.getPlanElement__IsMissingInSource();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.PlanImpl <em>Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.PlanImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getPlan()
		 * @generated
		 */
		EClass PLAN = eINSTANCE.getPlan();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__KIND = eINSTANCE.getPlan_Kind();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__LANGUAGE = eINSTANCE.getPlan_Language();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__OWNER = eINSTANCE.getPlan_Owner();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__PERIOD = eINSTANCE.getPlan_Period();

		/**
		 * The meta object literal for the '<em><b>Parts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__PARTS = eINSTANCE.getPlan_Parts();

		/**
		 * The meta object literal for the '<em><b>Revision Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__REVISION_RULE = eINSTANCE.getPlan_RevisionRule();

		/**
		 * The meta object literal for the '<em><b>Adopted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__ADOPTED = eINSTANCE.getPlan_Adopted();

		/**
		 * The meta object literal for the '<em><b>Published</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__PUBLISHED = eINSTANCE.getPlan_Published();

		/**
		 * The meta object literal for the '<em><b>Adopted By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__ADOPTED_BY = eINSTANCE.getPlan_AdoptedBy();

		/**
		 * The meta object literal for the '<em><b>Vocabulary</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__VOCABULARY = eINSTANCE.getPlan_Vocabulary();

		/**
		 * The meta object literal for the '<em><b>Relations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__RELATIONS = eINSTANCE.getPlan_Relations();

		/**
		 * The meta object literal for the '<em><b>Actors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__ACTORS = eINSTANCE.getPlan_Actors();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__GOALS = eINSTANCE.getPlan_Goals();

		/**
		 * The meta object literal for the '<em><b>Focus Areas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__FOCUS_AREAS = eINSTANCE.getPlan_FocusAreas();

		/**
		 * The meta object literal for the '<em><b>Strategies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__STRATEGIES = eINSTANCE.getPlan_Strategies();

		/**
		 * The meta object literal for the '<em><b>Measures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__MEASURES = eINSTANCE.getPlan_Measures();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__INDICATORS = eINSTANCE.getPlan_Indicators();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__SECTIONS = eINSTANCE.getPlan_Sections();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__SOURCES = eINSTANCE.getPlan_Sources();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.ActorRegistryImpl <em>Actor Registry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.ActorRegistryImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getActorRegistry()
		 * @generated
		 */
		EClass ACTOR_REGISTRY = eINSTANCE.getActorRegistry();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR_REGISTRY__TITLE = eINSTANCE.getActorRegistry_Title();

		/**
		 * The meta object literal for the '<em><b>Actors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTOR_REGISTRY__ACTORS = eINSTANCE.getActorRegistry_Actors();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.PlanPartImpl <em>Plan Part</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.PlanPartImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getPlanPart()
		 * @generated
		 */
		EClass PLAN_PART = eINSTANCE.getPlanPart();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_PART__TITLE = eINSTANCE.getPlanPart_Title();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_PART__KIND = eINSTANCE.getPlanPart_Kind();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_PART__PERIOD = eINSTANCE.getPlanPart_Period();

		/**
		 * The meta object literal for the '<em><b>Revision Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_PART__REVISION_RULE = eINSTANCE.getPlanPart_RevisionRule();

		/**
		 * The meta object literal for the '<em><b>Elements</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN_PART__ELEMENTS = eINSTANCE.getPlanPart_Elements();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.PeriodImpl <em>Period</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.PeriodImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getPeriod()
		 * @generated
		 */
		EClass PERIOD = eINSTANCE.getPeriod();

		/**
		 * The meta object literal for the '<em><b>Start Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIOD__START_YEAR = eINSTANCE.getPeriod_StartYear();

		/**
		 * The meta object literal for the '<em><b>End Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIOD__END_YEAR = eINSTANCE.getPeriod_EndYear();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIOD__LABEL = eINSTANCE.getPeriod_Label();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.TermImpl <em>Term</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.TermImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getTerm()
		 * @generated
		 */
		EClass TERM = eINSTANCE.getTerm();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERM__LEVEL = eINSTANCE.getTerm_Level();

		/**
		 * The meta object literal for the '<em><b>Singular</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERM__SINGULAR = eINSTANCE.getTerm_Singular();

		/**
		 * The meta object literal for the '<em><b>Plural</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERM__PLURAL = eINSTANCE.getTerm_Plural();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.DocumentRelationImpl <em>Document Relation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.DocumentRelationImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getDocumentRelation()
		 * @generated
		 */
		EClass DOCUMENT_RELATION = eINSTANCE.getDocumentRelation();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_RELATION__KIND = eINSTANCE.getDocumentRelation_Kind();

		/**
		 * The meta object literal for the '<em><b>Target Plan</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT_RELATION__TARGET_PLAN = eINSTANCE.getDocumentRelation_TargetPlan();

		/**
		 * The meta object literal for the '<em><b>Document Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_RELATION__DOCUMENT_TITLE = eINSTANCE.getDocumentRelation_DocumentTitle();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_RELATION__URL = eINSTANCE.getDocumentRelation_Url();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.GoalImpl <em>Goal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.GoalImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getGoal()
		 * @generated
		 */
		EClass GOAL = eINSTANCE.getGoal();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__KIND = eINSTANCE.getGoal_Kind();

		/**
		 * The meta object literal for the '<em><b>Quoted From</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOAL__QUOTED_FROM = eINSTANCE.getGoal_QuotedFrom();

		/**
		 * The meta object literal for the '<em><b>Sub Goals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOAL__SUB_GOALS = eINSTANCE.getGoal_SubGoals();

		/**
		 * The meta object literal for the '<em><b>Strategies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOAL__STRATEGIES = eINSTANCE.getGoal_Strategies();

		/**
		 * The meta object literal for the '<em><b>Is Owned</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation GOAL___IS_OWNED = eINSTANCE.getGoal__IsOwned();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.QuotationImpl <em>Quotation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.QuotationImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getQuotation()
		 * @generated
		 */
		EClass QUOTATION = eINSTANCE.getQuotation();

		/**
		 * The meta object literal for the '<em><b>Source Plan</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUOTATION__SOURCE_PLAN = eINSTANCE.getQuotation_SourcePlan();

		/**
		 * The meta object literal for the '<em><b>Source Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTATION__SOURCE_TITLE = eINSTANCE.getQuotation_SourceTitle();

		/**
		 * The meta object literal for the '<em><b>Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTATION__PAGE = eINSTANCE.getQuotation_Page();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.FocusAreaImpl <em>Focus Area</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.FocusAreaImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getFocusArea()
		 * @generated
		 */
		EClass FOCUS_AREA = eINSTANCE.getFocusArea();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOCUS_AREA__GOALS = eINSTANCE.getFocusArea_Goals();

		/**
		 * The meta object literal for the '<em><b>Sub Areas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOCUS_AREA__SUB_AREAS = eINSTANCE.getFocusArea_SubAreas();

		/**
		 * The meta object literal for the '<em><b>Strategies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOCUS_AREA__STRATEGIES = eINSTANCE.getFocusArea_Strategies();

		/**
		 * The meta object literal for the '<em><b>Measures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FOCUS_AREA__MEASURES = eINSTANCE.getFocusArea_Measures();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.StrategyImpl <em>Strategy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.StrategyImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getStrategy()
		 * @generated
		 */
		EClass STRATEGY = eINSTANCE.getStrategy();

		/**
		 * The meta object literal for the '<em><b>Sub Strategies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__SUB_STRATEGIES = eINSTANCE.getStrategy_SubStrategies();

		/**
		 * The meta object literal for the '<em><b>Measures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY__MEASURES = eINSTANCE.getStrategy_Measures();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.MeasureImpl <em>Measure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.MeasureImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getMeasure()
		 * @generated
		 */
		EClass MEASURE = eINSTANCE.getMeasure();

		/**
		 * The meta object literal for the '<em><b>Responsible</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE__RESPONSIBLE = eINSTANCE.getMeasure_Responsible();

		/**
		 * The meta object literal for the '<em><b>Partners</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE__PARTNERS = eINSTANCE.getMeasure_Partners();

		/**
		 * The meta object literal for the '<em><b>Schedule</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE__SCHEDULE = eINSTANCE.getMeasure_Schedule();

		/**
		 * The meta object literal for the '<em><b>Recurrence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__RECURRENCE = eINSTANCE.getMeasure_Recurrence();

		/**
		 * The meta object literal for the '<em><b>Recurrence Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__RECURRENCE_TEXT = eINSTANCE.getMeasure_RecurrenceText();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__STATUS = eINSTANCE.getMeasure_Status();

		/**
		 * The meta object literal for the '<em><b>Cost</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASURE__COST = eINSTANCE.getMeasure_Cost();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE__PRIORITY = eINSTANCE.getMeasure_Priority();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.ScheduleImpl <em>Schedule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.ScheduleImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getSchedule()
		 * @generated
		 */
		EClass SCHEDULE = eINSTANCE.getSchedule();

		/**
		 * The meta object literal for the '<em><b>Years</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__YEARS = eINSTANCE.getSchedule_Years();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__START = eINSTANCE.getSchedule_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__END = eINSTANCE.getSchedule_End();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE__TEXT = eINSTANCE.getSchedule_Text();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.CostImpl <em>Cost</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.CostImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getCost()
		 * @generated
		 */
		EClass COST = eINSTANCE.getCost();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST__AMOUNT = eINSTANCE.getCost_Amount();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST__CURRENCY = eINSTANCE.getCost_Currency();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST__TEXT = eINSTANCE.getCost_Text();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.IndicatorImpl <em>Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.IndicatorImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getIndicator()
		 * @generated
		 */
		EClass INDICATOR = eINSTANCE.getIndicator();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__UNIT = eINSTANCE.getIndicator_Unit();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__DIRECTION = eINSTANCE.getIndicator_Direction();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__SOURCE = eINSTANCE.getIndicator_Source();

		/**
		 * The meta object literal for the '<em><b>Source Actor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__SOURCE_ACTOR = eINSTANCE.getIndicator_SourceActor();

		/**
		 * The meta object literal for the '<em><b>Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__FREQUENCY = eINSTANCE.getIndicator_Frequency();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__BASELINE = eINSTANCE.getIndicator_Baseline();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__TARGETS = eINSTANCE.getIndicator_Targets();

		/**
		 * The meta object literal for the '<em><b>Actuals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__ACTUALS = eINSTANCE.getIndicator_Actuals();

		/**
		 * The meta object literal for the '<em><b>Thresholds</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__THRESHOLDS = eINSTANCE.getIndicator_Thresholds();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.MeasurementImpl <em>Measurement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.MeasurementImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getMeasurement()
		 * @generated
		 */
		EClass MEASUREMENT = eINSTANCE.getMeasurement();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__VALUE = eINSTANCE.getMeasurement_Value();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__YEAR = eINSTANCE.getMeasurement_Year();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__PERIOD = eINSTANCE.getMeasurement_Period();

		/**
		 * The meta object literal for the '<em><b>Value Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__VALUE_TEXT = eINSTANCE.getMeasurement_ValueText();

		/**
		 * The meta object literal for the '<em><b>Comparison</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__COMPARISON = eINSTANCE.getMeasurement_Comparison();

		/**
		 * The meta object literal for the '<em><b>Stated In</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__STATED_IN = eINSTANCE.getMeasurement_StatedIn();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.ThresholdImpl <em>Threshold</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.ThresholdImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getThreshold()
		 * @generated
		 */
		EClass THRESHOLD = eINSTANCE.getThreshold();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THRESHOLD__STATUS = eINSTANCE.getThreshold_Status();

		/**
		 * The meta object literal for the '<em><b>Lower Bound</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THRESHOLD__LOWER_BOUND = eINSTANCE.getThreshold_LowerBound();

		/**
		 * The meta object literal for the '<em><b>Upper Bound</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THRESHOLD__UPPER_BOUND = eINSTANCE.getThreshold_UpperBound();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THRESHOLD__LABEL = eINSTANCE.getThreshold_Label();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.SdgReferenceImpl <em>Sdg Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.SdgReferenceImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getSdgReference()
		 * @generated
		 */
		EClass SDG_REFERENCE = eINSTANCE.getSdgReference();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG_REFERENCE__KIND = eINSTANCE.getSdgReference_Kind();

		/**
		 * The meta object literal for the '<em><b>Goal</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SDG_REFERENCE__GOAL = eINSTANCE.getSdgReference_Goal();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SDG_REFERENCE__TARGET = eINSTANCE.getSdgReference_Target();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG_REFERENCE__LABEL = eINSTANCE.getSdgReference_Label();

		/**
		 * The meta object literal for the '<em><b>Unspecified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG_REFERENCE__UNSPECIFIED = eINSTANCE.getSdgReference_Unspecified();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.SdgCatalogueImpl <em>Sdg Catalogue</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.SdgCatalogueImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getSdgCatalogue()
		 * @generated
		 */
		EClass SDG_CATALOGUE = eINSTANCE.getSdgCatalogue();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG_CATALOGUE__VERSION = eINSTANCE.getSdgCatalogue_Version();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG_CATALOGUE__SOURCE = eINSTANCE.getSdgCatalogue_Source();

		/**
		 * The meta object literal for the '<em><b>Licence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG_CATALOGUE__LICENCE = eINSTANCE.getSdgCatalogue_Licence();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SDG_CATALOGUE__GOALS = eINSTANCE.getSdgCatalogue_Goals();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.SdgGoalImpl <em>Sdg Goal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.SdgGoalImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getSdgGoal()
		 * @generated
		 */
		EClass SDG_GOAL = eINSTANCE.getSdgGoal();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG_GOAL__NUMBER = eINSTANCE.getSdgGoal_Number();

		/**
		 * The meta object literal for the '<em><b>Name Nb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG_GOAL__NAME_NB = eINSTANCE.getSdgGoal_NameNb();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG_GOAL__NAME_EN = eINSTANCE.getSdgGoal_NameEn();

		/**
		 * The meta object literal for the '<em><b>Title En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG_GOAL__TITLE_EN = eINSTANCE.getSdgGoal_TitleEn();

		/**
		 * The meta object literal for the '<em><b>Title Nb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG_GOAL__TITLE_NB = eINSTANCE.getSdgGoal_TitleNb();

		/**
		 * The meta object literal for the '<em><b>Aliases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG_GOAL__ALIASES = eINSTANCE.getSdgGoal_Aliases();

		/**
		 * The meta object literal for the '<em><b>Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG_GOAL__COLOUR = eINSTANCE.getSdgGoal_Colour();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SDG_GOAL__TARGETS = eINSTANCE.getSdgGoal_Targets();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.SdgTargetImpl <em>Sdg Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.SdgTargetImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getSdgTarget()
		 * @generated
		 */
		EClass SDG_TARGET = eINSTANCE.getSdgTarget();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG_TARGET__CODE = eINSTANCE.getSdgTarget_Code();

		/**
		 * The meta object literal for the '<em><b>Text En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG_TARGET__TEXT_EN = eINSTANCE.getSdgTarget_TextEn();

		/**
		 * The meta object literal for the '<em><b>Text Nb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG_TARGET__TEXT_NB = eINSTANCE.getSdgTarget_TextNb();

		/**
		 * The meta object literal for the '<em><b>Text Nb Reviewed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SDG_TARGET__TEXT_NB_REVIEWED = eINSTANCE.getSdgTarget_TextNbReviewed();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.ActorImpl <em>Actor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.ActorImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getActor()
		 * @generated
		 */
		EClass ACTOR = eINSTANCE.getActor();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__NAME = eINSTANCE.getActor_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__KIND = eINSTANCE.getActor_Kind();

		/**
		 * The meta object literal for the '<em><b>Aliases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__ALIASES = eINSTANCE.getActor_Aliases();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__URL = eINSTANCE.getActor_Url();

		/**
		 * The meta object literal for the '<em><b>Part Of</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTOR__PART_OF = eINSTANCE.getActor_PartOf();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.ProvenanceImpl <em>Provenance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.ProvenanceImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getProvenance()
		 * @generated
		 */
		EClass PROVENANCE = eINSTANCE.getProvenance();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__SOURCE = eINSTANCE.getProvenance_Source();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__LINE = eINSTANCE.getProvenance_Line();

		/**
		 * The meta object literal for the '<em><b>End Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__END_LINE = eINSTANCE.getProvenance_EndLine();

		/**
		 * The meta object literal for the '<em><b>Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__PAGE = eINSTANCE.getProvenance_Page();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.NoteImpl <em>Note</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.NoteImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getNote()
		 * @generated
		 */
		EClass NOTE = eINSTANCE.getNote();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__KIND = eINSTANCE.getNote_Kind();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__TEXT = eINSTANCE.getNote_Text();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.TemplateOriginImpl <em>Template Origin</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.TemplateOriginImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getTemplateOrigin()
		 * @generated
		 */
		EClass TEMPLATE_ORIGIN = eINSTANCE.getTemplateOrigin();

		/**
		 * The meta object literal for the '<em><b>Template Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEMPLATE_ORIGIN__TEMPLATE_ID = eINSTANCE.getTemplateOrigin_TemplateId();

		/**
		 * The meta object literal for the '<em><b>Template Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEMPLATE_ORIGIN__TEMPLATE_VERSION = eINSTANCE.getTemplateOrigin_TemplateVersion();

		/**
		 * The meta object literal for the '<em><b>Element Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEMPLATE_ORIGIN__ELEMENT_ID = eINSTANCE.getTemplateOrigin_ElementId();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.SourceImpl <em>Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.SourceImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getSource()
		 * @generated
		 */
		EClass SOURCE = eINSTANCE.getSource();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__TITLE = eINSTANCE.getSource_Title();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__AUTHOR = eINSTANCE.getSource_Author();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__YEAR = eINSTANCE.getSource_Year();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__URL = eINSTANCE.getSource_Url();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.SectionImpl <em>Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.SectionImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getSection()
		 * @generated
		 */
		EClass SECTION = eINSTANCE.getSection();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__CODE = eINSTANCE.getSection_Code();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__TITLE = eINSTANCE.getSection_Title();

		/**
		 * The meta object literal for the '<em><b>Blocks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTION__BLOCKS = eINSTANCE.getSection_Blocks();

		/**
		 * The meta object literal for the '<em><b>Subsections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTION__SUBSECTIONS = eINSTANCE.getSection_Subsections();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.ProseBlockImpl <em>Prose Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.ProseBlockImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getProseBlock()
		 * @generated
		 */
		EClass PROSE_BLOCK = eINSTANCE.getProseBlock();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROSE_BLOCK__TEXT = eINSTANCE.getProseBlock_Text();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.ParagraphImpl <em>Paragraph</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.ParagraphImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getParagraph()
		 * @generated
		 */
		EClass PARAGRAPH = eINSTANCE.getParagraph();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.QuoteImpl <em>Quote</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.QuoteImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getQuote()
		 * @generated
		 */
		EClass QUOTE = eINSTANCE.getQuote();

		/**
		 * The meta object literal for the '<em><b>Attribution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE__ATTRIBUTION = eINSTANCE.getQuote_Attribution();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.FactBoxImpl <em>Fact Box</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.FactBoxImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getFactBox()
		 * @generated
		 */
		EClass FACT_BOX = eINSTANCE.getFactBox();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT_BOX__TITLE = eINSTANCE.getFactBox_Title();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FACT_BOX__ITEMS = eINSTANCE.getFactBox_Items();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.FigureCaptionImpl <em>Figure Caption</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.FigureCaptionImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getFigureCaption()
		 * @generated
		 */
		EClass FIGURE_CAPTION = eINSTANCE.getFigureCaption();

		/**
		 * The meta object literal for the '<em><b>Image</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIGURE_CAPTION__IMAGE = eINSTANCE.getFigureCaption_Image();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.BulletListImpl <em>Bullet List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.BulletListImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getBulletList()
		 * @generated
		 */
		EClass BULLET_LIST = eINSTANCE.getBulletList();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BULLET_LIST__ITEMS = eINSTANCE.getBulletList_Items();

		/**
		 * The meta object literal for the '{@link org.veikart.model.impl.SourceListImpl <em>Source List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.impl.SourceListImpl
		 * @see org.veikart.model.impl.VeikartPackageImpl#getSourceList()
		 * @generated
		 */
		EClass SOURCE_LIST = eINSTANCE.getSourceList();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE_LIST__ENTRIES = eINSTANCE.getSourceList_Entries();

		/**
		 * The meta object literal for the '{@link org.veikart.model.PlanKind <em>Plan Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.PlanKind
		 * @see org.veikart.model.impl.VeikartPackageImpl#getPlanKind()
		 * @generated
		 */
		EEnum PLAN_KIND = eINSTANCE.getPlanKind();

		/**
		 * The meta object literal for the '{@link org.veikart.model.PartKind <em>Part Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.PartKind
		 * @see org.veikart.model.impl.VeikartPackageImpl#getPartKind()
		 * @generated
		 */
		EEnum PART_KIND = eINSTANCE.getPartKind();

		/**
		 * The meta object literal for the '{@link org.veikart.model.TermLevel <em>Term Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.TermLevel
		 * @see org.veikart.model.impl.VeikartPackageImpl#getTermLevel()
		 * @generated
		 */
		EEnum TERM_LEVEL = eINSTANCE.getTermLevel();

		/**
		 * The meta object literal for the '{@link org.veikart.model.RelationKind <em>Relation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.RelationKind
		 * @see org.veikart.model.impl.VeikartPackageImpl#getRelationKind()
		 * @generated
		 */
		EEnum RELATION_KIND = eINSTANCE.getRelationKind();

		/**
		 * The meta object literal for the '{@link org.veikart.model.GoalKind <em>Goal Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.GoalKind
		 * @see org.veikart.model.impl.VeikartPackageImpl#getGoalKind()
		 * @generated
		 */
		EEnum GOAL_KIND = eINSTANCE.getGoalKind();

		/**
		 * The meta object literal for the '{@link org.veikart.model.Recurrence <em>Recurrence</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.Recurrence
		 * @see org.veikart.model.impl.VeikartPackageImpl#getRecurrence()
		 * @generated
		 */
		EEnum RECURRENCE = eINSTANCE.getRecurrence();

		/**
		 * The meta object literal for the '{@link org.veikart.model.MeasureStatus <em>Measure Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.MeasureStatus
		 * @see org.veikart.model.impl.VeikartPackageImpl#getMeasureStatus()
		 * @generated
		 */
		EEnum MEASURE_STATUS = eINSTANCE.getMeasureStatus();

		/**
		 * The meta object literal for the '{@link org.veikart.model.Priority <em>Priority</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.Priority
		 * @see org.veikart.model.impl.VeikartPackageImpl#getPriority()
		 * @generated
		 */
		EEnum PRIORITY = eINSTANCE.getPriority();

		/**
		 * The meta object literal for the '{@link org.veikart.model.Direction <em>Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.Direction
		 * @see org.veikart.model.impl.VeikartPackageImpl#getDirection()
		 * @generated
		 */
		EEnum DIRECTION = eINSTANCE.getDirection();

		/**
		 * The meta object literal for the '{@link org.veikart.model.IndicatorStatus <em>Indicator Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.IndicatorStatus
		 * @see org.veikart.model.impl.VeikartPackageImpl#getIndicatorStatus()
		 * @generated
		 */
		EEnum INDICATOR_STATUS = eINSTANCE.getIndicatorStatus();

		/**
		 * The meta object literal for the '{@link org.veikart.model.SdgRelationKind <em>Sdg Relation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.SdgRelationKind
		 * @see org.veikart.model.impl.VeikartPackageImpl#getSdgRelationKind()
		 * @generated
		 */
		EEnum SDG_RELATION_KIND = eINSTANCE.getSdgRelationKind();

		/**
		 * The meta object literal for the '{@link org.veikart.model.ActorKind <em>Actor Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.ActorKind
		 * @see org.veikart.model.impl.VeikartPackageImpl#getActorKind()
		 * @generated
		 */
		EEnum ACTOR_KIND = eINSTANCE.getActorKind();

		/**
		 * The meta object literal for the '{@link org.veikart.model.NoteKind <em>Note Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.veikart.model.NoteKind
		 * @see org.veikart.model.impl.VeikartPackageImpl#getNoteKind()
		 * @generated
		 */
		EEnum NOTE_KIND = eINSTANCE.getNoteKind();

	}

} //VeikartPackage
