/**
 */
package org.veikart.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Quotation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Marks where a goal quoted from another document comes from, for example a vision taken from the kommuneplanens samfunnsdel.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.Quotation#getSourcePlan <em>Source Plan</em>}</li>
 *   <li>{@link org.veikart.model.Quotation#getSourceTitle <em>Source Title</em>}</li>
 *   <li>{@link org.veikart.model.Quotation#getPage <em>Page</em>}</li>
 * </ul>
 *
 * @see org.veikart.model.VeikartPackage#getQuotation()
 * @model
 * @generated
 */
public interface Quotation extends EObject
{
	/**
	 * Returns the value of the '<em><b>Source Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The quoted plan when it is modelled; null when it is known only by title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Plan</em>' reference.
	 * @see #setSourcePlan(Plan)
	 * @see org.veikart.model.VeikartPackage#getQuotation_SourcePlan()
	 * @model
	 * @generated
	 */
	Plan getSourcePlan();

	/**
	 * Sets the value of the '{@link org.veikart.model.Quotation#getSourcePlan <em>Source Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Plan</em>' reference.
	 * @see #getSourcePlan()
	 * @generated
	 */
	void setSourcePlan(Plan value);

	/**
	 * Returns the value of the '<em><b>Source Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title of the quoted document as written, for example "Kommuneplanens samfunnsdel".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Title</em>' attribute.
	 * @see #setSourceTitle(String)
	 * @see org.veikart.model.VeikartPackage#getQuotation_SourceTitle()
	 * @model
	 * @generated
	 */
	String getSourceTitle();

	/**
	 * Sets the value of the '{@link org.veikart.model.Quotation#getSourceTitle <em>Source Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Title</em>' attribute.
	 * @see #getSourceTitle()
	 * @generated
	 */
	void setSourceTitle(String value);

	/**
	 * Returns the value of the '<em><b>Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Page or section in the quoted document, as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Page</em>' attribute.
	 * @see #setPage(String)
	 * @see org.veikart.model.VeikartPackage#getQuotation_Page()
	 * @model
	 * @generated
	 */
	String getPage();

	/**
	 * Sets the value of the '{@link org.veikart.model.Quotation#getPage <em>Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Page</em>' attribute.
	 * @see #getPage()
	 * @generated
	 */
	void setPage(String value);

} // Quotation
