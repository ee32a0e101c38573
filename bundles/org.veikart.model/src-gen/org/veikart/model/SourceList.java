/**
 */
package org.veikart.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Source List</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A block in the prose that lists sources (kilder), referring to entries of the plan's source list.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.SourceList#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see org.veikart.model.VeikartPackage#getSourceList()
 * @model
 * @generated
 */
public interface SourceList extends ProseBlock
{
	/**
	 * Returns the value of the '<em><b>Entries</b></em>' reference list.
	 * The list contents are of type {@link org.veikart.model.Source}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sources listed in this block, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Entries</em>' reference list.
	 * @see org.veikart.model.VeikartPackage#getSourceList_Entries()
	 * @model
	 * @generated
	 */
	EList<Source> getEntries();

} // SourceList
