/**
 */
package org.veikart.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.veikart.model.Measure;
import org.veikart.model.Strategy;
import org.veikart.model.VeikartPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Strategy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.impl.StrategyImpl#getSubStrategies <em>Sub Strategies</em>}</li>
 *   <li>{@link org.veikart.model.impl.StrategyImpl#getMeasures <em>Measures</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StrategyImpl extends PlanElementImpl implements Strategy
{
	/**
	 * The cached value of the '{@link #getSubStrategies() <em>Sub Strategies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubStrategies()
	 * @generated
	 * @ordered
	 */
	protected EList<Strategy> subStrategies;

	/**
	 * The cached value of the '{@link #getMeasures() <em>Measures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasures()
	 * @generated
	 * @ordered
	 */
	protected EList<Measure> measures;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StrategyImpl()
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
		return VeikartPackage.Literals.STRATEGY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Strategy> getSubStrategies()
	{
		if (subStrategies == null)
		{
			subStrategies = new EObjectContainmentEList<Strategy>(Strategy.class, this, VeikartPackage.STRATEGY__SUB_STRATEGIES);
		}
		return subStrategies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Measure> getMeasures()
	{
		if (measures == null)
		{
			measures = new EObjectContainmentEList<Measure>(Measure.class, this, VeikartPackage.STRATEGY__MEASURES);
		}
		return measures;
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
			case VeikartPackage.STRATEGY__SUB_STRATEGIES:
				return ((InternalEList<?>)getSubStrategies()).basicRemove(otherEnd, msgs);
			case VeikartPackage.STRATEGY__MEASURES:
				return ((InternalEList<?>)getMeasures()).basicRemove(otherEnd, msgs);
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
			case VeikartPackage.STRATEGY__SUB_STRATEGIES:
				return getSubStrategies();
			case VeikartPackage.STRATEGY__MEASURES:
				return getMeasures();
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
			case VeikartPackage.STRATEGY__SUB_STRATEGIES:
				getSubStrategies().clear();
				getSubStrategies().addAll((Collection<? extends Strategy>)newValue);
				return;
			case VeikartPackage.STRATEGY__MEASURES:
				getMeasures().clear();
				getMeasures().addAll((Collection<? extends Measure>)newValue);
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
			case VeikartPackage.STRATEGY__SUB_STRATEGIES:
				getSubStrategies().clear();
				return;
			case VeikartPackage.STRATEGY__MEASURES:
				getMeasures().clear();
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
			case VeikartPackage.STRATEGY__SUB_STRATEGIES:
				return subStrategies != null && !subStrategies.isEmpty();
			case VeikartPackage.STRATEGY__MEASURES:
				return measures != null && !measures.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //StrategyImpl
