/**
 */
package org.veikart.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.veikart.model.Actor;
import org.veikart.model.Direction;
import org.veikart.model.Indicator;
import org.veikart.model.Measurement;
import org.veikart.model.Threshold;
import org.veikart.model.VeikartPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.impl.IndicatorImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.veikart.model.impl.IndicatorImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.veikart.model.impl.IndicatorImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.veikart.model.impl.IndicatorImpl#getSourceActor <em>Source Actor</em>}</li>
 *   <li>{@link org.veikart.model.impl.IndicatorImpl#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.veikart.model.impl.IndicatorImpl#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.veikart.model.impl.IndicatorImpl#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.veikart.model.impl.IndicatorImpl#getActuals <em>Actuals</em>}</li>
 *   <li>{@link org.veikart.model.impl.IndicatorImpl#getThresholds <em>Thresholds</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndicatorImpl extends PlanElementImpl implements Indicator
{
	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final Direction DIRECTION_EDEFAULT = Direction.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected Direction direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSourceActor() <em>Source Actor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceActor()
	 * @generated
	 * @ordered
	 */
	protected Actor sourceActor;

	/**
	 * The default value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected static final String FREQUENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected String frequency = FREQUENCY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected Measurement baseline;

	/**
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<Measurement> targets;

	/**
	 * The cached value of the '{@link #getActuals() <em>Actuals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActuals()
	 * @generated
	 * @ordered
	 */
	protected EList<Measurement> actuals;

	/**
	 * The cached value of the '{@link #getThresholds() <em>Thresholds</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThresholds()
	 * @generated
	 * @ordered
	 */
	protected EList<Threshold> thresholds;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndicatorImpl()
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
		return VeikartPackage.Literals.INDICATOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit()
	{
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit)
	{
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.INDICATOR__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Direction getDirection()
	{
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(Direction newDirection)
	{
		Direction oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.INDICATOR__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource()
	{
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource)
	{
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.INDICATOR__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getSourceActor()
	{
		if (sourceActor != null && sourceActor.eIsProxy())
		{
			InternalEObject oldSourceActor = (InternalEObject)sourceActor;
			sourceActor = (Actor)eResolveProxy(oldSourceActor);
			if (sourceActor != oldSourceActor)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, VeikartPackage.INDICATOR__SOURCE_ACTOR, oldSourceActor, sourceActor));
			}
		}
		return sourceActor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Actor basicGetSourceActor()
	{
		return sourceActor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceActor(Actor newSourceActor)
	{
		Actor oldSourceActor = sourceActor;
		sourceActor = newSourceActor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.INDICATOR__SOURCE_ACTOR, oldSourceActor, sourceActor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFrequency()
	{
		return frequency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrequency(String newFrequency)
	{
		String oldFrequency = frequency;
		frequency = newFrequency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.INDICATOR__FREQUENCY, oldFrequency, frequency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Measurement getBaseline()
	{
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBaseline(Measurement newBaseline, NotificationChain msgs)
	{
		Measurement oldBaseline = baseline;
		baseline = newBaseline;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, VeikartPackage.INDICATOR__BASELINE, oldBaseline, newBaseline);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseline(Measurement newBaseline)
	{
		if (newBaseline != baseline)
		{
			NotificationChain msgs = null;
			if (baseline != null)
				msgs = ((InternalEObject)baseline).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - VeikartPackage.INDICATOR__BASELINE, null, msgs);
			if (newBaseline != null)
				msgs = ((InternalEObject)newBaseline).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - VeikartPackage.INDICATOR__BASELINE, null, msgs);
			msgs = basicSetBaseline(newBaseline, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.INDICATOR__BASELINE, newBaseline, newBaseline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Measurement> getTargets()
	{
		if (targets == null)
		{
			targets = new EObjectContainmentEList<Measurement>(Measurement.class, this, VeikartPackage.INDICATOR__TARGETS);
		}
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Measurement> getActuals()
	{
		if (actuals == null)
		{
			actuals = new EObjectContainmentEList<Measurement>(Measurement.class, this, VeikartPackage.INDICATOR__ACTUALS);
		}
		return actuals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Threshold> getThresholds()
	{
		if (thresholds == null)
		{
			thresholds = new EObjectContainmentEList<Threshold>(Threshold.class, this, VeikartPackage.INDICATOR__THRESHOLDS);
		}
		return thresholds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case VeikartPackage.INDICATOR__BASELINE:
				return basicSetBaseline(null, msgs);
			case VeikartPackage.INDICATOR__TARGETS:
				return ((InternalEList<?>)getTargets()).basicRemove(otherEnd, msgs);
			case VeikartPackage.INDICATOR__ACTUALS:
				return ((InternalEList<?>)getActuals()).basicRemove(otherEnd, msgs);
			case VeikartPackage.INDICATOR__THRESHOLDS:
				return ((InternalEList<?>)getThresholds()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
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
			case VeikartPackage.INDICATOR__UNIT:
				return getUnit();
			case VeikartPackage.INDICATOR__DIRECTION:
				return getDirection();
			case VeikartPackage.INDICATOR__SOURCE:
				return getSource();
			case VeikartPackage.INDICATOR__SOURCE_ACTOR:
				if (resolve) return getSourceActor();
				return basicGetSourceActor();
			case VeikartPackage.INDICATOR__FREQUENCY:
				return getFrequency();
			case VeikartPackage.INDICATOR__BASELINE:
				return getBaseline();
			case VeikartPackage.INDICATOR__TARGETS:
				return getTargets();
			case VeikartPackage.INDICATOR__ACTUALS:
				return getActuals();
			case VeikartPackage.INDICATOR__THRESHOLDS:
				return getThresholds();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case VeikartPackage.INDICATOR__UNIT:
				setUnit((String)newValue);
				return;
			case VeikartPackage.INDICATOR__DIRECTION:
				setDirection((Direction)newValue);
				return;
			case VeikartPackage.INDICATOR__SOURCE:
				setSource((String)newValue);
				return;
			case VeikartPackage.INDICATOR__SOURCE_ACTOR:
				setSourceActor((Actor)newValue);
				return;
			case VeikartPackage.INDICATOR__FREQUENCY:
				setFrequency((String)newValue);
				return;
			case VeikartPackage.INDICATOR__BASELINE:
				setBaseline((Measurement)newValue);
				return;
			case VeikartPackage.INDICATOR__TARGETS:
				getTargets().clear();
				getTargets().addAll((Collection<? extends Measurement>)newValue);
				return;
			case VeikartPackage.INDICATOR__ACTUALS:
				getActuals().clear();
				getActuals().addAll((Collection<? extends Measurement>)newValue);
				return;
			case VeikartPackage.INDICATOR__THRESHOLDS:
				getThresholds().clear();
				getThresholds().addAll((Collection<? extends Threshold>)newValue);
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
			case VeikartPackage.INDICATOR__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case VeikartPackage.INDICATOR__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case VeikartPackage.INDICATOR__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case VeikartPackage.INDICATOR__SOURCE_ACTOR:
				setSourceActor((Actor)null);
				return;
			case VeikartPackage.INDICATOR__FREQUENCY:
				setFrequency(FREQUENCY_EDEFAULT);
				return;
			case VeikartPackage.INDICATOR__BASELINE:
				setBaseline((Measurement)null);
				return;
			case VeikartPackage.INDICATOR__TARGETS:
				getTargets().clear();
				return;
			case VeikartPackage.INDICATOR__ACTUALS:
				getActuals().clear();
				return;
			case VeikartPackage.INDICATOR__THRESHOLDS:
				getThresholds().clear();
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
			case VeikartPackage.INDICATOR__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case VeikartPackage.INDICATOR__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case VeikartPackage.INDICATOR__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case VeikartPackage.INDICATOR__SOURCE_ACTOR:
				return sourceActor != null;
			case VeikartPackage.INDICATOR__FREQUENCY:
				return FREQUENCY_EDEFAULT == null ? frequency != null : !FREQUENCY_EDEFAULT.equals(frequency);
			case VeikartPackage.INDICATOR__BASELINE:
				return baseline != null;
			case VeikartPackage.INDICATOR__TARGETS:
				return targets != null && !targets.isEmpty();
			case VeikartPackage.INDICATOR__ACTUALS:
				return actuals != null && !actuals.isEmpty();
			case VeikartPackage.INDICATOR__THRESHOLDS:
				return thresholds != null && !thresholds.isEmpty();
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
		result.append(" (unit: ");
		result.append(unit);
		result.append(", direction: ");
		result.append(direction);
		result.append(", source: ");
		result.append(source);
		result.append(", frequency: ");
		result.append(frequency);
		result.append(')');
		return result.toString();
	}

} //IndicatorImpl
