/**
 */
package org.veikart.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.veikart.model.Plan;
import org.veikart.model.Quotation;
import org.veikart.model.VeikartPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Quotation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.impl.QuotationImpl#getSourcePlan <em>Source Plan</em>}</li>
 *   <li>{@link org.veikart.model.impl.QuotationImpl#getSourceTitle <em>Source Title</em>}</li>
 *   <li>{@link org.veikart.model.impl.QuotationImpl#getPage <em>Page</em>}</li>
 * </ul>
 *
 * @generated
 */
public class QuotationImpl extends MinimalEObjectImpl.Container implements Quotation
{
	/**
	 * The cached value of the '{@link #getSourcePlan() <em>Source Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourcePlan()
	 * @generated
	 * @ordered
	 */
	protected Plan sourcePlan;

	/**
	 * The default value of the '{@link #getSourceTitle() <em>Source Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceTitle() <em>Source Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceTitle()
	 * @generated
	 * @ordered
	 */
	protected String sourceTitle = SOURCE_TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPage() <em>Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPage()
	 * @generated
	 * @ordered
	 */
	protected static final String PAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPage() <em>Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPage()
	 * @generated
	 * @ordered
	 */
	protected String page = PAGE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected QuotationImpl()
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
		return VeikartPackage.Literals.QUOTATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Plan getSourcePlan()
	{
		if (sourcePlan != null && sourcePlan.eIsProxy())
		{
			InternalEObject oldSourcePlan = (InternalEObject)sourcePlan;
			sourcePlan = (Plan)eResolveProxy(oldSourcePlan);
			if (sourcePlan != oldSourcePlan)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, VeikartPackage.QUOTATION__SOURCE_PLAN, oldSourcePlan, sourcePlan));
			}
		}
		return sourcePlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Plan basicGetSourcePlan()
	{
		return sourcePlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourcePlan(Plan newSourcePlan)
	{
		Plan oldSourcePlan = sourcePlan;
		sourcePlan = newSourcePlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.QUOTATION__SOURCE_PLAN, oldSourcePlan, sourcePlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceTitle()
	{
		return sourceTitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceTitle(String newSourceTitle)
	{
		String oldSourceTitle = sourceTitle;
		sourceTitle = newSourceTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.QUOTATION__SOURCE_TITLE, oldSourceTitle, sourceTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPage()
	{
		return page;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPage(String newPage)
	{
		String oldPage = page;
		page = newPage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.QUOTATION__PAGE, oldPage, page));
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
			case VeikartPackage.QUOTATION__SOURCE_PLAN:
				if (resolve) return getSourcePlan();
				return basicGetSourcePlan();
			case VeikartPackage.QUOTATION__SOURCE_TITLE:
				return getSourceTitle();
			case VeikartPackage.QUOTATION__PAGE:
				return getPage();
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
			case VeikartPackage.QUOTATION__SOURCE_PLAN:
				setSourcePlan((Plan)newValue);
				return;
			case VeikartPackage.QUOTATION__SOURCE_TITLE:
				setSourceTitle((String)newValue);
				return;
			case VeikartPackage.QUOTATION__PAGE:
				setPage((String)newValue);
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
			case VeikartPackage.QUOTATION__SOURCE_PLAN:
				setSourcePlan((Plan)null);
				return;
			case VeikartPackage.QUOTATION__SOURCE_TITLE:
				setSourceTitle(SOURCE_TITLE_EDEFAULT);
				return;
			case VeikartPackage.QUOTATION__PAGE:
				setPage(PAGE_EDEFAULT);
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
			case VeikartPackage.QUOTATION__SOURCE_PLAN:
				return sourcePlan != null;
			case VeikartPackage.QUOTATION__SOURCE_TITLE:
				return SOURCE_TITLE_EDEFAULT == null ? sourceTitle != null : !SOURCE_TITLE_EDEFAULT.equals(sourceTitle);
			case VeikartPackage.QUOTATION__PAGE:
				return PAGE_EDEFAULT == null ? page != null : !PAGE_EDEFAULT.equals(page);
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
		result.append(" (sourceTitle: ");
		result.append(sourceTitle);
		result.append(", page: ");
		result.append(page);
		result.append(')');
		return result.toString();
	}

} //QuotationImpl
