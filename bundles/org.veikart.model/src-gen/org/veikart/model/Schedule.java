/**
 */
package org.veikart.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Schedule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * When a measure is to be carried out, as explicit years, a start and end date, and the wording of the source.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.Schedule#getYears <em>Years</em>}</li>
 *   <li>{@link org.veikart.model.Schedule#getStart <em>Start</em>}</li>
 *   <li>{@link org.veikart.model.Schedule#getEnd <em>End</em>}</li>
 *   <li>{@link org.veikart.model.Schedule#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.veikart.model.VeikartPackage#getSchedule()
 * @model
 * @generated
 */
public interface Schedule extends EObject
{
	/**
	 * Returns the value of the '<em><b>Years</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Explicit years in which the measure is carried out, for example 2022, 2023 and 2024 (ordered, each year once).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Years</em>' attribute list.
	 * @see org.veikart.model.VeikartPackage#getSchedule_Years()
	 * @model
	 * @generated
	 */
	EList<Integer> getYears();

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Start as a partial ISO date, for example "2022" or "2022-09".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(String)
	 * @see org.veikart.model.VeikartPackage#getSchedule_Start()
	 * @model
	 * @generated
	 */
	String getStart();

	/**
	 * Sets the value of the '{@link org.veikart.model.Schedule#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(String value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * End as a partial ISO date, for example "2024".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(String)
	 * @see org.veikart.model.VeikartPackage#getSchedule_End()
	 * @model
	 * @generated
	 */
	String getEnd();

	/**
	 * Sets the value of the '{@link org.veikart.model.Schedule#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The schedule as written in the source, for example "2022-2024" or "høsten 2022".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.veikart.model.VeikartPackage#getSchedule_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.veikart.model.Schedule#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // Schedule
