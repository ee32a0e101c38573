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

import org.veikart.model.FocusArea;
import org.veikart.model.Goal;
import org.veikart.model.Measure;
import org.veikart.model.Strategy;
import org.veikart.model.VeikartPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Focus Area</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.impl.FocusAreaImpl#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.veikart.model.impl.FocusAreaImpl#getSubAreas <em>Sub Areas</em>}</li>
 *   <li>{@link org.veikart.model.impl.FocusAreaImpl#getStrategies <em>Strategies</em>}</li>
 *   <li>{@link org.veikart.model.impl.FocusAreaImpl#getMeasures <em>Measures</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FocusAreaImpl extends PlanElementImpl implements FocusArea
{
	/**
	 * The cached value of the '{@link #getGoals() <em>Goals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<Goal> goals;

	/**
	 * The cached value of the '{@link #getSubAreas() <em>Sub Areas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubAreas()
	 * @generated
	 * @ordered
	 */
	protected EList<FocusArea> subAreas;

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
	protected FocusAreaImpl()
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
		return VeikartPackage.Literals.FOCUS_AREA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Goal> getGoals()
	{
		if (goals == null)
		{
			goals = new EObjectContainmentEList<Goal>(Goal.class, this, VeikartPackage.FOCUS_AREA__GOALS);
		}
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FocusArea> getSubAreas()
	{
		if (subAreas == null)
		{
			subAreas = new EObjectContainmentEList<FocusArea>(FocusArea.class, this, VeikartPackage.FOCUS_AREA__SUB_AREAS);
		}
		return subAreas;
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
			strategies = new EObjectContainmentEList<Strategy>(Strategy.class, this, VeikartPackage.FOCUS_AREA__STRATEGIES);
		}
		return strategies;
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
			measures = new EObjectContainmentEList<Measure>(Measure.class, this, VeikartPackage.FOCUS_AREA__MEASURES);
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
			case VeikartPackage.FOCUS_AREA__GOALS:
				return ((InternalEList<?>)getGoals()).basicRemove(otherEnd, msgs);
			case VeikartPackage.FOCUS_AREA__SUB_AREAS:
				return ((InternalEList<?>)getSubAreas()).basicRemove(otherEnd, msgs);
			case VeikartPackage.FOCUS_AREA__STRATEGIES:
				return ((InternalEList<?>)getStrategies()).basicRemove(otherEnd, msgs);
			case VeikartPackage.FOCUS_AREA__MEASURES:
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
			case VeikartPackage.FOCUS_AREA__GOALS:
				return getGoals();
			case VeikartPackage.FOCUS_AREA__SUB_AREAS:
				return getSubAreas();
			case VeikartPackage.FOCUS_AREA__STRATEGIES:
				return getStrategies();
			case VeikartPackage.FOCUS_AREA__MEASURES:
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
			case VeikartPackage.FOCUS_AREA__GOALS:
				getGoals().clear();
				getGoals().addAll((Collection<? extends Goal>)newValue);
				return;
			case VeikartPackage.FOCUS_AREA__SUB_AREAS:
				getSubAreas().clear();
				getSubAreas().addAll((Collection<? extends FocusArea>)newValue);
				return;
			case VeikartPackage.FOCUS_AREA__STRATEGIES:
				getStrategies().clear();
				getStrategies().addAll((Collection<? extends Strategy>)newValue);
				return;
			case VeikartPackage.FOCUS_AREA__MEASURES:
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
			case VeikartPackage.FOCUS_AREA__GOALS:
				getGoals().clear();
				return;
			case VeikartPackage.FOCUS_AREA__SUB_AREAS:
				getSubAreas().clear();
				return;
			case VeikartPackage.FOCUS_AREA__STRATEGIES:
				getStrategies().clear();
				return;
			case VeikartPackage.FOCUS_AREA__MEASURES:
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
			case VeikartPackage.FOCUS_AREA__GOALS:
				return goals != null && !goals.isEmpty();
			case VeikartPackage.FOCUS_AREA__SUB_AREAS:
				return subAreas != null && !subAreas.isEmpty();
			case VeikartPackage.FOCUS_AREA__STRATEGIES:
				return strategies != null && !strategies.isEmpty();
			case VeikartPackage.FOCUS_AREA__MEASURES:
				return measures != null && !measures.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //FocusAreaImpl
