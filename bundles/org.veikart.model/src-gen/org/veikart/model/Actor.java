/**
 */
package org.veikart.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Actor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A body that owns, is responsible for, takes part in or supplies data to a plan, such as a municipality, university, hospital, business council (næringsråd) or programme (Ungt Entreprenørskap, Innovasjon Norge).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.Actor#getName <em>Name</em>}</li>
 *   <li>{@link org.veikart.model.Actor#getKind <em>Kind</em>}</li>
 *   <li>{@link org.veikart.model.Actor#getAliases <em>Aliases</em>}</li>
 *   <li>{@link org.veikart.model.Actor#getUrl <em>Url</em>}</li>
 *   <li>{@link org.veikart.model.Actor#getPartOf <em>Part Of</em>}</li>
 * </ul>
 *
 * @see org.veikart.model.VeikartPackage#getActor()
 * @model
 * @generated
 */
public interface Actor extends Traceable
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The actor's name, for example "OsloMet".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.veikart.model.VeikartPackage#getActor_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.veikart.model.Actor#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.veikart.model.ActorKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What kind of body the actor is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.veikart.model.ActorKind
	 * @see #setKind(ActorKind)
	 * @see org.veikart.model.VeikartPackage#getActor_Kind()
	 * @model
	 * @generated
	 */
	ActorKind getKind();

	/**
	 * Sets the value of the '{@link org.veikart.model.Actor#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.veikart.model.ActorKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ActorKind value);

	/**
	 * Returns the value of the '<em><b>Aliases</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other names under which the actor appears in the sources, for example "Oslo Met" for OsloMet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aliases</em>' attribute list.
	 * @see org.veikart.model.VeikartPackage#getActor_Aliases()
	 * @model
	 * @generated
	 */
	EList<String> getAliases();

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Web address of the actor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see org.veikart.model.VeikartPackage#getActor_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link org.veikart.model.Actor#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>Part Of</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The actor this one is part of, for example a unit of the municipality.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Part Of</em>' reference.
	 * @see #setPartOf(Actor)
	 * @see org.veikart.model.VeikartPackage#getActor_PartOf()
	 * @model
	 * @generated
	 */
	Actor getPartOf();

	/**
	 * Sets the value of the '{@link org.veikart.model.Actor#getPartOf <em>Part Of</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Part Of</em>' reference.
	 * @see #getPartOf()
	 * @generated
	 */
	void setPartOf(Actor value);

} // Actor
