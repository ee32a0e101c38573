/**
 */
package org.veikart.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan Part</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A part of a plan with its own period or update rule, for example the strategy part (strategidel), status part (statusdel) or action part (tiltaksdel) of the Sørum strategy.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.PlanPart#getTitle <em>Title</em>}</li>
 *   <li>{@link org.veikart.model.PlanPart#getKind <em>Kind</em>}</li>
 *   <li>{@link org.veikart.model.PlanPart#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.veikart.model.PlanPart#getRevisionRule <em>Revision Rule</em>}</li>
 *   <li>{@link org.veikart.model.PlanPart#getElements <em>Elements</em>}</li>
 * </ul>
 *
 * @see org.veikart.model.VeikartPackage#getPlanPart()
 * @model
 * @generated
 */
public interface PlanPart extends Traceable
{
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title of the part as written, for example "Tiltaksdel 2018-2020".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.veikart.model.VeikartPackage#getPlanPart_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.veikart.model.PlanPart#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.veikart.model.PartKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What kind of part this is (strategy, status or action part). Unsettable: a stated kind (even the default, strategy part) is kept apart from an unstated one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.veikart.model.PartKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #setKind(PartKind)
	 * @see org.veikart.model.VeikartPackage#getPlanPart_Kind()
	 * @model unsettable="true"
	 * @generated
	 */
	PartKind getKind();

	/**
	 * Sets the value of the '{@link org.veikart.model.PlanPart#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.veikart.model.PartKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PartKind value);

	/**
	 * Unsets the value of the '{@link org.veikart.model.PlanPart#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKind()
	 * @see #getKind()
	 * @see #setKind(PartKind)
	 * @generated
	 */
	void unsetKind();

	/**
	 * Returns whether the value of the '{@link org.veikart.model.PlanPart#getKind <em>Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kind</em>' attribute is set.
	 * @see #unsetKind()
	 * @see #getKind()
	 * @see #setKind(PartKind)
	 * @generated
	 */
	boolean isSetKind();

	/**
	 * Returns the value of the '<em><b>Period</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The part's own period, which may differ from the plan period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period</em>' containment reference.
	 * @see #setPeriod(Period)
	 * @see org.veikart.model.VeikartPackage#getPlanPart_Period()
	 * @model containment="true"
	 * @generated
	 */
	Period getPeriod();

	/**
	 * Sets the value of the '{@link org.veikart.model.PlanPart#getPeriod <em>Period</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' containment reference.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(Period value);

	/**
	 * Returns the value of the '<em><b>Revision Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the part is revised, as written, for example "oppdateres årlig".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Revision Rule</em>' attribute.
	 * @see #setRevisionRule(String)
	 * @see org.veikart.model.VeikartPackage#getPlanPart_RevisionRule()
	 * @model
	 * @generated
	 */
	String getRevisionRule();

	/**
	 * Sets the value of the '{@link org.veikart.model.PlanPart#getRevisionRule <em>Revision Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revision Rule</em>' attribute.
	 * @see #getRevisionRule()
	 * @generated
	 */
	void setRevisionRule(String value);

	/**
	 * Returns the value of the '<em><b>Elements</b></em>' reference list.
	 * The list contents are of type {@link org.veikart.model.PlanElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional list of the plan elements that belong to this part.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Elements</em>' reference list.
	 * @see org.veikart.model.VeikartPackage#getPlanPart_Elements()
	 * @model
	 * @generated
	 */
	EList<PlanElement> getElements();

} // PlanPart
