/**
 */
package org.veikart.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document Relation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A relation from a plan to another document, for example that the Lillestrøm handlingsplan concretises the strategy, or that a plan builds on the kommuneplan or a regional strategy.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.DocumentRelation#getKind <em>Kind</em>}</li>
 *   <li>{@link org.veikart.model.DocumentRelation#getTargetPlan <em>Target Plan</em>}</li>
 *   <li>{@link org.veikart.model.DocumentRelation#getDocumentTitle <em>Document Title</em>}</li>
 *   <li>{@link org.veikart.model.DocumentRelation#getUrl <em>Url</em>}</li>
 * </ul>
 *
 * @see org.veikart.model.VeikartPackage#getDocumentRelation()
 * @model
 * @generated
 */
public interface DocumentRelation extends Traceable
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.veikart.model.RelationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of relation, for example CONCRETISES or SUBORDINATE_TO.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.veikart.model.RelationKind
	 * @see #setKind(RelationKind)
	 * @see org.veikart.model.VeikartPackage#getDocumentRelation_Kind()
	 * @model
	 * @generated
	 */
	RelationKind getKind();

	/**
	 * Sets the value of the '{@link org.veikart.model.DocumentRelation#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.veikart.model.RelationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RelationKind value);

	/**
	 * Returns the value of the '<em><b>Target Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The other plan when it is modelled, possibly in another file; null when it is known only by title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Plan</em>' reference.
	 * @see #setTargetPlan(Plan)
	 * @see org.veikart.model.VeikartPackage#getDocumentRelation_TargetPlan()
	 * @model
	 * @generated
	 */
	Plan getTargetPlan();

	/**
	 * Sets the value of the '{@link org.veikart.model.DocumentRelation#getTargetPlan <em>Target Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Plan</em>' reference.
	 * @see #getTargetPlan()
	 * @generated
	 */
	void setTargetPlan(Plan value);

	/**
	 * Returns the value of the '<em><b>Document Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title of the other document as written, when it is not modelled or in addition to targetPlan, for example "Kommuneplanens samfunnsdel".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Document Title</em>' attribute.
	 * @see #setDocumentTitle(String)
	 * @see org.veikart.model.VeikartPackage#getDocumentRelation_DocumentTitle()
	 * @model
	 * @generated
	 */
	String getDocumentTitle();

	/**
	 * Sets the value of the '{@link org.veikart.model.DocumentRelation#getDocumentTitle <em>Document Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document Title</em>' attribute.
	 * @see #getDocumentTitle()
	 * @generated
	 */
	void setDocumentTitle(String value);

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Web address of the other document, if known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see org.veikart.model.VeikartPackage#getDocumentRelation_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link org.veikart.model.DocumentRelation#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

} // DocumentRelation
