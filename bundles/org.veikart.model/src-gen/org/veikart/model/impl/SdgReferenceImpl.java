/**
 */
package org.veikart.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.veikart.model.SdgGoal;
import org.veikart.model.SdgReference;
import org.veikart.model.SdgRelationKind;
import org.veikart.model.SdgTarget;
import org.veikart.model.VeikartPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sdg Reference</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.impl.SdgReferenceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.veikart.model.impl.SdgReferenceImpl#getGoal <em>Goal</em>}</li>
 *   <li>{@link org.veikart.model.impl.SdgReferenceImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.veikart.model.impl.SdgReferenceImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.veikart.model.impl.SdgReferenceImpl#isUnspecified <em>Unspecified</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SdgReferenceImpl extends MinimalEObjectImpl.Container implements SdgReference
{
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SdgRelationKind KIND_EDEFAULT = SdgRelationKind.CONTRIBUTES_TO;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SdgRelationKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGoal() <em>Goal</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoal()
	 * @generated
	 * @ordered
	 */
	protected SdgGoal goal;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected SdgTarget target;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #isUnspecified() <em>Unspecified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUnspecified()
	 * @generated
	 * @ordered
	 */
	protected static final boolean UNSPECIFIED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUnspecified() <em>Unspecified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUnspecified()
	 * @generated
	 * @ordered
	 */
	protected boolean unspecified = UNSPECIFIED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SdgReferenceImpl()
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
		return VeikartPackage.Literals.SDG_REFERENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SdgRelationKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SdgRelationKind newKind)
	{
		SdgRelationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.SDG_REFERENCE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SdgGoal getGoal()
	{
		if (goal != null && goal.eIsProxy())
		{
			InternalEObject oldGoal = (InternalEObject)goal;
			goal = (SdgGoal)eResolveProxy(oldGoal);
			if (goal != oldGoal)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, VeikartPackage.SDG_REFERENCE__GOAL, oldGoal, goal));
			}
		}
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SdgGoal basicGetGoal()
	{
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGoal(SdgGoal newGoal)
	{
		SdgGoal oldGoal = goal;
		goal = newGoal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.SDG_REFERENCE__GOAL, oldGoal, goal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SdgTarget getTarget()
	{
		if (target != null && target.eIsProxy())
		{
			InternalEObject oldTarget = (InternalEObject)target;
			target = (SdgTarget)eResolveProxy(oldTarget);
			if (target != oldTarget)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, VeikartPackage.SDG_REFERENCE__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SdgTarget basicGetTarget()
	{
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(SdgTarget newTarget)
	{
		SdgTarget oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.SDG_REFERENCE__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel()
	{
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel)
	{
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.SDG_REFERENCE__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUnspecified()
	{
		return unspecified;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnspecified(boolean newUnspecified)
	{
		boolean oldUnspecified = unspecified;
		unspecified = newUnspecified;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.SDG_REFERENCE__UNSPECIFIED, oldUnspecified, unspecified));
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
			case VeikartPackage.SDG_REFERENCE__KIND:
				return getKind();
			case VeikartPackage.SDG_REFERENCE__GOAL:
				if (resolve) return getGoal();
				return basicGetGoal();
			case VeikartPackage.SDG_REFERENCE__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case VeikartPackage.SDG_REFERENCE__LABEL:
				return getLabel();
			case VeikartPackage.SDG_REFERENCE__UNSPECIFIED:
				return isUnspecified();
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
			case VeikartPackage.SDG_REFERENCE__KIND:
				setKind((SdgRelationKind)newValue);
				return;
			case VeikartPackage.SDG_REFERENCE__GOAL:
				setGoal((SdgGoal)newValue);
				return;
			case VeikartPackage.SDG_REFERENCE__TARGET:
				setTarget((SdgTarget)newValue);
				return;
			case VeikartPackage.SDG_REFERENCE__LABEL:
				setLabel((String)newValue);
				return;
			case VeikartPackage.SDG_REFERENCE__UNSPECIFIED:
				setUnspecified((Boolean)newValue);
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
			case VeikartPackage.SDG_REFERENCE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case VeikartPackage.SDG_REFERENCE__GOAL:
				setGoal((SdgGoal)null);
				return;
			case VeikartPackage.SDG_REFERENCE__TARGET:
				setTarget((SdgTarget)null);
				return;
			case VeikartPackage.SDG_REFERENCE__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case VeikartPackage.SDG_REFERENCE__UNSPECIFIED:
				setUnspecified(UNSPECIFIED_EDEFAULT);
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
			case VeikartPackage.SDG_REFERENCE__KIND:
				return kind != KIND_EDEFAULT;
			case VeikartPackage.SDG_REFERENCE__GOAL:
				return goal != null;
			case VeikartPackage.SDG_REFERENCE__TARGET:
				return target != null;
			case VeikartPackage.SDG_REFERENCE__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case VeikartPackage.SDG_REFERENCE__UNSPECIFIED:
				return unspecified != UNSPECIFIED_EDEFAULT;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", label: ");
		result.append(label);
		result.append(", unspecified: ");
		result.append(unspecified);
		result.append(')');
		return result.toString();
	}

} //SdgReferenceImpl
