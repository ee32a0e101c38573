/**
 */
package org.veikart.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Traceable</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An identifiable element that can record where in the source document it was found and carry editorial notes, such as a "missing in source" marker.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.Traceable#getProvenance <em>Provenance</em>}</li>
 *   <li>{@link org.veikart.model.Traceable#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.veikart.model.VeikartPackage#getTraceable()
 * @model abstract="true"
 * @generated
 */
public interface Traceable extends Identifiable
{
	/**
	 * Returns the value of the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where in the source document (file, line, page) the content of this element was found; absent when unknown or not taken from a document.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provenance</em>' containment reference.
	 * @see #setProvenance(Provenance)
	 * @see org.veikart.model.VeikartPackage#getTraceable_Provenance()
	 * @model containment="true"
	 * @generated
	 */
	Provenance getProvenance();

	/**
	 * Sets the value of the '{@link org.veikart.model.Traceable#getProvenance <em>Provenance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provenance</em>' containment reference.
	 * @see #getProvenance()
	 * @generated
	 */
	void setProvenance(Provenance value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' containment reference list.
	 * The list contents are of type {@link org.veikart.model.Note}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Editorial notes about this element, including "missing in source" markers and remarks on extraction damage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' containment reference list.
	 * @see org.veikart.model.VeikartPackage#getTraceable_Notes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Note> getNotes();

} // Traceable
