/**
 */
package org.veikart.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.veikart.model.SdgTarget;
import org.veikart.model.VeikartPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sdg Target</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.impl.SdgTargetImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.veikart.model.impl.SdgTargetImpl#getTextEn <em>Text En</em>}</li>
 *   <li>{@link org.veikart.model.impl.SdgTargetImpl#getTextNb <em>Text Nb</em>}</li>
 *   <li>{@link org.veikart.model.impl.SdgTargetImpl#isTextNbReviewed <em>Text Nb Reviewed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SdgTargetImpl extends IdentifiableImpl implements SdgTarget
{
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTextEn() <em>Text En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextEn()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTextEn() <em>Text En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextEn()
	 * @generated
	 * @ordered
	 */
	protected String textEn = TEXT_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getTextNb() <em>Text Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextNb()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_NB_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTextNb() <em>Text Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextNb()
	 * @generated
	 * @ordered
	 */
	protected String textNb = TEXT_NB_EDEFAULT;

	/**
	 * The default value of the '{@link #isTextNbReviewed() <em>Text Nb Reviewed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTextNbReviewed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TEXT_NB_REVIEWED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTextNbReviewed() <em>Text Nb Reviewed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTextNbReviewed()
	 * @generated
	 * @ordered
	 */
	protected boolean textNbReviewed = TEXT_NB_REVIEWED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SdgTargetImpl()
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
		return VeikartPackage.Literals.SDG_TARGET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode()
	{
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode)
	{
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.SDG_TARGET__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTextEn()
	{
		return textEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextEn(String newTextEn)
	{
		String oldTextEn = textEn;
		textEn = newTextEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.SDG_TARGET__TEXT_EN, oldTextEn, textEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTextNb()
	{
		return textNb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextNb(String newTextNb)
	{
		String oldTextNb = textNb;
		textNb = newTextNb;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.SDG_TARGET__TEXT_NB, oldTextNb, textNb));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTextNbReviewed()
	{
		return textNbReviewed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextNbReviewed(boolean newTextNbReviewed)
	{
		boolean oldTextNbReviewed = textNbReviewed;
		textNbReviewed = newTextNbReviewed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.SDG_TARGET__TEXT_NB_REVIEWED, oldTextNbReviewed, textNbReviewed));
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
			case VeikartPackage.SDG_TARGET__CODE:
				return getCode();
			case VeikartPackage.SDG_TARGET__TEXT_EN:
				return getTextEn();
			case VeikartPackage.SDG_TARGET__TEXT_NB:
				return getTextNb();
			case VeikartPackage.SDG_TARGET__TEXT_NB_REVIEWED:
				return isTextNbReviewed();
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
			case VeikartPackage.SDG_TARGET__CODE:
				setCode((String)newValue);
				return;
			case VeikartPackage.SDG_TARGET__TEXT_EN:
				setTextEn((String)newValue);
				return;
			case VeikartPackage.SDG_TARGET__TEXT_NB:
				setTextNb((String)newValue);
				return;
			case VeikartPackage.SDG_TARGET__TEXT_NB_REVIEWED:
				setTextNbReviewed((Boolean)newValue);
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
			case VeikartPackage.SDG_TARGET__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case VeikartPackage.SDG_TARGET__TEXT_EN:
				setTextEn(TEXT_EN_EDEFAULT);
				return;
			case VeikartPackage.SDG_TARGET__TEXT_NB:
				setTextNb(TEXT_NB_EDEFAULT);
				return;
			case VeikartPackage.SDG_TARGET__TEXT_NB_REVIEWED:
				setTextNbReviewed(TEXT_NB_REVIEWED_EDEFAULT);
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
			case VeikartPackage.SDG_TARGET__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case VeikartPackage.SDG_TARGET__TEXT_EN:
				return TEXT_EN_EDEFAULT == null ? textEn != null : !TEXT_EN_EDEFAULT.equals(textEn);
			case VeikartPackage.SDG_TARGET__TEXT_NB:
				return TEXT_NB_EDEFAULT == null ? textNb != null : !TEXT_NB_EDEFAULT.equals(textNb);
			case VeikartPackage.SDG_TARGET__TEXT_NB_REVIEWED:
				return textNbReviewed != TEXT_NB_REVIEWED_EDEFAULT;
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
		result.append(" (code: ");
		result.append(code);
		result.append(", textEn: ");
		result.append(textEn);
		result.append(", textNb: ");
		result.append(textNb);
		result.append(", textNbReviewed: ");
		result.append(textNbReviewed);
		result.append(')');
		return result.toString();
	}

} //SdgTargetImpl
