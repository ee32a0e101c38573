/**
 */
package org.veikart.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Common base of the statements that make up a plan: the plan itself, goals (mål), focus areas (innsatsområder), strategies, measures (tiltak) and indicators. It holds the printed code, the verbatim title and text, and the cross-cutting links to indicators, SDGs, other elements and templates.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.PlanElement#getCode <em>Code</em>}</li>
 *   <li>{@link org.veikart.model.PlanElement#getTitle <em>Title</em>}</li>
 *   <li>{@link org.veikart.model.PlanElement#getText <em>Text</em>}</li>
 *   <li>{@link org.veikart.model.PlanElement#getSdgReferences <em>Sdg References</em>}</li>
 *   <li>{@link org.veikart.model.PlanElement#getMeasuredBy <em>Measured By</em>}</li>
 *   <li>{@link org.veikart.model.PlanElement#getContributesTo <em>Contributes To</em>}</li>
 *   <li>{@link org.veikart.model.PlanElement#getVariantOf <em>Variant Of</em>}</li>
 *   <li>{@link org.veikart.model.PlanElement#isDuplicate <em>Duplicate</em>}</li>
 *   <li>{@link org.veikart.model.PlanElement#getOrigin <em>Origin</em>}</li>
 * </ul>
 *
 * @see org.veikart.model.VeikartPackage#getPlanElement()
 * @model abstract="true"
 * @generated
 */
public interface PlanElement extends Traceable
{
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The printed code exactly as in the source, such as "Strategi A", "a)", "A1" or "1.". Codes restart per parent and are separate from the stable id; null when the source prints none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.veikart.model.VeikartPackage#getPlanElement_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.veikart.model.PlanElement#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The heading or short statement exactly as written in the source (verbatim), for example "Næringsvennlig kommune".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.veikart.model.VeikartPackage#getPlanElement_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.veikart.model.PlanElement#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The verbatim body text or full statement, which may span several lines; null when the source gives only a title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.veikart.model.VeikartPackage#getPlanElement_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.veikart.model.PlanElement#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Sdg References</b></em>' containment reference list.
	 * The list contents are of type {@link org.veikart.model.SdgReference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * References from this element to UN Sustainable Development Goals (FNs bærekraftsmål) or their targets, with the label as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sdg References</em>' containment reference list.
	 * @see org.veikart.model.VeikartPackage#getPlanElement_SdgReferences()
	 * @model containment="true"
	 * @generated
	 */
	EList<SdgReference> getSdgReferences();

	/**
	 * Returns the value of the '<em><b>Measured By</b></em>' reference list.
	 * The list contents are of type {@link org.veikart.model.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Indicators (indikatorer) that measure this element; an indicator can measure many elements and an element can have many indicators.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measured By</em>' reference list.
	 * @see org.veikart.model.VeikartPackage#getPlanElement_MeasuredBy()
	 * @model
	 * @generated
	 */
	EList<Indicator> getMeasuredBy();

	/**
	 * Returns the value of the '<em><b>Contributes To</b></em>' reference list.
	 * The list contents are of type {@link org.veikart.model.PlanElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Elements this element contributes to, for example an effect goal (effektmål) to a main goal (hovedmål) or a focus area to a main goal. Validation checks these links for cycles.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contributes To</em>' reference list.
	 * @see org.veikart.model.VeikartPackage#getPlanElement_ContributesTo()
	 * @model
	 * @generated
	 */
	EList<PlanElement> getContributesTo();

	/**
	 * Returns the value of the '<em><b>Variant Of</b></em>' reference list.
	 * The list contents are of type {@link org.veikart.model.PlanElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other elements this one is a variant or duplicate of, for example the same measure "Årlig utlysning av næringsfond" listed under two strategies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variant Of</em>' reference list.
	 * @see org.veikart.model.VeikartPackage#getPlanElement_VariantOf()
	 * @model
	 * @generated
	 */
	EList<PlanElement> getVariantOf();

	/**
	 * Returns the value of the '<em><b>Duplicate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when this element repeats another one in the source verbatim; the repeated element is linked through variantOf.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duplicate</em>' attribute.
	 * @see #setDuplicate(boolean)
	 * @see org.veikart.model.VeikartPackage#getPlanElement_Duplicate()
	 * @model
	 * @generated
	 */
	boolean isDuplicate();

	/**
	 * Sets the value of the '{@link org.veikart.model.PlanElement#isDuplicate <em>Duplicate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duplicate</em>' attribute.
	 * @see #isDuplicate()
	 * @generated
	 */
	void setDuplicate(boolean value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Set when this element was created from a reusable template, so it can be traced back to the template and updated when the template changes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Origin</em>' containment reference.
	 * @see #setOrigin(TemplateOrigin)
	 * @see org.veikart.model.VeikartPackage#getPlanElement_Origin()
	 * @model containment="true"
	 * @generated
	 */
	TemplateOrigin getOrigin();

	/**
	 * Sets the value of the '{@link org.veikart.model.PlanElement#getOrigin <em>Origin</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' containment reference.
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(TemplateOrigin value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Returns true if this element carries a note of kind MISSING_IN_SOURCE, meaning the source document lacks its text (as for Drammen's delmål).
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel body='for (&lt;%org.veikart.model.Note%&gt; note : getNotes())\n{\n\tif (note.getKind() == &lt;%org.veikart.model.NoteKind%&gt;.MISSING_IN_SOURCE)\n\t{\n\t\treturn true;\n\t}\n}\nreturn false;'"
	 * @generated
	 */
	boolean isMissingInSource();

} // PlanElement
