/**
 */
package org.veikart.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A prose section of the plan, such as the foreword (forord), background or values, kept so that an HTML report can reproduce the document.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.Section#getCode <em>Code</em>}</li>
 *   <li>{@link org.veikart.model.Section#getTitle <em>Title</em>}</li>
 *   <li>{@link org.veikart.model.Section#getBlocks <em>Blocks</em>}</li>
 *   <li>{@link org.veikart.model.Section#getSubsections <em>Subsections</em>}</li>
 * </ul>
 *
 * @see org.veikart.model.VeikartPackage#getSection()
 * @model
 * @generated
 */
public interface Section extends Traceable
{
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Printed section number or code, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.veikart.model.VeikartPackage#getSection_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.veikart.model.Section#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Section heading as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.veikart.model.VeikartPackage#getSection_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.veikart.model.Section#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Blocks</b></em>' containment reference list.
	 * The list contents are of type {@link org.veikart.model.ProseBlock}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The prose blocks of the section in document order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Blocks</em>' containment reference list.
	 * @see org.veikart.model.VeikartPackage#getSection_Blocks()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProseBlock> getBlocks();

	/**
	 * Returns the value of the '<em><b>Subsections</b></em>' containment reference list.
	 * The list contents are of type {@link org.veikart.model.Section}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nested sections.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subsections</em>' containment reference list.
	 * @see org.veikart.model.VeikartPackage#getSection_Subsections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Section> getSubsections();

} // Section
