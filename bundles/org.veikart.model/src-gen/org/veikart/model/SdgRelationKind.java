/**
 */
package org.veikart.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Sdg Relation Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a plan element relates to a Sustainable Development Goal or target.
 * <!-- end-model-doc -->
 * @see org.veikart.model.VeikartPackage#getSdgRelationKind()
 * @model
 * @generated
 */
public enum SdgRelationKind implements Enumerator
{
	/**
	 * The '<em><b>CONTRIBUTES TO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element contributes to the goal or target.
	 * <!-- end-model-doc -->
	 * @see #CONTRIBUTES_TO_VALUE
	 * @generated
	 * @ordered
	 */
	CONTRIBUTES_TO(0, "CONTRIBUTES_TO", "CONTRIBUTES_TO"),

	/**
	 * The '<em><b>ANCHORED IN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element is anchored in the goal ("forankret i FNs bærekraftsmål").
	 * <!-- end-model-doc -->
	 * @see #ANCHORED_IN_VALUE
	 * @generated
	 * @ordered
	 */
	ANCHORED_IN(1, "ANCHORED_IN", "ANCHORED_IN"),

	/**
	 * The '<em><b>SUPPORTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element supports the goal indirectly.
	 * <!-- end-model-doc -->
	 * @see #SUPPORTS_VALUE
	 * @generated
	 * @ordered
	 */
	SUPPORTS(2, "SUPPORTS", "SUPPORTS"),

	/**
	 * The '<em><b>CONFLICTS WITH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element may work against the goal.
	 * <!-- end-model-doc -->
	 * @see #CONFLICTS_WITH_VALUE
	 * @generated
	 * @ordered
	 */
	CONFLICTS_WITH(3, "CONFLICTS_WITH", "CONFLICTS_WITH");

	/**
	 * The '<em><b>CONTRIBUTES TO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element contributes to the goal or target.
	 * <!-- end-model-doc -->
	 * @see #CONTRIBUTES_TO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONTRIBUTES_TO_VALUE = 0;

	/**
	 * The '<em><b>ANCHORED IN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element is anchored in the goal ("forankret i FNs bærekraftsmål").
	 * <!-- end-model-doc -->
	 * @see #ANCHORED_IN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANCHORED_IN_VALUE = 1;

	/**
	 * The '<em><b>SUPPORTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element supports the goal indirectly.
	 * <!-- end-model-doc -->
	 * @see #SUPPORTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUPPORTS_VALUE = 2;

	/**
	 * The '<em><b>CONFLICTS WITH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element may work against the goal.
	 * <!-- end-model-doc -->
	 * @see #CONFLICTS_WITH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONFLICTS_WITH_VALUE = 3;

	/**
	 * An array of all the '<em><b>Sdg Relation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SdgRelationKind[] VALUES_ARRAY =
		new SdgRelationKind[]
		{
			CONTRIBUTES_TO,
			ANCHORED_IN,
			SUPPORTS,
			CONFLICTS_WITH,
		};

	/**
	 * A public read-only list of all the '<em><b>Sdg Relation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SdgRelationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Sdg Relation Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SdgRelationKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			SdgRelationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sdg Relation Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SdgRelationKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			SdgRelationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sdg Relation Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SdgRelationKind get(int value)
	{
		switch (value)
		{
			case CONTRIBUTES_TO_VALUE: return CONTRIBUTES_TO;
			case ANCHORED_IN_VALUE: return ANCHORED_IN;
			case SUPPORTS_VALUE: return SUPPORTS;
			case CONFLICTS_WITH_VALUE: return CONFLICTS_WITH;
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
	private SdgRelationKind(int value, String name, String literal)
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
	
} //SdgRelationKind
