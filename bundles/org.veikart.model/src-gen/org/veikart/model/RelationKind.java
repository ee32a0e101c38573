/**
 */
package org.veikart.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Relation Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a plan relates to another document.
 * <!-- end-model-doc -->
 * @see org.veikart.model.VeikartPackage#getRelationKind()
 * @model
 * @generated
 */
public enum RelationKind implements Enumerator
{
	/**
	 * The '<em><b>CONCRETISES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * This plan concretises the other one, as a handlingsplan concretises a strategy.
	 * <!-- end-model-doc -->
	 * @see #CONCRETISES_VALUE
	 * @generated
	 * @ordered
	 */
	CONCRETISES(0, "CONCRETISES", "CONCRETISES"),

	/**
	 * The '<em><b>BUILDS ON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * This plan builds on the other document, for example an earlier strategy.
	 * <!-- end-model-doc -->
	 * @see #BUILDS_ON_VALUE
	 * @generated
	 * @ordered
	 */
	BUILDS_ON(1, "BUILDS_ON", "BUILDS_ON"),

	/**
	 * The '<em><b>SUBORDINATE TO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * This plan is subordinate to the other one, for example to the kommuneplan or a regional strategy.
	 * <!-- end-model-doc -->
	 * @see #SUBORDINATE_TO_VALUE
	 * @generated
	 * @ordered
	 */
	SUBORDINATE_TO(2, "SUBORDINATE_TO", "SUBORDINATE_TO"),

	/**
	 * The '<em><b>REFERENCES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * This plan merely refers to the other document.
	 * <!-- end-model-doc -->
	 * @see #REFERENCES_VALUE
	 * @generated
	 * @ordered
	 */
	REFERENCES(3, "REFERENCES", "REFERENCES"),

	/**
	 * The '<em><b>REPLACES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * This plan replaces the other one.
	 * <!-- end-model-doc -->
	 * @see #REPLACES_VALUE
	 * @generated
	 * @ordered
	 */
	REPLACES(4, "REPLACES", "REPLACES");

	/**
	 * The '<em><b>CONCRETISES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * This plan concretises the other one, as a handlingsplan concretises a strategy.
	 * <!-- end-model-doc -->
	 * @see #CONCRETISES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONCRETISES_VALUE = 0;

	/**
	 * The '<em><b>BUILDS ON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * This plan builds on the other document, for example an earlier strategy.
	 * <!-- end-model-doc -->
	 * @see #BUILDS_ON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BUILDS_ON_VALUE = 1;

	/**
	 * The '<em><b>SUBORDINATE TO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * This plan is subordinate to the other one, for example to the kommuneplan or a regional strategy.
	 * <!-- end-model-doc -->
	 * @see #SUBORDINATE_TO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUBORDINATE_TO_VALUE = 2;

	/**
	 * The '<em><b>REFERENCES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * This plan merely refers to the other document.
	 * <!-- end-model-doc -->
	 * @see #REFERENCES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REFERENCES_VALUE = 3;

	/**
	 * The '<em><b>REPLACES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * This plan replaces the other one.
	 * <!-- end-model-doc -->
	 * @see #REPLACES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REPLACES_VALUE = 4;

	/**
	 * An array of all the '<em><b>Relation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RelationKind[] VALUES_ARRAY =
		new RelationKind[]
		{
			CONCRETISES,
			BUILDS_ON,
			SUBORDINATE_TO,
			REFERENCES,
			REPLACES,
		};

	/**
	 * A public read-only list of all the '<em><b>Relation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RelationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Relation Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			RelationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relation Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			RelationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relation Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationKind get(int value)
	{
		switch (value)
		{
			case CONCRETISES_VALUE: return CONCRETISES;
			case BUILDS_ON_VALUE: return BUILDS_ON;
			case SUBORDINATE_TO_VALUE: return SUBORDINATE_TO;
			case REFERENCES_VALUE: return REFERENCES;
			case REPLACES_VALUE: return REPLACES;
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
	private RelationKind(int value, String name, String literal)
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
	
} //RelationKind
