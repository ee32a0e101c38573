/**
 */
package org.veikart.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fact Box</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A fact box (faktaboks) with a title and a list of short facts, for example key figures on local business.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.FactBox#getTitle <em>Title</em>}</li>
 *   <li>{@link org.veikart.model.FactBox#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @see org.veikart.model.VeikartPackage#getFactBox()
 * @model
 * @generated
 */
public interface FactBox extends ProseBlock
{
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title of the fact box.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.veikart.model.VeikartPackage#getFactBox_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.veikart.model.FactBox#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The facts listed in the box, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Items</em>' attribute list.
	 * @see org.veikart.model.VeikartPackage#getFactBox_Items()
	 * @model
	 * @generated
	 */
	EList<String> getItems();

} // FactBox
