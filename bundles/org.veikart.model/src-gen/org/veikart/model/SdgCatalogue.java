/**
 */
package org.veikart.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sdg Catalogue</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The catalogue of the 17 UN Sustainable Development Goals and their 169 targets in Norwegian and English, shipped as versioned data by the org.veikart.sdg bundle.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.SdgCatalogue#getVersion <em>Version</em>}</li>
 *   <li>{@link org.veikart.model.SdgCatalogue#getSource <em>Source</em>}</li>
 *   <li>{@link org.veikart.model.SdgCatalogue#getLicence <em>Licence</em>}</li>
 *   <li>{@link org.veikart.model.SdgCatalogue#getGoals <em>Goals</em>}</li>
 * </ul>
 *
 * @see org.veikart.model.VeikartPackage#getSdgCatalogue()
 * @model
 * @generated
 */
public interface SdgCatalogue extends Identifiable
{
	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the catalogue, for example "2020" after the 2020 comprehensive review.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.veikart.model.VeikartPackage#getSdgCatalogue_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.veikart.model.SdgCatalogue#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the goal and target texts come from, for example the open-sdg sdg-translations data at a given commit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.veikart.model.VeikartPackage#getSdgCatalogue_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.veikart.model.SdgCatalogue#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Licence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Licence of the catalogue texts, for example "MIT" for the open-sdg data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Licence</em>' attribute.
	 * @see #setLicence(String)
	 * @see org.veikart.model.VeikartPackage#getSdgCatalogue_Licence()
	 * @model
	 * @generated
	 */
	String getLicence();

	/**
	 * Sets the value of the '{@link org.veikart.model.SdgCatalogue#getLicence <em>Licence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Licence</em>' attribute.
	 * @see #getLicence()
	 * @generated
	 */
	void setLicence(String value);

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' containment reference list.
	 * The list contents are of type {@link org.veikart.model.SdgGoal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The goals of the catalogue, in numeric order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Goals</em>' containment reference list.
	 * @see org.veikart.model.VeikartPackage#getSdgCatalogue_Goals()
	 * @model containment="true"
	 * @generated
	 */
	EList<SdgGoal> getGoals();

} // SdgCatalogue
