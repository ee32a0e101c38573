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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.veikart.model.Indicator;
import org.veikart.model.Note;
import org.veikart.model.NoteKind;
import org.veikart.model.PlanElement;
import org.veikart.model.SdgReference;
import org.veikart.model.TemplateOrigin;
import org.veikart.model.VeikartPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan Element</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.impl.PlanElementImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.veikart.model.impl.PlanElementImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.veikart.model.impl.PlanElementImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.veikart.model.impl.PlanElementImpl#getSdgReferences <em>Sdg References</em>}</li>
 *   <li>{@link org.veikart.model.impl.PlanElementImpl#getMeasuredBy <em>Measured By</em>}</li>
 *   <li>{@link org.veikart.model.impl.PlanElementImpl#getContributesTo <em>Contributes To</em>}</li>
 *   <li>{@link org.veikart.model.impl.PlanElementImpl#getVariantOf <em>Variant Of</em>}</li>
 *   <li>{@link org.veikart.model.impl.PlanElementImpl#isDuplicate <em>Duplicate</em>}</li>
 *   <li>{@link org.veikart.model.impl.PlanElementImpl#getOrigin <em>Origin</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class PlanElementImpl extends TraceableImpl implements PlanElement
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
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSdgReferences() <em>Sdg References</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSdgReferences()
	 * @generated
	 * @ordered
	 */
	protected EList<SdgReference> sdgReferences;

	/**
	 * The cached value of the '{@link #getMeasuredBy() <em>Measured By</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasuredBy()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> measuredBy;

	/**
	 * The cached value of the '{@link #getContributesTo() <em>Contributes To</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContributesTo()
	 * @generated
	 * @ordered
	 */
	protected EList<PlanElement> contributesTo;

	/**
	 * The cached value of the '{@link #getVariantOf() <em>Variant Of</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariantOf()
	 * @generated
	 * @ordered
	 */
	protected EList<PlanElement> variantOf;

	/**
	 * The default value of the '{@link #isDuplicate() <em>Duplicate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDuplicate()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DUPLICATE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDuplicate() <em>Duplicate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDuplicate()
	 * @generated
	 * @ordered
	 */
	protected boolean duplicate = DUPLICATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOrigin() <em>Origin</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected TemplateOrigin origin;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanElementImpl()
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
		return VeikartPackage.Literals.PLAN_ELEMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.PLAN_ELEMENT__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle()
	{
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle)
	{
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.PLAN_ELEMENT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText()
	{
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText)
	{
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.PLAN_ELEMENT__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SdgReference> getSdgReferences()
	{
		if (sdgReferences == null)
		{
			sdgReferences = new EObjectContainmentEList<SdgReference>(SdgReference.class, this, VeikartPackage.PLAN_ELEMENT__SDG_REFERENCES);
		}
		return sdgReferences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getMeasuredBy()
	{
		if (measuredBy == null)
		{
			measuredBy = new EObjectResolvingEList<Indicator>(Indicator.class, this, VeikartPackage.PLAN_ELEMENT__MEASURED_BY);
		}
		return measuredBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlanElement> getContributesTo()
	{
		if (contributesTo == null)
		{
			contributesTo = new EObjectResolvingEList<PlanElement>(PlanElement.class, this, VeikartPackage.PLAN_ELEMENT__CONTRIBUTES_TO);
		}
		return contributesTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlanElement> getVariantOf()
	{
		if (variantOf == null)
		{
			variantOf = new EObjectResolvingEList<PlanElement>(PlanElement.class, this, VeikartPackage.PLAN_ELEMENT__VARIANT_OF);
		}
		return variantOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDuplicate()
	{
		return duplicate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDuplicate(boolean newDuplicate)
	{
		boolean oldDuplicate = duplicate;
		duplicate = newDuplicate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.PLAN_ELEMENT__DUPLICATE, oldDuplicate, duplicate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TemplateOrigin getOrigin()
	{
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOrigin(TemplateOrigin newOrigin, NotificationChain msgs)
	{
		TemplateOrigin oldOrigin = origin;
		origin = newOrigin;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, VeikartPackage.PLAN_ELEMENT__ORIGIN, oldOrigin, newOrigin);
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
	public void setOrigin(TemplateOrigin newOrigin)
	{
		if (newOrigin != origin)
		{
			NotificationChain msgs = null;
			if (origin != null)
				msgs = ((InternalEObject)origin).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - VeikartPackage.PLAN_ELEMENT__ORIGIN, null, msgs);
			if (newOrigin != null)
				msgs = ((InternalEObject)newOrigin).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - VeikartPackage.PLAN_ELEMENT__ORIGIN, null, msgs);
			msgs = basicSetOrigin(newOrigin, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.PLAN_ELEMENT__ORIGIN, newOrigin, newOrigin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMissingInSource()
	{
		for (Note note : getNotes())
		{
			if (note.getKind() == NoteKind.MISSING_IN_SOURCE)
			{
				return true;
			}
		}
		return false;
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
			case VeikartPackage.PLAN_ELEMENT__SDG_REFERENCES:
				return ((InternalEList<?>)getSdgReferences()).basicRemove(otherEnd, msgs);
			case VeikartPackage.PLAN_ELEMENT__ORIGIN:
				return basicSetOrigin(null, msgs);
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
			case VeikartPackage.PLAN_ELEMENT__CODE:
				return getCode();
			case VeikartPackage.PLAN_ELEMENT__TITLE:
				return getTitle();
			case VeikartPackage.PLAN_ELEMENT__TEXT:
				return getText();
			case VeikartPackage.PLAN_ELEMENT__SDG_REFERENCES:
				return getSdgReferences();
			case VeikartPackage.PLAN_ELEMENT__MEASURED_BY:
				return getMeasuredBy();
			case VeikartPackage.PLAN_ELEMENT__CONTRIBUTES_TO:
				return getContributesTo();
			case VeikartPackage.PLAN_ELEMENT__VARIANT_OF:
				return getVariantOf();
			case VeikartPackage.PLAN_ELEMENT__DUPLICATE:
				return isDuplicate();
			case VeikartPackage.PLAN_ELEMENT__ORIGIN:
				return getOrigin();
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
			case VeikartPackage.PLAN_ELEMENT__CODE:
				setCode((String)newValue);
				return;
			case VeikartPackage.PLAN_ELEMENT__TITLE:
				setTitle((String)newValue);
				return;
			case VeikartPackage.PLAN_ELEMENT__TEXT:
				setText((String)newValue);
				return;
			case VeikartPackage.PLAN_ELEMENT__SDG_REFERENCES:
				getSdgReferences().clear();
				getSdgReferences().addAll((Collection<? extends SdgReference>)newValue);
				return;
			case VeikartPackage.PLAN_ELEMENT__MEASURED_BY:
				getMeasuredBy().clear();
				getMeasuredBy().addAll((Collection<? extends Indicator>)newValue);
				return;
			case VeikartPackage.PLAN_ELEMENT__CONTRIBUTES_TO:
				getContributesTo().clear();
				getContributesTo().addAll((Collection<? extends PlanElement>)newValue);
				return;
			case VeikartPackage.PLAN_ELEMENT__VARIANT_OF:
				getVariantOf().clear();
				getVariantOf().addAll((Collection<? extends PlanElement>)newValue);
				return;
			case VeikartPackage.PLAN_ELEMENT__DUPLICATE:
				setDuplicate((Boolean)newValue);
				return;
			case VeikartPackage.PLAN_ELEMENT__ORIGIN:
				setOrigin((TemplateOrigin)newValue);
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
			case VeikartPackage.PLAN_ELEMENT__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case VeikartPackage.PLAN_ELEMENT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case VeikartPackage.PLAN_ELEMENT__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case VeikartPackage.PLAN_ELEMENT__SDG_REFERENCES:
				getSdgReferences().clear();
				return;
			case VeikartPackage.PLAN_ELEMENT__MEASURED_BY:
				getMeasuredBy().clear();
				return;
			case VeikartPackage.PLAN_ELEMENT__CONTRIBUTES_TO:
				getContributesTo().clear();
				return;
			case VeikartPackage.PLAN_ELEMENT__VARIANT_OF:
				getVariantOf().clear();
				return;
			case VeikartPackage.PLAN_ELEMENT__DUPLICATE:
				setDuplicate(DUPLICATE_EDEFAULT);
				return;
			case VeikartPackage.PLAN_ELEMENT__ORIGIN:
				setOrigin((TemplateOrigin)null);
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
			case VeikartPackage.PLAN_ELEMENT__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case VeikartPackage.PLAN_ELEMENT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case VeikartPackage.PLAN_ELEMENT__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case VeikartPackage.PLAN_ELEMENT__SDG_REFERENCES:
				return sdgReferences != null && !sdgReferences.isEmpty();
			case VeikartPackage.PLAN_ELEMENT__MEASURED_BY:
				return measuredBy != null && !measuredBy.isEmpty();
			case VeikartPackage.PLAN_ELEMENT__CONTRIBUTES_TO:
				return contributesTo != null && !contributesTo.isEmpty();
			case VeikartPackage.PLAN_ELEMENT__VARIANT_OF:
				return variantOf != null && !variantOf.isEmpty();
			case VeikartPackage.PLAN_ELEMENT__DUPLICATE:
				return duplicate != DUPLICATE_EDEFAULT;
			case VeikartPackage.PLAN_ELEMENT__ORIGIN:
				return origin != null;
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
			case VeikartPackage.PLAN_ELEMENT___IS_MISSING_IN_SOURCE:
				return isMissingInSource();
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
		result.append(" (code: ");
		result.append(code);
		result.append(", title: ");
		result.append(title);
		result.append(", text: ");
		result.append(text);
		result.append(", duplicate: ");
		result.append(duplicate);
		result.append(')');
		return result.toString();
	}

} //PlanElementImpl
