/**
 */
package org.veikart.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Term</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An entry of a plan's vocabulary: the plan's own Norwegian word for one level of its structure, used for display.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.Term#getLevel <em>Level</em>}</li>
 *   <li>{@link org.veikart.model.Term#getSingular <em>Singular</em>}</li>
 *   <li>{@link org.veikart.model.Term#getPlural <em>Plural</em>}</li>
 * </ul>
 *
 * @see org.veikart.model.VeikartPackage#getTerm()
 * @model
 * @generated
 */
public interface Term extends EObject
{
	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.veikart.model.TermLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The structural level this term names, for example FOCUS_AREA.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.veikart.model.TermLevel
	 * @see #setLevel(TermLevel)
	 * @see org.veikart.model.VeikartPackage#getTerm_Level()
	 * @model
	 * @generated
	 */
	TermLevel getLevel();

	/**
	 * Sets the value of the '{@link org.veikart.model.Term#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.veikart.model.TermLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(TermLevel value);

	/**
	 * Returns the value of the '<em><b>Singular</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Singular form as used in the plan, for example "Innsatsområde".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Singular</em>' attribute.
	 * @see #setSingular(String)
	 * @see org.veikart.model.VeikartPackage#getTerm_Singular()
	 * @model
	 * @generated
	 */
	String getSingular();

	/**
	 * Sets the value of the '{@link org.veikart.model.Term#getSingular <em>Singular</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Singular</em>' attribute.
	 * @see #getSingular()
	 * @generated
	 */
	void setSingular(String value);

	/**
	 * Returns the value of the '<em><b>Plural</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Plural form as used in the plan, for example "Innsatsområder".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plural</em>' attribute.
	 * @see #setPlural(String)
	 * @see org.veikart.model.VeikartPackage#getTerm_Plural()
	 * @model
	 * @generated
	 */
	String getPlural();

	/**
	 * Sets the value of the '{@link org.veikart.model.Term#getPlural <em>Plural</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plural</em>' attribute.
	 * @see #getPlural()
	 * @generated
	 */
	void setPlural(String value);

} // Term
