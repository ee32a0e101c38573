/**
 */
package org.veikart.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sdg Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One of the 169 targets of the UN Sustainable Development Goals, with id such as "sdg-8.2". In Norwegian these are also called delmål; the UI calls them "FN-delmål" to avoid confusion with a plan's own sub-goals.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.SdgTarget#getCode <em>Code</em>}</li>
 *   <li>{@link org.veikart.model.SdgTarget#getTextEn <em>Text En</em>}</li>
 *   <li>{@link org.veikart.model.SdgTarget#getTextNb <em>Text Nb</em>}</li>
 *   <li>{@link org.veikart.model.SdgTarget#isTextNbReviewed <em>Text Nb Reviewed</em>}</li>
 * </ul>
 *
 * @see org.veikart.model.VeikartPackage#getSdgTarget()
 * @model
 * @generated
 */
public interface SdgTarget extends Identifiable
{
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The official target code, for example "8.2" or "8.a".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.veikart.model.VeikartPackage#getSdgTarget_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.veikart.model.SdgTarget#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Text En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The official English target text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text En</em>' attribute.
	 * @see #setTextEn(String)
	 * @see org.veikart.model.VeikartPackage#getSdgTarget_TextEn()
	 * @model
	 * @generated
	 */
	String getTextEn();

	/**
	 * Sets the value of the '{@link org.veikart.model.SdgTarget#getTextEn <em>Text En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text En</em>' attribute.
	 * @see #getTextEn()
	 * @generated
	 */
	void setTextEn(String value);

	/**
	 * Returns the value of the '<em><b>Text Nb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Norwegian (bokmål) target text; null where no reliable source exists.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text Nb</em>' attribute.
	 * @see #setTextNb(String)
	 * @see org.veikart.model.VeikartPackage#getSdgTarget_TextNb()
	 * @model
	 * @generated
	 */
	String getTextNb();

	/**
	 * Sets the value of the '{@link org.veikart.model.SdgTarget#getTextNb <em>Text Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Nb</em>' attribute.
	 * @see #getTextNb()
	 * @generated
	 */
	void setTextNb(String value);

	/**
	 * Returns the value of the '<em><b>Text Nb Reviewed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the Norwegian text has been reviewed; false marks a draft translation, since the open-sdg bokmål texts are partly machine translated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text Nb Reviewed</em>' attribute.
	 * @see #setTextNbReviewed(boolean)
	 * @see org.veikart.model.VeikartPackage#getSdgTarget_TextNbReviewed()
	 * @model
	 * @generated
	 */
	boolean isTextNbReviewed();

	/**
	 * Sets the value of the '{@link org.veikart.model.SdgTarget#isTextNbReviewed <em>Text Nb Reviewed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Nb Reviewed</em>' attribute.
	 * @see #isTextNbReviewed()
	 * @generated
	 */
	void setTextNbReviewed(boolean value);

} // SdgTarget
