/**
 */
package org.veikart.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Prose Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Base of the blocks of prose within a section: paragraphs, quotes, fact boxes, figure captions, bullet lists and source lists.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.ProseBlock#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.veikart.model.VeikartPackage#getProseBlock()
 * @model abstract="true"
 * @generated
 */
public interface ProseBlock extends Traceable
{
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The verbatim text of the block; it may contain Markdown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.veikart.model.VeikartPackage#getProseBlock_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.veikart.model.ProseBlock#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // ProseBlock
