/**
 */
package org.veikart.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A strategic plan document of a municipality, such as a næringsstrategi, a handlingsplan or a focus area of the kommuneplan. It is the root of a plan model and contains the plan's period, parts, own vocabulary, relations to other documents, goals, focus areas, strategies, measures, indicators, actors and prose.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.Plan#getKind <em>Kind</em>}</li>
 *   <li>{@link org.veikart.model.Plan#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.veikart.model.Plan#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.veikart.model.Plan#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.veikart.model.Plan#getParts <em>Parts</em>}</li>
 *   <li>{@link org.veikart.model.Plan#getRevisionRule <em>Revision Rule</em>}</li>
 *   <li>{@link org.veikart.model.Plan#getAdopted <em>Adopted</em>}</li>
 *   <li>{@link org.veikart.model.Plan#getPublished <em>Published</em>}</li>
 *   <li>{@link org.veikart.model.Plan#getAdoptedBy <em>Adopted By</em>}</li>
 *   <li>{@link org.veikart.model.Plan#getVocabulary <em>Vocabulary</em>}</li>
 *   <li>{@link org.veikart.model.Plan#getRelations <em>Relations</em>}</li>
 *   <li>{@link org.veikart.model.Plan#getActors <em>Actors</em>}</li>
 *   <li>{@link org.veikart.model.Plan#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.veikart.model.Plan#getFocusAreas <em>Focus Areas</em>}</li>
 *   <li>{@link org.veikart.model.Plan#getStrategies <em>Strategies</em>}</li>
 *   <li>{@link org.veikart.model.Plan#getMeasures <em>Measures</em>}</li>
 *   <li>{@link org.veikart.model.Plan#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.veikart.model.Plan#getSections <em>Sections</em>}</li>
 *   <li>{@link org.veikart.model.Plan#getSources <em>Sources</em>}</li>
 * </ul>
 *
 * @see org.veikart.model.VeikartPackage#getPlan()
 * @model
 * @generated
 */
public interface Plan extends PlanElement
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.veikart.model.PlanKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What kind of document this is, for example a strategy (strategi) or an action plan (handlingsplan). Unsettable: a kind the document states (even the default, strategy) is kept apart from one it does not state.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.veikart.model.PlanKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #setKind(PlanKind)
	 * @see org.veikart.model.VeikartPackage#getPlan_Kind()
	 * @model unsettable="true"
	 * @generated
	 */
	PlanKind getKind();

	/**
	 * Sets the value of the '{@link org.veikart.model.Plan#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.veikart.model.PlanKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PlanKind value);

	/**
	 * Unsets the value of the '{@link org.veikart.model.Plan#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKind()
	 * @see #getKind()
	 * @see #setKind(PlanKind)
	 * @generated
	 */
	void unsetKind();

	/**
	 * Returns whether the value of the '{@link org.veikart.model.Plan#getKind <em>Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kind</em>' attribute is set.
	 * @see #unsetKind()
	 * @see #getKind()
	 * @see #setKind(PlanKind)
	 * @generated
	 */
	boolean isSetKind();

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * The default value is <code>"nb"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BCP-47 language tag of the verbatim statements; "nb" (Norwegian bokmål) by default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.veikart.model.VeikartPackage#getPlan_Language()
	 * @model default="nb"
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.veikart.model.Plan#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The municipality or other body that owns the plan, for example Lillestrøm kommune.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Actor)
	 * @see org.veikart.model.VeikartPackage#getPlan_Owner()
	 * @model
	 * @generated
	 */
	Actor getOwner();

	/**
	 * Sets the value of the '{@link org.veikart.model.Plan#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Actor value);

	/**
	 * Returns the value of the '<em><b>Period</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The period the plan covers, for example 2022-2030.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period</em>' containment reference.
	 * @see #setPeriod(Period)
	 * @see org.veikart.model.VeikartPackage#getPlan_Period()
	 * @model containment="true"
	 * @generated
	 */
	Period getPeriod();

	/**
	 * Sets the value of the '{@link org.veikart.model.Plan#getPeriod <em>Period</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' containment reference.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(Period value);

	/**
	 * Returns the value of the '<em><b>Parts</b></em>' containment reference list.
	 * The list contents are of type {@link org.veikart.model.PlanPart}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The parts of the plan that have their own period or update rule, for example strategidel, statusdel and tiltaksdel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parts</em>' containment reference list.
	 * @see org.veikart.model.VeikartPackage#getPlan_Parts()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlanPart> getParts();

	/**
	 * Returns the value of the '<em><b>Revision Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the plan is revised, as written, for example "oppdateres årlig" (updated yearly).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Revision Rule</em>' attribute.
	 * @see #setRevisionRule(String)
	 * @see org.veikart.model.VeikartPackage#getPlan_RevisionRule()
	 * @model
	 * @generated
	 */
	String getRevisionRule();

	/**
	 * Sets the value of the '{@link org.veikart.model.Plan#getRevisionRule <em>Revision Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revision Rule</em>' attribute.
	 * @see #getRevisionRule()
	 * @generated
	 */
	void setRevisionRule(String value);

	/**
	 * Returns the value of the '<em><b>Adopted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of adoption (vedtatt) as a partial ISO date: "2022", "2022-05" or "2022-05-17".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adopted</em>' attribute.
	 * @see #setAdopted(String)
	 * @see org.veikart.model.VeikartPackage#getPlan_Adopted()
	 * @model
	 * @generated
	 */
	String getAdopted();

	/**
	 * Sets the value of the '{@link org.veikart.model.Plan#getAdopted <em>Adopted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adopted</em>' attribute.
	 * @see #getAdopted()
	 * @generated
	 */
	void setAdopted(String value);

	/**
	 * Returns the value of the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of publication as a partial ISO date, for example "2022-03-01".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Published</em>' attribute.
	 * @see #setPublished(String)
	 * @see org.veikart.model.VeikartPackage#getPlan_Published()
	 * @model
	 * @generated
	 */
	String getPublished();

	/**
	 * Sets the value of the '{@link org.veikart.model.Plan#getPublished <em>Published</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Published</em>' attribute.
	 * @see #getPublished()
	 * @generated
	 */
	void setPublished(String value);

	/**
	 * Returns the value of the '<em><b>Adopted By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The body that adopted the plan, as written, for example "Kommunestyret" (the municipal council).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adopted By</em>' attribute.
	 * @see #setAdoptedBy(String)
	 * @see org.veikart.model.VeikartPackage#getPlan_AdoptedBy()
	 * @model
	 * @generated
	 */
	String getAdoptedBy();

	/**
	 * Sets the value of the '{@link org.veikart.model.Plan#getAdoptedBy <em>Adopted By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adopted By</em>' attribute.
	 * @see #getAdoptedBy()
	 * @generated
	 */
	void setAdoptedBy(String value);

	/**
	 * Returns the value of the '<em><b>Vocabulary</b></em>' containment reference list.
	 * The list contents are of type {@link org.veikart.model.Term}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The plan's own display terms per level, since every plan names its levels differently ("innsatsområde", "satsing", "Delstrategi", "Tiltak").
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vocabulary</em>' containment reference list.
	 * @see org.veikart.model.VeikartPackage#getPlan_Vocabulary()
	 * @model containment="true"
	 * @generated
	 */
	EList<Term> getVocabulary();

	/**
	 * Returns the value of the '<em><b>Relations</b></em>' containment reference list.
	 * The list contents are of type {@link org.veikart.model.DocumentRelation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relations to other documents, for example that this handlingsplan concretises a strategy or is subordinate to the kommuneplan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Relations</em>' containment reference list.
	 * @see org.veikart.model.VeikartPackage#getPlan_Relations()
	 * @model containment="true"
	 * @generated
	 */
	EList<DocumentRelation> getRelations();

	/**
	 * Returns the value of the '<em><b>Actors</b></em>' containment reference list.
	 * The list contents are of type {@link org.veikart.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Actors local to this plan; actors shared by several plans live in an ActorRegistry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actors</em>' containment reference list.
	 * @see org.veikart.model.VeikartPackage#getPlan_Actors()
	 * @model containment="true"
	 * @generated
	 */
	EList<Actor> getActors();

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' containment reference list.
	 * The list contents are of type {@link org.veikart.model.Goal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Top-level goals of the plan, such as the vision (visjon), main ambition (hovedambisjon) and main goals (hovedmål).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Goals</em>' containment reference list.
	 * @see org.veikart.model.VeikartPackage#getPlan_Goals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Goal> getGoals();

	/**
	 * Returns the value of the '<em><b>Focus Areas</b></em>' containment reference list.
	 * The list contents are of type {@link org.veikart.model.FocusArea}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Top-level focus areas of the plan, such as innsatsområder or prioriterte satsinger.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Focus Areas</em>' containment reference list.
	 * @see org.veikart.model.VeikartPackage#getPlan_FocusAreas()
	 * @model containment="true"
	 * @generated
	 */
	EList<FocusArea> getFocusAreas();

	/**
	 * Returns the value of the '<em><b>Strategies</b></em>' containment reference list.
	 * The list contents are of type {@link org.veikart.model.Strategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Strategies placed directly under the plan rather than under a goal or focus area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Strategies</em>' containment reference list.
	 * @see org.veikart.model.VeikartPackage#getPlan_Strategies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Strategy> getStrategies();

	/**
	 * Returns the value of the '<em><b>Measures</b></em>' containment reference list.
	 * The list contents are of type {@link org.veikart.model.Measure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Measures (tiltak) placed directly under the plan rather than under a focus area or strategy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measures</em>' containment reference list.
	 * @see org.veikart.model.VeikartPackage#getPlan_Measures()
	 * @model containment="true"
	 * @generated
	 */
	EList<Measure> getMeasures();

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link org.veikart.model.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The indicators defined by this plan; plan elements refer to them through measuredBy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see org.veikart.model.VeikartPackage#getPlan_Indicators()
	 * @model containment="true"
	 * @generated
	 */
	EList<Indicator> getIndicators();

	/**
	 * Returns the value of the '<em><b>Sections</b></em>' containment reference list.
	 * The list contents are of type {@link org.veikart.model.Section}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Prose sections such as the foreword (forord), background and values, kept so a report can reproduce the document.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sections</em>' containment reference list.
	 * @see org.veikart.model.VeikartPackage#getPlan_Sections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Section> getSections();

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.veikart.model.Source}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The plan's source list or bibliography (kildeliste).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sources</em>' containment reference list.
	 * @see org.veikart.model.VeikartPackage#getPlan_Sources()
	 * @model containment="true"
	 * @generated
	 */
	EList<Source> getSources();

} // Plan
