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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.veikart.model.SdgGoal;
import org.veikart.model.SdgTarget;
import org.veikart.model.VeikartPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sdg Goal</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.impl.SdgGoalImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.veikart.model.impl.SdgGoalImpl#getNameNb <em>Name Nb</em>}</li>
 *   <li>{@link org.veikart.model.impl.SdgGoalImpl#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.veikart.model.impl.SdgGoalImpl#getTitleEn <em>Title En</em>}</li>
 *   <li>{@link org.veikart.model.impl.SdgGoalImpl#getTitleNb <em>Title Nb</em>}</li>
 *   <li>{@link org.veikart.model.impl.SdgGoalImpl#getAliases <em>Aliases</em>}</li>
 *   <li>{@link org.veikart.model.impl.SdgGoalImpl#getColour <em>Colour</em>}</li>
 *   <li>{@link org.veikart.model.impl.SdgGoalImpl#getTargets <em>Targets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SdgGoalImpl extends IdentifiableImpl implements SdgGoal
{
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected int number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getNameNb() <em>Name Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameNb()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_NB_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameNb() <em>Name Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameNb()
	 * @generated
	 * @ordered
	 */
	protected String nameNb = NAME_NB_EDEFAULT;

	/**
	 * The default value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected String nameEn = NAME_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitleEn() <em>Title En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleEn()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitleEn() <em>Title En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleEn()
	 * @generated
	 * @ordered
	 */
	protected String titleEn = TITLE_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitleNb() <em>Title Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleNb()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_NB_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitleNb() <em>Title Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleNb()
	 * @generated
	 * @ordered
	 */
	protected String titleNb = TITLE_NB_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAliases() <em>Aliases</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAliases()
	 * @generated
	 * @ordered
	 */
	protected EList<String> aliases;

	/**
	 * The default value of the '{@link #getColour() <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColour()
	 * @generated
	 * @ordered
	 */
	protected static final String COLOUR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColour() <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColour()
	 * @generated
	 * @ordered
	 */
	protected String colour = COLOUR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<SdgTarget> targets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SdgGoalImpl()
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
		return VeikartPackage.Literals.SDG_GOAL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumber()
	{
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(int newNumber)
	{
		int oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.SDG_GOAL__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameNb()
	{
		return nameNb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameNb(String newNameNb)
	{
		String oldNameNb = nameNb;
		nameNb = newNameNb;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.SDG_GOAL__NAME_NB, oldNameNb, nameNb));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameEn()
	{
		return nameEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameEn(String newNameEn)
	{
		String oldNameEn = nameEn;
		nameEn = newNameEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.SDG_GOAL__NAME_EN, oldNameEn, nameEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitleEn()
	{
		return titleEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitleEn(String newTitleEn)
	{
		String oldTitleEn = titleEn;
		titleEn = newTitleEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.SDG_GOAL__TITLE_EN, oldTitleEn, titleEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitleNb()
	{
		return titleNb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitleNb(String newTitleNb)
	{
		String oldTitleNb = titleNb;
		titleNb = newTitleNb;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.SDG_GOAL__TITLE_NB, oldTitleNb, titleNb));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAliases()
	{
		if (aliases == null)
		{
			aliases = new EDataTypeUniqueEList<String>(String.class, this, VeikartPackage.SDG_GOAL__ALIASES);
		}
		return aliases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColour()
	{
		return colour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColour(String newColour)
	{
		String oldColour = colour;
		colour = newColour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.SDG_GOAL__COLOUR, oldColour, colour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SdgTarget> getTargets()
	{
		if (targets == null)
		{
			targets = new EObjectContainmentEList<SdgTarget>(SdgTarget.class, this, VeikartPackage.SDG_GOAL__TARGETS);
		}
		return targets;
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
			case VeikartPackage.SDG_GOAL__TARGETS:
				return ((InternalEList<?>)getTargets()).basicRemove(otherEnd, msgs);
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
			case VeikartPackage.SDG_GOAL__NUMBER:
				return getNumber();
			case VeikartPackage.SDG_GOAL__NAME_NB:
				return getNameNb();
			case VeikartPackage.SDG_GOAL__NAME_EN:
				return getNameEn();
			case VeikartPackage.SDG_GOAL__TITLE_EN:
				return getTitleEn();
			case VeikartPackage.SDG_GOAL__TITLE_NB:
				return getTitleNb();
			case VeikartPackage.SDG_GOAL__ALIASES:
				return getAliases();
			case VeikartPackage.SDG_GOAL__COLOUR:
				return getColour();
			case VeikartPackage.SDG_GOAL__TARGETS:
				return getTargets();
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
			case VeikartPackage.SDG_GOAL__NUMBER:
				setNumber((Integer)newValue);
				return;
			case VeikartPackage.SDG_GOAL__NAME_NB:
				setNameNb((String)newValue);
				return;
			case VeikartPackage.SDG_GOAL__NAME_EN:
				setNameEn((String)newValue);
				return;
			case VeikartPackage.SDG_GOAL__TITLE_EN:
				setTitleEn((String)newValue);
				return;
			case VeikartPackage.SDG_GOAL__TITLE_NB:
				setTitleNb((String)newValue);
				return;
			case VeikartPackage.SDG_GOAL__ALIASES:
				getAliases().clear();
				getAliases().addAll((Collection<? extends String>)newValue);
				return;
			case VeikartPackage.SDG_GOAL__COLOUR:
				setColour((String)newValue);
				return;
			case VeikartPackage.SDG_GOAL__TARGETS:
				getTargets().clear();
				getTargets().addAll((Collection<? extends SdgTarget>)newValue);
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
			case VeikartPackage.SDG_GOAL__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case VeikartPackage.SDG_GOAL__NAME_NB:
				setNameNb(NAME_NB_EDEFAULT);
				return;
			case VeikartPackage.SDG_GOAL__NAME_EN:
				setNameEn(NAME_EN_EDEFAULT);
				return;
			case VeikartPackage.SDG_GOAL__TITLE_EN:
				setTitleEn(TITLE_EN_EDEFAULT);
				return;
			case VeikartPackage.SDG_GOAL__TITLE_NB:
				setTitleNb(TITLE_NB_EDEFAULT);
				return;
			case VeikartPackage.SDG_GOAL__ALIASES:
				getAliases().clear();
				return;
			case VeikartPackage.SDG_GOAL__COLOUR:
				setColour(COLOUR_EDEFAULT);
				return;
			case VeikartPackage.SDG_GOAL__TARGETS:
				getTargets().clear();
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
			case VeikartPackage.SDG_GOAL__NUMBER:
				return number != NUMBER_EDEFAULT;
			case VeikartPackage.SDG_GOAL__NAME_NB:
				return NAME_NB_EDEFAULT == null ? nameNb != null : !NAME_NB_EDEFAULT.equals(nameNb);
			case VeikartPackage.SDG_GOAL__NAME_EN:
				return NAME_EN_EDEFAULT == null ? nameEn != null : !NAME_EN_EDEFAULT.equals(nameEn);
			case VeikartPackage.SDG_GOAL__TITLE_EN:
				return TITLE_EN_EDEFAULT == null ? titleEn != null : !TITLE_EN_EDEFAULT.equals(titleEn);
			case VeikartPackage.SDG_GOAL__TITLE_NB:
				return TITLE_NB_EDEFAULT == null ? titleNb != null : !TITLE_NB_EDEFAULT.equals(titleNb);
			case VeikartPackage.SDG_GOAL__ALIASES:
				return aliases != null && !aliases.isEmpty();
			case VeikartPackage.SDG_GOAL__COLOUR:
				return COLOUR_EDEFAULT == null ? colour != null : !COLOUR_EDEFAULT.equals(colour);
			case VeikartPackage.SDG_GOAL__TARGETS:
				return targets != null && !targets.isEmpty();
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
		result.append(" (number: ");
		result.append(number);
		result.append(", nameNb: ");
		result.append(nameNb);
		result.append(", nameEn: ");
		result.append(nameEn);
		result.append(", titleEn: ");
		result.append(titleEn);
		result.append(", titleNb: ");
		result.append(titleNb);
		result.append(", aliases: ");
		result.append(aliases);
		result.append(", colour: ");
		result.append(colour);
		result.append(')');
		return result.toString();
	}

} //SdgGoalImpl
