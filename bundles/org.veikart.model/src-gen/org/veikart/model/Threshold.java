/**
 */
package org.veikart.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Threshold</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A status threshold of an indicator: values within the bounds give the stated status.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.Threshold#getStatus <em>Status</em>}</li>
 *   <li>{@link org.veikart.model.Threshold#getLowerBound <em>Lower Bound</em>}</li>
 *   <li>{@link org.veikart.model.Threshold#getUpperBound <em>Upper Bound</em>}</li>
 *   <li>{@link org.veikart.model.Threshold#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @see org.veikart.model.VeikartPackage#getThreshold()
 * @model
 * @generated
 */
public interface Threshold extends EObject
{
	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.veikart.model.IndicatorStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The status assigned to values within this range.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.veikart.model.IndicatorStatus
	 * @see #setStatus(IndicatorStatus)
	 * @see org.veikart.model.VeikartPackage#getThreshold_Status()
	 * @model
	 * @generated
	 */
	IndicatorStatus getStatus();

	/**
	 * Sets the value of the '{@link org.veikart.model.Threshold#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.veikart.model.IndicatorStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(IndicatorStatus value);

	/**
	 * Returns the value of the '<em><b>Lower Bound</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Inclusive lower bound; null means open (no lower limit).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lower Bound</em>' attribute.
	 * @see #setLowerBound(BigDecimal)
	 * @see org.veikart.model.VeikartPackage#getThreshold_LowerBound()
	 * @model
	 * @generated
	 */
	BigDecimal getLowerBound();

	/**
	 * Sets the value of the '{@link org.veikart.model.Threshold#getLowerBound <em>Lower Bound</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lower Bound</em>' attribute.
	 * @see #getLowerBound()
	 * @generated
	 */
	void setLowerBound(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Upper Bound</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Exclusive upper bound; null means open (no upper limit).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Upper Bound</em>' attribute.
	 * @see #setUpperBound(BigDecimal)
	 * @see org.veikart.model.VeikartPackage#getThreshold_UpperBound()
	 * @model
	 * @generated
	 */
	BigDecimal getUpperBound();

	/**
	 * Sets the value of the '{@link org.veikart.model.Threshold#getUpperBound <em>Upper Bound</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Upper Bound</em>' attribute.
	 * @see #getUpperBound()
	 * @generated
	 */
	void setUpperBound(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Display label of the range, for example "I rute" (on track).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.veikart.model.VeikartPackage#getThreshold_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.veikart.model.Threshold#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

} // Threshold
