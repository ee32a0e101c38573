/**
 */
package org.veikart.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sdg Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A reference from a plan element to a UN Sustainable Development Goal (FNs bærekraftsmål) or one of its targets, for example "forankret i FNs bærekraftsmål nr. 8". It can also mark SDGs that are referenced but cannot be identified.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.SdgReference#getKind <em>Kind</em>}</li>
 *   <li>{@link org.veikart.model.SdgReference#getGoal <em>Goal</em>}</li>
 *   <li>{@link org.veikart.model.SdgReference#getTarget <em>Target</em>}</li>
 *   <li>{@link org.veikart.model.SdgReference#getLabel <em>Label</em>}</li>
 *   <li>{@link org.veikart.model.SdgReference#isUnspecified <em>Unspecified</em>}</li>
 * </ul>
 *
 * @see org.veikart.model.VeikartPackage#getSdgReference()
 * @model
 * @generated
 */
public interface SdgReference extends EObject
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"CONTRIBUTES_TO"</code>.
	 * The literals are from the enumeration {@link org.veikart.model.SdgRelationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the element relates to the goal or target; CONTRIBUTES_TO by default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.veikart.model.SdgRelationKind
	 * @see #setKind(SdgRelationKind)
	 * @see org.veikart.model.VeikartPackage#getSdgReference_Kind()
	 * @model default="CONTRIBUTES_TO"
	 * @generated
	 */
	SdgRelationKind getKind();

	/**
	 * Sets the value of the '{@link org.veikart.model.SdgReference#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.veikart.model.SdgRelationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SdgRelationKind value);

	/**
	 * Returns the value of the '<em><b>Goal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The referenced goal in the SDG catalogue, for example goal 8.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Goal</em>' reference.
	 * @see #setGoal(SdgGoal)
	 * @see org.veikart.model.VeikartPackage#getSdgReference_Goal()
	 * @model
	 * @generated
	 */
	SdgGoal getGoal();

	/**
	 * Sets the value of the '{@link org.veikart.model.SdgReference#getGoal <em>Goal</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Goal</em>' reference.
	 * @see #getGoal()
	 * @generated
	 */
	void setGoal(SdgGoal value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The referenced target (FN-delmål), for example 8.2; its goal is implied.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(SdgTarget)
	 * @see org.veikart.model.VeikartPackage#getSdgReference_Target()
	 * @model
	 * @generated
	 */
	SdgTarget getTarget();

	/**
	 * Sets the value of the '{@link org.veikart.model.SdgReference#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(SdgTarget value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The reference as written in the source, for example "FNs bærekraftsmål nr. 3".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.veikart.model.VeikartPackage#getSdgReference_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.veikart.model.SdgReference#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Unspecified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the source refers to SDGs that cannot be identified from the text, as on Drammen's page where they appear only in an image.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unspecified</em>' attribute.
	 * @see #setUnspecified(boolean)
	 * @see org.veikart.model.VeikartPackage#getSdgReference_Unspecified()
	 * @model
	 * @generated
	 */
	boolean isUnspecified();

	/**
	 * Sets the value of the '{@link org.veikart.model.SdgReference#isUnspecified <em>Unspecified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unspecified</em>' attribute.
	 * @see #isUnspecified()
	 * @generated
	 */
	void setUnspecified(boolean value);

} // SdgReference
