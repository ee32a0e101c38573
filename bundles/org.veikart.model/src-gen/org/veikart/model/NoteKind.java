/**
 */
package org.veikart.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Note Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kind of an editorial note.
 * <!-- end-model-doc -->
 * @see org.veikart.model.VeikartPackage#getNoteKind()
 * @model
 * @generated
 */
public enum NoteKind implements Enumerator
{
	/**
	 * The '<em><b>COMMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A general comment.
	 * <!-- end-model-doc -->
	 * @see #COMMENT_VALUE
	 * @generated
	 * @ordered
	 */
	COMMENT(0, "COMMENT", "COMMENT"),

	/**
	 * The '<em><b>MISSING IN SOURCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element's text is missing in the source document, as for Drammen's delmål; used instead of an empty string.
	 * <!-- end-model-doc -->
	 * @see #MISSING_IN_SOURCE_VALUE
	 * @generated
	 * @ordered
	 */
	MISSING_IN_SOURCE(1, "MISSING_IN_SOURCE", "MISSING_IN_SOURCE"),

	/**
	 * The '<em><b>EXTRACTION DAMAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source text was damaged by extraction, for example duplicated paragraphs or vertically set icon captions.
	 * <!-- end-model-doc -->
	 * @see #EXTRACTION_DAMAGE_VALUE
	 * @generated
	 * @ordered
	 */
	EXTRACTION_DAMAGE(2, "EXTRACTION_DAMAGE", "EXTRACTION_DAMAGE"),

	/**
	 * The '<em><b>EDITORIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An editorial change or decision made when modelling the plan.
	 * <!-- end-model-doc -->
	 * @see #EDITORIAL_VALUE
	 * @generated
	 * @ordered
	 */
	EDITORIAL(3, "EDITORIAL", "EDITORIAL"),

	/**
	 * The '<em><b>ASSUMPTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An assumption made where the source is unclear.
	 * <!-- end-model-doc -->
	 * @see #ASSUMPTION_VALUE
	 * @generated
	 * @ordered
	 */
	ASSUMPTION(4, "ASSUMPTION", "ASSUMPTION");

	/**
	 * The '<em><b>COMMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A general comment.
	 * <!-- end-model-doc -->
	 * @see #COMMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMENT_VALUE = 0;

	/**
	 * The '<em><b>MISSING IN SOURCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element's text is missing in the source document, as for Drammen's delmål; used instead of an empty string.
	 * <!-- end-model-doc -->
	 * @see #MISSING_IN_SOURCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MISSING_IN_SOURCE_VALUE = 1;

	/**
	 * The '<em><b>EXTRACTION DAMAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source text was damaged by extraction, for example duplicated paragraphs or vertically set icon captions.
	 * <!-- end-model-doc -->
	 * @see #EXTRACTION_DAMAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXTRACTION_DAMAGE_VALUE = 2;

	/**
	 * The '<em><b>EDITORIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An editorial change or decision made when modelling the plan.
	 * <!-- end-model-doc -->
	 * @see #EDITORIAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EDITORIAL_VALUE = 3;

	/**
	 * The '<em><b>ASSUMPTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An assumption made where the source is unclear.
	 * <!-- end-model-doc -->
	 * @see #ASSUMPTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ASSUMPTION_VALUE = 4;

	/**
	 * An array of all the '<em><b>Note Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final NoteKind[] VALUES_ARRAY =
		new NoteKind[]
		{
			COMMENT,
			MISSING_IN_SOURCE,
			EXTRACTION_DAMAGE,
			EDITORIAL,
			ASSUMPTION,
		};

	/**
	 * A public read-only list of all the '<em><b>Note Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<NoteKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Note Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NoteKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			NoteKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Note Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NoteKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			NoteKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Note Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NoteKind get(int value)
	{
		switch (value)
		{
			case COMMENT_VALUE: return COMMENT;
			case MISSING_IN_SOURCE_VALUE: return MISSING_IN_SOURCE;
			case EXTRACTION_DAMAGE_VALUE: return EXTRACTION_DAMAGE;
			case EDITORIAL_VALUE: return EDITORIAL;
			case ASSUMPTION_VALUE: return ASSUMPTION;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private NoteKind(int value, String name, String literal)
	{
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue()
	{
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName()
	{
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral()
	{
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		return literal;
	}
	
} //NoteKind
