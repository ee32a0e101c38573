/**
 */
package org.veikart.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A measure (tiltak): a concrete action, usually a short imperative sentence, with optional responsible actor, partners, schedule, recurrence, status, cost and priority. The seed plans leave most of these empty, so all of them are optional.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.Measure#getResponsible <em>Responsible</em>}</li>
 *   <li>{@link org.veikart.model.Measure#getPartners <em>Partners</em>}</li>
 *   <li>{@link org.veikart.model.Measure#getSchedule <em>Schedule</em>}</li>
 *   <li>{@link org.veikart.model.Measure#getRecurrence <em>Recurrence</em>}</li>
 *   <li>{@link org.veikart.model.Measure#getRecurrenceText <em>Recurrence Text</em>}</li>
 *   <li>{@link org.veikart.model.Measure#getStatus <em>Status</em>}</li>
 *   <li>{@link org.veikart.model.Measure#getCost <em>Cost</em>}</li>
 *   <li>{@link org.veikart.model.Measure#getPriority <em>Priority</em>}</li>
 * </ul>
 *
 * @see org.veikart.model.VeikartPackage#getMeasure()
 * @model
 * @generated
 */
public interface Measure extends PlanElement
{
	/**
	 * Returns the value of the '<em><b>Responsible</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The actor responsible for carrying out the measure (ansvarlig), if stated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Responsible</em>' reference.
	 * @see #setResponsible(Actor)
	 * @see org.veikart.model.VeikartPackage#getMeasure_Responsible()
	 * @model
	 * @generated
	 */
	Actor getResponsible();

	/**
	 * Sets the value of the '{@link org.veikart.model.Measure#getResponsible <em>Responsible</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible</em>' reference.
	 * @see #getResponsible()
	 * @generated
	 */
	void setResponsible(Actor value);

	/**
	 * Returns the value of the '<em><b>Partners</b></em>' reference list.
	 * The list contents are of type {@link org.veikart.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Partners (samarbeidspartnere) involved in the measure.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partners</em>' reference list.
	 * @see org.veikart.model.VeikartPackage#getMeasure_Partners()
	 * @model
	 * @generated
	 */
	EList<Actor> getPartners();

	/**
	 * Returns the value of the '<em><b>Schedule</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the measure is carried out: explicit years, a start and end, or the schedule as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Schedule</em>' containment reference.
	 * @see #setSchedule(Schedule)
	 * @see org.veikart.model.VeikartPackage#getMeasure_Schedule()
	 * @model containment="true"
	 * @generated
	 */
	Schedule getSchedule();

	/**
	 * Sets the value of the '{@link org.veikart.model.Measure#getSchedule <em>Schedule</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schedule</em>' containment reference.
	 * @see #getSchedule()
	 * @generated
	 */
	void setSchedule(Schedule value);

	/**
	 * Returns the value of the '<em><b>Recurrence</b></em>' attribute.
	 * The default value is <code>"NONE"</code>.
	 * The literals are from the enumeration {@link org.veikart.model.Recurrence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often the measure recurs; NONE by default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recurrence</em>' attribute.
	 * @see org.veikart.model.Recurrence
	 * @see #setRecurrence(Recurrence)
	 * @see org.veikart.model.VeikartPackage#getMeasure_Recurrence()
	 * @model default="NONE"
	 * @generated
	 */
	Recurrence getRecurrence();

	/**
	 * Sets the value of the '{@link org.veikart.model.Measure#getRecurrence <em>Recurrence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recurrence</em>' attribute.
	 * @see org.veikart.model.Recurrence
	 * @see #getRecurrence()
	 * @generated
	 */
	void setRecurrence(Recurrence value);

	/**
	 * Returns the value of the '<em><b>Recurrence Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The recurrence as written, for example "årlig" (yearly).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recurrence Text</em>' attribute.
	 * @see #setRecurrenceText(String)
	 * @see org.veikart.model.VeikartPackage#getMeasure_RecurrenceText()
	 * @model
	 * @generated
	 */
	String getRecurrenceText();

	/**
	 * Sets the value of the '{@link org.veikart.model.Measure#getRecurrenceText <em>Recurrence Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recurrence Text</em>' attribute.
	 * @see #getRecurrenceText()
	 * @generated
	 */
	void setRecurrenceText(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"UNSPECIFIED"</code>.
	 * The literals are from the enumeration {@link org.veikart.model.MeasureStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Progress status of the measure; UNSPECIFIED by default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.veikart.model.MeasureStatus
	 * @see #setStatus(MeasureStatus)
	 * @see org.veikart.model.VeikartPackage#getMeasure_Status()
	 * @model default="UNSPECIFIED"
	 * @generated
	 */
	MeasureStatus getStatus();

	/**
	 * Sets the value of the '{@link org.veikart.model.Measure#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.veikart.model.MeasureStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(MeasureStatus value);

	/**
	 * Returns the value of the '<em><b>Cost</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Estimated or budgeted cost of the measure, if stated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost</em>' containment reference.
	 * @see #setCost(Cost)
	 * @see org.veikart.model.VeikartPackage#getMeasure_Cost()
	 * @model containment="true"
	 * @generated
	 */
	Cost getCost();

	/**
	 * Sets the value of the '{@link org.veikart.model.Measure#getCost <em>Cost</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost</em>' containment reference.
	 * @see #getCost()
	 * @generated
	 */
	void setCost(Cost value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The default value is <code>"UNSPECIFIED"</code>.
	 * The literals are from the enumeration {@link org.veikart.model.Priority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Priority of the measure; UNSPECIFIED by default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see org.veikart.model.Priority
	 * @see #setPriority(Priority)
	 * @see org.veikart.model.VeikartPackage#getMeasure_Priority()
	 * @model default="UNSPECIFIED"
	 * @generated
	 */
	Priority getPriority();

	/**
	 * Sets the value of the '{@link org.veikart.model.Measure#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see org.veikart.model.Priority
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(Priority value);

} // Measure
