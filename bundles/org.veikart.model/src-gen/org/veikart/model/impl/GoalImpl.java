/**
 */
package org.veikart.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.veikart.model.Goal;
import org.veikart.model.GoalKind;
import org.veikart.model.Quotation;
import org.veikart.model.Strategy;
import org.veikart.model.VeikartPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Goal</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.impl.GoalImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.veikart.model.impl.GoalImpl#getQuotedFrom <em>Quoted From</em>}</li>
 *   <li>{@link org.veikart.model.impl.GoalImpl#getSubGoals <em>Sub Goals</em>}</li>
 *   <li>{@link org.veikart.model.impl.GoalImpl#getStrategies <em>Strategies</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GoalImpl extends PlanElementImpl implements Goal
{
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final GoalKind KIND_EDEFAULT = GoalKind.VISION;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected GoalKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getQuotedFrom() <em>Quoted From</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuotedFrom()
	 * @generated
	 * @ordered
	 */
	protected Quotation quotedFrom;

	/**
	 * The cached value of the '{@link #getSubGoals() <em>Sub Goals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<Goal> subGoals;

	/**
	 * The cached value of the '{@link #getStrategies() <em>Strategies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategies()
	 * @generated
	 * @ordered
	 */
	protected EList<Strategy> strategies;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GoalImpl()
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
		return VeikartPackage.Literals.GOAL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GoalKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(GoalKind newKind)
	{
		GoalKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.GOAL__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quotation getQuotedFrom()
	{
		return quotedFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetQuotedFrom(Quotation newQuotedFrom, NotificationChain msgs)
	{
		Quotation oldQuotedFrom = quotedFrom;
		quotedFrom = newQuotedFrom;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, VeikartPackage.GOAL__QUOTED_FROM, oldQuotedFrom, newQuotedFrom);
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
	public void setQuotedFrom(Quotation newQuotedFrom)
	{
		if (newQuotedFrom != quotedFrom)
		{
			NotificationChain msgs = null;
			if (quotedFrom != null)
				msgs = ((InternalEObject)quotedFrom).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - VeikartPackage.GOAL__QUOTED_FROM, null, msgs);
			if (newQuotedFrom != null)
				msgs = ((InternalEObject)newQuotedFrom).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - VeikartPackage.GOAL__QUOTED_FROM, null, msgs);
			msgs = basicSetQuotedFrom(newQuotedFrom, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.GOAL__QUOTED_FROM, newQuotedFrom, newQuotedFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Goal> getSubGoals()
	{
		if (subGoals == null)
		{
			subGoals = new EObjectContainmentEList<Goal>(Goal.class, this, VeikartPackage.GOAL__SUB_GOALS);
		}
		return subGoals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Strategy> getStrategies()
	{
		if (strategies == null)
		{
			strategies = new EObjectContainmentEList<Strategy>(Strategy.class, this, VeikartPackage.GOAL__STRATEGIES);
		}
		return strategies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOwned()
	{
		return getQuotedFrom() == null;
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
			case VeikartPackage.GOAL__QUOTED_FROM:
				return basicSetQuotedFrom(null, msgs);
			case VeikartPackage.GOAL__SUB_GOALS:
				return ((InternalEList<?>)getSubGoals()).basicRemove(otherEnd, msgs);
			case VeikartPackage.GOAL__STRATEGIES:
				return ((InternalEList<?>)getStrategies()).basicRemove(otherEnd, msgs);
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
			case VeikartPackage.GOAL__KIND:
				return getKind();
			case VeikartPackage.GOAL__QUOTED_FROM:
				return getQuotedFrom();
			case VeikartPackage.GOAL__SUB_GOALS:
				return getSubGoals();
			case VeikartPackage.GOAL__STRATEGIES:
				return getStrategies();
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
			case VeikartPackage.GOAL__KIND:
				setKind((GoalKind)newValue);
				return;
			case VeikartPackage.GOAL__QUOTED_FROM:
				setQuotedFrom((Quotation)newValue);
				return;
			case VeikartPackage.GOAL__SUB_GOALS:
				getSubGoals().clear();
				getSubGoals().addAll((Collection<? extends Goal>)newValue);
				return;
			case VeikartPackage.GOAL__STRATEGIES:
				getStrategies().clear();
				getStrategies().addAll((Collection<? extends Strategy>)newValue);
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
			case VeikartPackage.GOAL__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case VeikartPackage.GOAL__QUOTED_FROM:
				setQuotedFrom((Quotation)null);
				return;
			case VeikartPackage.GOAL__SUB_GOALS:
				getSubGoals().clear();
				return;
			case VeikartPackage.GOAL__STRATEGIES:
				getStrategies().clear();
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
			case VeikartPackage.GOAL__KIND:
				return kind != KIND_EDEFAULT;
			case VeikartPackage.GOAL__QUOTED_FROM:
				return quotedFrom != null;
			case VeikartPackage.GOAL__SUB_GOALS:
				return subGoals != null && !subGoals.isEmpty();
			case VeikartPackage.GOAL__STRATEGIES:
				return strategies != null && !strategies.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException
	{
		switch (operationID)
		{
			case VeikartPackage.GOAL___IS_OWNED:
				return isOwned();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //GoalImpl
