/**
 */
package org.veikart.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Note</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An editorial note attached to an element, for example a marker that the element's text is missing in the source or a remark on extraction damage.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.Note#getKind <em>Kind</em>}</li>
 *   <li>{@link org.veikart.model.Note#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.veikart.model.VeikartPackage#getNote()
 * @model
 * @generated
 */
public interface Note extends EObject
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.veikart.model.NoteKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What kind of note this is, for example MISSING_IN_SOURCE.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.veikart.model.NoteKind
	 * @see #setKind(NoteKind)
	 * @see org.veikart.model.VeikartPackage#getNote_Kind()
	 * @model
	 * @generated
	 */
	NoteKind getKind();

	/**
	 * Sets the value of the '{@link org.veikart.model.Note#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.veikart.model.NoteKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(NoteKind value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The note text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.veikart.model.VeikartPackage#getNote_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.veikart.model.Note#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // Note
