/**
 */
package org.veikart.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.veikart.model.Paragraph;
import org.veikart.model.VeikartPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Paragraph</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class ParagraphImpl extends ProseBlockImpl implements Paragraph
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ParagraphImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return VeikartPackage.Literals.PARAGRAPH;
	}

} //ParagraphImpl
