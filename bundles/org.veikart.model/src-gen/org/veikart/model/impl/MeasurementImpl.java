/**
 */
package org.veikart.model.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.veikart.model.Measurement;
import org.veikart.model.VeikartPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Measurement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.impl.MeasurementImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.veikart.model.impl.MeasurementImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.veikart.model.impl.MeasurementImpl#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.veikart.model.impl.MeasurementImpl#getValueText <em>Value Text</em>}</li>
 *   <li>{@link org.veikart.model.impl.MeasurementImpl#getComparison <em>Comparison</em>}</li>
 *   <li>{@link org.veikart.model.impl.MeasurementImpl#getStatedIn <em>Stated In</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeasurementImpl extends TraceableImpl implements Measurement
{
	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected Integer year = YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final String PERIOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected String period = PERIOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getValueText() <em>Value Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueText()
	 * @generated
	 * @ordered
	 */
	protected static final String VALUE_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValueText() <em>Value Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueText()
	 * @generated
	 * @ordered
	 */
	protected String valueText = VALUE_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getComparison() <em>Comparison</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparison()
	 * @generated
	 * @ordered
	 */
	protected static final String COMPARISON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComparison() <em>Comparison</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparison()
	 * @generated
	 * @ordered
	 */
	protected String comparison = COMPARISON_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatedIn() <em>Stated In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatedIn()
	 * @generated
	 * @ordered
	 */
	protected static final String STATED_IN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatedIn() <em>Stated In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatedIn()
	 * @generated
	 * @ordered
	 */
	protected String statedIn = STATED_IN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeasurementImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return VeikartPackage.Literals.MEASUREMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getValue()
	{
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(BigDecimal newValue)
	{
		BigDecimal oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.MEASUREMENT__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getYear()
	{
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(Integer newYear)
	{
		Integer oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.MEASUREMENT__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPeriod()
	{
		return period;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriod(String newPeriod)
	{
		String oldPeriod = period;
		period = newPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.MEASUREMENT__PERIOD, oldPeriod, period));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getValueText()
	{
		return valueText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValueText(String newValueText)
	{
		String oldValueText = valueText;
		valueText = newValueText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.MEASUREMENT__VALUE_TEXT, oldValueText, valueText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComparison()
	{
		return comparison;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComparison(String newComparison)
	{
		String oldComparison = comparison;
		comparison = newComparison;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.MEASUREMENT__COMPARISON, oldComparison, comparison));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatedIn()
	{
		return statedIn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatedIn(String newStatedIn)
	{
		String oldStatedIn = statedIn;
		statedIn = newStatedIn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.MEASUREMENT__STATED_IN, oldStatedIn, statedIn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case VeikartPackage.MEASUREMENT__VALUE:
				return getValue();
			case VeikartPackage.MEASUREMENT__YEAR:
				return getYear();
			case VeikartPackage.MEASUREMENT__PERIOD:
				return getPeriod();
			case VeikartPackage.MEASUREMENT__VALUE_TEXT:
				return getValueText();
			case VeikartPackage.MEASUREMENT__COMPARISON:
				return getComparison();
			case VeikartPackage.MEASUREMENT__STATED_IN:
				return getStatedIn();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case VeikartPackage.MEASUREMENT__VALUE:
				setValue((BigDecimal)newValue);
				return;
			case VeikartPackage.MEASUREMENT__YEAR:
				setYear((Integer)newValue);
				return;
			case VeikartPackage.MEASUREMENT__PERIOD:
				setPeriod((String)newValue);
				return;
			case VeikartPackage.MEASUREMENT__VALUE_TEXT:
				setValueText((String)newValue);
				return;
			case VeikartPackage.MEASUREMENT__COMPARISON:
				setComparison((String)newValue);
				return;
			case VeikartPackage.MEASUREMENT__STATED_IN:
				setStatedIn((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case VeikartPackage.MEASUREMENT__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case VeikartPackage.MEASUREMENT__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case VeikartPackage.MEASUREMENT__PERIOD:
				setPeriod(PERIOD_EDEFAULT);
				return;
			case VeikartPackage.MEASUREMENT__VALUE_TEXT:
				setValueText(VALUE_TEXT_EDEFAULT);
				return;
			case VeikartPackage.MEASUREMENT__COMPARISON:
				setComparison(COMPARISON_EDEFAULT);
				return;
			case VeikartPackage.MEASUREMENT__STATED_IN:
				setStatedIn(STATED_IN_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case VeikartPackage.MEASUREMENT__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
			case VeikartPackage.MEASUREMENT__YEAR:
				return YEAR_EDEFAULT == null ? year != null : !YEAR_EDEFAULT.equals(year);
			case VeikartPackage.MEASUREMENT__PERIOD:
				return PERIOD_EDEFAULT == null ? period != null : !PERIOD_EDEFAULT.equals(period);
			case VeikartPackage.MEASUREMENT__VALUE_TEXT:
				return VALUE_TEXT_EDEFAULT == null ? valueText != null : !VALUE_TEXT_EDEFAULT.equals(valueText);
			case VeikartPackage.MEASUREMENT__COMPARISON:
				return COMPARISON_EDEFAULT == null ? comparison != null : !COMPARISON_EDEFAULT.equals(comparison);
			case VeikartPackage.MEASUREMENT__STATED_IN:
				return STATED_IN_EDEFAULT == null ? statedIn != null : !STATED_IN_EDEFAULT.equals(statedIn);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (value: ");
		result.append(value);
		result.append(", year: ");
		result.append(year);
		result.append(", period: ");
		result.append(period);
		result.append(", valueText: ");
		result.append(valueText);
		result.append(", comparison: ");
		result.append(comparison);
		result.append(", statedIn: ");
		result.append(statedIn);
		result.append(')');
		return result.toString();
	}

} //MeasurementImpl
