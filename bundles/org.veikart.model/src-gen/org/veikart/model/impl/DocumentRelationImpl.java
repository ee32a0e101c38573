/**
 */
package org.veikart.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.veikart.model.DocumentRelation;
import org.veikart.model.Plan;
import org.veikart.model.RelationKind;
import org.veikart.model.VeikartPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Document Relation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.impl.DocumentRelationImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.veikart.model.impl.DocumentRelationImpl#getTargetPlan <em>Target Plan</em>}</li>
 *   <li>{@link org.veikart.model.impl.DocumentRelationImpl#getDocumentTitle <em>Document Title</em>}</li>
 *   <li>{@link org.veikart.model.impl.DocumentRelationImpl#getUrl <em>Url</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DocumentRelationImpl extends TraceableImpl implements DocumentRelation
{
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final RelationKind KIND_EDEFAULT = RelationKind.CONCRETISES;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected RelationKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTargetPlan() <em>Target Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetPlan()
	 * @generated
	 * @ordered
	 */
	protected Plan targetPlan;

	/**
	 * The default value of the '{@link #getDocumentTitle() <em>Document Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String DOCUMENT_TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDocumentTitle() <em>Document Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentTitle()
	 * @generated
	 * @ordered
	 */
	protected String documentTitle = DOCUMENT_TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected String url = URL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DocumentRelationImpl()
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
		return VeikartPackage.Literals.DOCUMENT_RELATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RelationKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(RelationKind newKind)
	{
		RelationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.DOCUMENT_RELATION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Plan getTargetPlan()
	{
		if (targetPlan != null && targetPlan.eIsProxy())
		{
			InternalEObject oldTargetPlan = (InternalEObject)targetPlan;
			targetPlan = (Plan)eResolveProxy(oldTargetPlan);
			if (targetPlan != oldTargetPlan)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, VeikartPackage.DOCUMENT_RELATION__TARGET_PLAN, oldTargetPlan, targetPlan));
			}
		}
		return targetPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Plan basicGetTargetPlan()
	{
		return targetPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetPlan(Plan newTargetPlan)
	{
		Plan oldTargetPlan = targetPlan;
		targetPlan = newTargetPlan;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.DOCUMENT_RELATION__TARGET_PLAN, oldTargetPlan, targetPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDocumentTitle()
	{
		return documentTitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocumentTitle(String newDocumentTitle)
	{
		String oldDocumentTitle = documentTitle;
		documentTitle = newDocumentTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.DOCUMENT_RELATION__DOCUMENT_TITLE, oldDocumentTitle, documentTitle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUrl()
	{
		return url;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrl(String newUrl)
	{
		String oldUrl = url;
		url = newUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeikartPackage.DOCUMENT_RELATION__URL, oldUrl, url));
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
			case VeikartPackage.DOCUMENT_RELATION__KIND:
				return getKind();
			case VeikartPackage.DOCUMENT_RELATION__TARGET_PLAN:
				if (resolve) return getTargetPlan();
				return basicGetTargetPlan();
			case VeikartPackage.DOCUMENT_RELATION__DOCUMENT_TITLE:
				return getDocumentTitle();
			case VeikartPackage.DOCUMENT_RELATION__URL:
				return getUrl();
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
			case VeikartPackage.DOCUMENT_RELATION__KIND:
				setKind((RelationKind)newValue);
				return;
			case VeikartPackage.DOCUMENT_RELATION__TARGET_PLAN:
				setTargetPlan((Plan)newValue);
				return;
			case VeikartPackage.DOCUMENT_RELATION__DOCUMENT_TITLE:
				setDocumentTitle((String)newValue);
				return;
			case VeikartPackage.DOCUMENT_RELATION__URL:
				setUrl((String)newValue);
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
			case VeikartPackage.DOCUMENT_RELATION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case VeikartPackage.DOCUMENT_RELATION__TARGET_PLAN:
				setTargetPlan((Plan)null);
				return;
			case VeikartPackage.DOCUMENT_RELATION__DOCUMENT_TITLE:
				setDocumentTitle(DOCUMENT_TITLE_EDEFAULT);
				return;
			case VeikartPackage.DOCUMENT_RELATION__URL:
				setUrl(URL_EDEFAULT);
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
			case VeikartPackage.DOCUMENT_RELATION__KIND:
				return kind != KIND_EDEFAULT;
			case VeikartPackage.DOCUMENT_RELATION__TARGET_PLAN:
				return targetPlan != null;
			case VeikartPackage.DOCUMENT_RELATION__DOCUMENT_TITLE:
				return DOCUMENT_TITLE_EDEFAULT == null ? documentTitle != null : !DOCUMENT_TITLE_EDEFAULT.equals(documentTitle);
			case VeikartPackage.DOCUMENT_RELATION__URL:
				return URL_EDEFAULT == null ? url != null : !URL_EDEFAULT.equals(url);
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
		result.append(", documentTitle: ");
		result.append(documentTitle);
		result.append(", url: ");
		result.append(url);
		result.append(')');
		return result.toString();
	}

} //DocumentRelationImpl
