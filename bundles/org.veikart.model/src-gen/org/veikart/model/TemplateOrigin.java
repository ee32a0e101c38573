/**
 */
package org.veikart.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Template Origin</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Records that an element was created from a reusable template, such as "Næringsvennlig kommune", so that it can be tracked back to the template and receive template updates.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.TemplateOrigin#getTemplateId <em>Template Id</em>}</li>
 *   <li>{@link org.veikart.model.TemplateOrigin#getTemplateVersion <em>Template Version</em>}</li>
 *   <li>{@link org.veikart.model.TemplateOrigin#getElementId <em>Element Id</em>}</li>
 * </ul>
 *
 * @see org.veikart.model.VeikartPackage#getTemplateOrigin()
 * @model
 * @generated
 */
public interface TemplateOrigin extends EObject
{
	/**
	 * Returns the value of the '<em><b>Template Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the template the element was created from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Template Id</em>' attribute.
	 * @see #setTemplateId(String)
	 * @see org.veikart.model.VeikartPackage#getTemplateOrigin_TemplateId()
	 * @model
	 * @generated
	 */
	String getTemplateId();

	/**
	 * Sets the value of the '{@link org.veikart.model.TemplateOrigin#getTemplateId <em>Template Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template Id</em>' attribute.
	 * @see #getTemplateId()
	 * @generated
	 */
	void setTemplateId(String value);

	/**
	 * Returns the value of the '<em><b>Template Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the template at the time the element was created or last updated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Template Version</em>' attribute.
	 * @see #setTemplateVersion(String)
	 * @see org.veikart.model.VeikartPackage#getTemplateOrigin_TemplateVersion()
	 * @model
	 * @generated
	 */
	String getTemplateVersion();

	/**
	 * Sets the value of the '{@link org.veikart.model.TemplateOrigin#getTemplateVersion <em>Template Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template Version</em>' attribute.
	 * @see #getTemplateVersion()
	 * @generated
	 */
	void setTemplateVersion(String value);

	/**
	 * Returns the value of the '<em><b>Element Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the corresponding element inside the template.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Element Id</em>' attribute.
	 * @see #setElementId(String)
	 * @see org.veikart.model.VeikartPackage#getTemplateOrigin_ElementId()
	 * @model
	 * @generated
	 */
	String getElementId();

	/**
	 * Sets the value of the '{@link org.veikart.model.TemplateOrigin#getElementId <em>Element Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element Id</em>' attribute.
	 * @see #getElementId()
	 * @generated
	 */
	void setElementId(String value);

} // TemplateOrigin
