/**
 */
package org.veikart.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sdg Goal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One of the 17 UN Sustainable Development Goals (bærekraftsmål), with id such as "sdg-8", names in Norwegian and English and its official colour.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.SdgGoal#getNumber <em>Number</em>}</li>
 *   <li>{@link org.veikart.model.SdgGoal#getNameNb <em>Name Nb</em>}</li>
 *   <li>{@link org.veikart.model.SdgGoal#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.veikart.model.SdgGoal#getTitleEn <em>Title En</em>}</li>
 *   <li>{@link org.veikart.model.SdgGoal#getTitleNb <em>Title Nb</em>}</li>
 *   <li>{@link org.veikart.model.SdgGoal#getAliases <em>Aliases</em>}</li>
 *   <li>{@link org.veikart.model.SdgGoal#getColour <em>Colour</em>}</li>
 *   <li>{@link org.veikart.model.SdgGoal#getTargets <em>Targets</em>}</li>
 * </ul>
 *
 * @see org.veikart.model.VeikartPackage#getSdgGoal()
 * @model
 * @generated
 */
public interface SdgGoal extends Identifiable
{
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The goal number, 1 to 17.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.veikart.model.VeikartPackage#getSdgGoal_Number()
	 * @model
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.veikart.model.SdgGoal#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Name Nb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short Norwegian (bokmål) name, for example "Anstendig arbeid og økonomisk vekst".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name Nb</em>' attribute.
	 * @see #setNameNb(String)
	 * @see org.veikart.model.VeikartPackage#getSdgGoal_NameNb()
	 * @model
	 * @generated
	 */
	String getNameNb();

	/**
	 * Sets the value of the '{@link org.veikart.model.SdgGoal#getNameNb <em>Name Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Nb</em>' attribute.
	 * @see #getNameNb()
	 * @generated
	 */
	void setNameNb(String value);

	/**
	 * Returns the value of the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short English name, for example "Decent work and economic growth".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name En</em>' attribute.
	 * @see #setNameEn(String)
	 * @see org.veikart.model.VeikartPackage#getSdgGoal_NameEn()
	 * @model
	 * @generated
	 */
	String getNameEn();

	/**
	 * Sets the value of the '{@link org.veikart.model.SdgGoal#getNameEn <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name En</em>' attribute.
	 * @see #getNameEn()
	 * @generated
	 */
	void setNameEn(String value);

	/**
	 * Returns the value of the '<em><b>Title En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The long official English goal text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title En</em>' attribute.
	 * @see #setTitleEn(String)
	 * @see org.veikart.model.VeikartPackage#getSdgGoal_TitleEn()
	 * @model
	 * @generated
	 */
	String getTitleEn();

	/**
	 * Sets the value of the '{@link org.veikart.model.SdgGoal#getTitleEn <em>Title En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title En</em>' attribute.
	 * @see #getTitleEn()
	 * @generated
	 */
	void setTitleEn(String value);

	/**
	 * Returns the value of the '<em><b>Title Nb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The long goal text in Norwegian (bokmål).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title Nb</em>' attribute.
	 * @see #setTitleNb(String)
	 * @see org.veikart.model.VeikartPackage#getSdgGoal_TitleNb()
	 * @model
	 * @generated
	 */
	String getTitleNb();

	/**
	 * Sets the value of the '{@link org.veikart.model.SdgGoal#getTitleNb <em>Title Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title Nb</em>' attribute.
	 * @see #getTitleNb()
	 * @generated
	 */
	void setTitleNb(String value);

	/**
	 * Returns the value of the '<em><b>Aliases</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other names in use for the goal, for example open-sdg's "Ingen fattigdom" for goal 1, whose name here is "Utrydde fattigdom".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aliases</em>' attribute list.
	 * @see org.veikart.model.VeikartPackage#getSdgGoal_Aliases()
	 * @model
	 * @generated
	 */
	EList<String> getAliases();

	/**
	 * Returns the value of the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The official goal colour as a hex code, for example "#A21942".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Colour</em>' attribute.
	 * @see #setColour(String)
	 * @see org.veikart.model.VeikartPackage#getSdgGoal_Colour()
	 * @model
	 * @generated
	 */
	String getColour();

	/**
	 * Sets the value of the '{@link org.veikart.model.SdgGoal#getColour <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Colour</em>' attribute.
	 * @see #getColour()
	 * @generated
	 */
	void setColour(String value);

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' containment reference list.
	 * The list contents are of type {@link org.veikart.model.SdgTarget}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The targets (FN-delmål) of this goal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Targets</em>' containment reference list.
	 * @see org.veikart.model.VeikartPackage#getSdgGoal_Targets()
	 * @model containment="true"
	 * @generated
	 */
	EList<SdgTarget> getTargets();

} // SdgGoal
