/**
 */
package org.veikart.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Paragraph</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A plain paragraph of prose text.
 * <!-- end-model-doc -->
 *
 *
 * @see org.veikart.model.VeikartPackage#getParagraph()
 * @model
 * @generated
 */
public interface Paragraph extends ProseBlock
{
} // Paragraph
