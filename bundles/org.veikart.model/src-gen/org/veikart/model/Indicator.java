/**
 */
package org.veikart.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An indicator (indikator) used to measure goals or other elements, such as the NHO Kommune-NM rank or value added per employee. It has a unit, a direction, a source, a baseline, targets, actual values and status thresholds, and is linked to elements many-to-many.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.Indicator#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.veikart.model.Indicator#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.veikart.model.Indicator#getSource <em>Source</em>}</li>
 *   <li>{@link org.veikart.model.Indicator#getSourceActor <em>Source Actor</em>}</li>
 *   <li>{@link org.veikart.model.Indicator#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.veikart.model.Indicator#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.veikart.model.Indicator#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.veikart.model.Indicator#getActuals <em>Actuals</em>}</li>
 *   <li>{@link org.veikart.model.Indicator#getThresholds <em>Thresholds</em>}</li>
 * </ul>
 *
 * @see org.veikart.model.VeikartPackage#getIndicator()
 * @model
 * @generated
 */
public interface Indicator extends PlanElement
{
	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit of the values as written, for example "plass" (rank), "%" or "NOK per sysselsatt".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.veikart.model.VeikartPackage#getIndicator_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.veikart.model.Indicator#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The default value is <code>"UNSPECIFIED"</code>.
	 * The literals are from the enumeration {@link org.veikart.model.Direction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether higher or lower values are better; UNSPECIFIED by default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.veikart.model.Direction
	 * @see #setDirection(Direction)
	 * @see org.veikart.model.VeikartPackage#getIndicator_Direction()
	 * @model default="UNSPECIFIED"
	 * @generated
	 */
	Direction getDirection();

	/**
	 * Sets the value of the '{@link org.veikart.model.Indicator#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.veikart.model.Direction
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(Direction value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data source as written, for example "NHO Kommune-NM", "Telemarksforskning", "SSB" or the municipality's own business survey.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.veikart.model.VeikartPackage#getIndicator_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.veikart.model.Indicator#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Source Actor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The actor that publishes the data, when modelled, for example Statistisk sentralbyrå (SSB).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Actor</em>' reference.
	 * @see #setSourceActor(Actor)
	 * @see org.veikart.model.VeikartPackage#getIndicator_SourceActor()
	 * @model
	 * @generated
	 */
	Actor getSourceActor();

	/**
	 * Sets the value of the '{@link org.veikart.model.Indicator#getSourceActor <em>Source Actor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Actor</em>' reference.
	 * @see #getSourceActor()
	 * @generated
	 */
	void setSourceActor(Actor value);

	/**
	 * Returns the value of the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often the indicator is measured, as written, for example "årlig" (yearly).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Frequency</em>' attribute.
	 * @see #setFrequency(String)
	 * @see org.veikart.model.VeikartPackage#getIndicator_Frequency()
	 * @model
	 * @generated
	 */
	String getFrequency();

	/**
	 * Sets the value of the '{@link org.veikart.model.Indicator#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency</em>' attribute.
	 * @see #getFrequency()
	 * @generated
	 */
	void setFrequency(String value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The starting value (utgangspunkt), for example 18th place in NHO Kommune-NM 2021; it may be stated in another document than the goal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline</em>' containment reference.
	 * @see #setBaseline(Measurement)
	 * @see org.veikart.model.VeikartPackage#getIndicator_Baseline()
	 * @model containment="true"
	 * @generated
	 */
	Measurement getBaseline();

	/**
	 * Sets the value of the '{@link org.veikart.model.Indicator#getBaseline <em>Baseline</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' containment reference.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(Measurement value);

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' containment reference list.
	 * The list contents are of type {@link org.veikart.model.Measurement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Target values (målverdier), typically one per year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Targets</em>' containment reference list.
	 * @see org.veikart.model.VeikartPackage#getIndicator_Targets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Measurement> getTargets();

	/**
	 * Returns the value of the '<em><b>Actuals</b></em>' containment reference list.
	 * The list contents are of type {@link org.veikart.model.Measurement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Actual measured values per year or period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actuals</em>' containment reference list.
	 * @see org.veikart.model.VeikartPackage#getIndicator_Actuals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Measurement> getActuals();

	/**
	 * Returns the value of the '<em><b>Thresholds</b></em>' containment reference list.
	 * The list contents are of type {@link org.veikart.model.Threshold}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Value ranges that map a measured value to a status such as on track or at risk.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Thresholds</em>' containment reference list.
	 * @see org.veikart.model.VeikartPackage#getIndicator_Thresholds()
	 * @model containment="true"
	 * @generated
	 */
	EList<Threshold> getThresholds();

} // Indicator
