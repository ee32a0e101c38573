/**
 */
package org.veikart.model;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measurement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One value of an indicator (baseline, target or actual) for a year or period, kept both as a number and verbatim.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.Measurement#getValue <em>Value</em>}</li>
 *   <li>{@link org.veikart.model.Measurement#getYear <em>Year</em>}</li>
 *   <li>{@link org.veikart.model.Measurement#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.veikart.model.Measurement#getValueText <em>Value Text</em>}</li>
 *   <li>{@link org.veikart.model.Measurement#getComparison <em>Comparison</em>}</li>
 *   <li>{@link org.veikart.model.Measurement#getStatedIn <em>Stated In</em>}</li>
 * </ul>
 *
 * @see org.veikart.model.VeikartPackage#getMeasurement()
 * @model
 * @generated
 */
public interface Measurement extends Traceable
{
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The numeric value; null when only the wording is known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(BigDecimal)
	 * @see org.veikart.model.VeikartPackage#getMeasurement_Value()
	 * @model
	 * @generated
	 */
	BigDecimal getValue();

	/**
	 * Sets the value of the '{@link org.veikart.model.Measurement#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year the value applies to; null when unset or when a period is given instead.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(Integer)
	 * @see org.veikart.model.VeikartPackage#getMeasurement_Year()
	 * @model
	 * @generated
	 */
	Integer getYear();

	/**
	 * Sets the value of the '{@link org.veikart.model.Measurement#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The period the value applies to when it is not a single year, for example "2018-2020".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see #setPeriod(String)
	 * @see org.veikart.model.VeikartPackage#getMeasurement_Period()
	 * @model
	 * @generated
	 */
	String getPeriod();

	/**
	 * Sets the value of the '{@link org.veikart.model.Measurement#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(String value);

	/**
	 * Returns the value of the '<em><b>Value Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value as written, for example "18. plass" or "8,2 %".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value Text</em>' attribute.
	 * @see #setValueText(String)
	 * @see org.veikart.model.VeikartPackage#getMeasurement_ValueText()
	 * @model
	 * @generated
	 */
	String getValueText();

	/**
	 * Sets the value of the '{@link org.veikart.model.Measurement#getValueText <em>Value Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value Text</em>' attribute.
	 * @see #getValueText()
	 * @generated
	 */
	void setValueText(String value);

	/**
	 * Returns the value of the '<em><b>Comparison</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A reference value as written, for example "10 % nasjonalt" (10 % nationally).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Comparison</em>' attribute.
	 * @see #setComparison(String)
	 * @see org.veikart.model.VeikartPackage#getMeasurement_Comparison()
	 * @model
	 * @generated
	 */
	String getComparison();

	/**
	 * Sets the value of the '{@link org.veikart.model.Measurement#getComparison <em>Comparison</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comparison</em>' attribute.
	 * @see #getComparison()
	 * @generated
	 */
	void setComparison(String value);

	/**
	 * Returns the value of the '<em><b>Stated In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The document in which the value is stated, when it is not this plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stated In</em>' attribute.
	 * @see #setStatedIn(String)
	 * @see org.veikart.model.VeikartPackage#getMeasurement_StatedIn()
	 * @model
	 * @generated
	 */
	String getStatedIn();

	/**
	 * Sets the value of the '{@link org.veikart.model.Measurement#getStatedIn <em>Stated In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stated In</em>' attribute.
	 * @see #getStatedIn()
	 * @generated
	 */
	void setStatedIn(String value);

} // Measurement
