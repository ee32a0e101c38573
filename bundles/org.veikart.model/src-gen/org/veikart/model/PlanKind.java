/**
 */
package org.veikart.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Plan Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kind of planning document.
 * <!-- end-model-doc -->
 * @see org.veikart.model.VeikartPackage#getPlanKind()
 * @model
 * @generated
 */
public enum PlanKind implements Enumerator
{
	/**
	 * The '<em><b>STRATEGY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A strategy (strategi), for example a næringsstrategi covering many years.
	 * <!-- end-model-doc -->
	 * @see #STRATEGY_VALUE
	 * @generated
	 * @ordered
	 */
	STRATEGY(0, "STRATEGY", "STRATEGY"),

	/**
	 * The '<em><b>ACTION PLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An action plan (handlingsplan) that concretises a strategy with measures for a shorter period.
	 * <!-- end-model-doc -->
	 * @see #ACTION_PLAN_VALUE
	 * @generated
	 * @ordered
	 */
	ACTION_PLAN(1, "ACTION_PLAN", "ACTION_PLAN"),

	/**
	 * The '<em><b>MASTER PLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The municipal master plan (kommuneplan).
	 * <!-- end-model-doc -->
	 * @see #MASTER_PLAN_VALUE
	 * @generated
	 * @ordered
	 */
	MASTER_PLAN(2, "MASTER_PLAN", "MASTER_PLAN"),

	/**
	 * The '<em><b>MASTER PLAN PART</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A part of the municipal master plan, for example the social element (samfunnsdel) or one of its focus areas.
	 * <!-- end-model-doc -->
	 * @see #MASTER_PLAN_PART_VALUE
	 * @generated
	 * @ordered
	 */
	MASTER_PLAN_PART(3, "MASTER_PLAN_PART", "MASTER_PLAN_PART"),

	/**
	 * The '<em><b>SECTOR PLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A sector plan (sektorplan or temaplan) for one area of the municipality's responsibility.
	 * <!-- end-model-doc -->
	 * @see #SECTOR_PLAN_VALUE
	 * @generated
	 * @ordered
	 */
	SECTOR_PLAN(4, "SECTOR_PLAN", "SECTOR_PLAN"),

	/**
	 * The '<em><b>PROGRAMME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A programme (program) that bundles several efforts.
	 * <!-- end-model-doc -->
	 * @see #PROGRAMME_VALUE
	 * @generated
	 * @ordered
	 */
	PROGRAMME(5, "PROGRAMME", "PROGRAMME"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other kind of planning document.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(6, "OTHER", "OTHER");

	/**
	 * The '<em><b>STRATEGY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A strategy (strategi), for example a næringsstrategi covering many years.
	 * <!-- end-model-doc -->
	 * @see #STRATEGY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STRATEGY_VALUE = 0;

	/**
	 * The '<em><b>ACTION PLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An action plan (handlingsplan) that concretises a strategy with measures for a shorter period.
	 * <!-- end-model-doc -->
	 * @see #ACTION_PLAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACTION_PLAN_VALUE = 1;

	/**
	 * The '<em><b>MASTER PLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The municipal master plan (kommuneplan).
	 * <!-- end-model-doc -->
	 * @see #MASTER_PLAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MASTER_PLAN_VALUE = 2;

	/**
	 * The '<em><b>MASTER PLAN PART</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A part of the municipal master plan, for example the social element (samfunnsdel) or one of its focus areas.
	 * <!-- end-model-doc -->
	 * @see #MASTER_PLAN_PART
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MASTER_PLAN_PART_VALUE = 3;

	/**
	 * The '<em><b>SECTOR PLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A sector plan (sektorplan or temaplan) for one area of the municipality's responsibility.
	 * <!-- end-model-doc -->
	 * @see #SECTOR_PLAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECTOR_PLAN_VALUE = 4;

	/**
	 * The '<em><b>PROGRAMME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A programme (program) that bundles several efforts.
	 * <!-- end-model-doc -->
	 * @see #PROGRAMME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROGRAMME_VALUE = 5;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other kind of planning document.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 6;

	/**
	 * An array of all the '<em><b>Plan Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PlanKind[] VALUES_ARRAY =
		new PlanKind[]
		{
			STRATEGY,
			ACTION_PLAN,
			MASTER_PLAN,
			MASTER_PLAN_PART,
			SECTOR_PLAN,
			PROGRAMME,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Plan Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PlanKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Plan Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PlanKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			PlanKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Plan Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PlanKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			PlanKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Plan Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PlanKind get(int value)
	{
		switch (value)
		{
			case STRATEGY_VALUE: return STRATEGY;
			case ACTION_PLAN_VALUE: return ACTION_PLAN;
			case MASTER_PLAN_VALUE: return MASTER_PLAN;
			case MASTER_PLAN_PART_VALUE: return MASTER_PLAN_PART;
			case SECTOR_PLAN_VALUE: return SECTOR_PLAN;
			case PROGRAMME_VALUE: return PROGRAMME;
			case OTHER_VALUE: return OTHER;
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
	private PlanKind(int value, String name, String literal)
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
	
} //PlanKind
