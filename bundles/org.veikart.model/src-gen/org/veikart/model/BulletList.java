/**
 */
package org.veikart.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Bullet List</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A bulleted list of items in the prose.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.BulletList#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @see org.veikart.model.VeikartPackage#getBulletList()
 * @model
 * @generated
 */
public interface BulletList extends ProseBlock
{
	/**
	 * Returns the value of the '<em><b>Items</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The list items, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Items</em>' attribute list.
	 * @see org.veikart.model.VeikartPackage#getBulletList_Items()
	 * @model
	 * @generated
	 */
	EList<String> getItems();

} // BulletList
