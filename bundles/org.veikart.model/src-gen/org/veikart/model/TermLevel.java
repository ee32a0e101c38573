/**
 */
package org.veikart.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Term Level</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The structural levels of a plan for which a plan defines its own display term.
 * <!-- end-model-doc -->
 * @see org.veikart.model.VeikartPackage#getTermLevel()
 * @model
 * @generated
 */
public enum TermLevel implements Enumerator
{
	/**
	 * The '<em><b>PLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The plan itself, for example "Strategi" or "Handlingsplan".
	 * <!-- end-model-doc -->
	 * @see #PLAN_VALUE
	 * @generated
	 * @ordered
	 */
	PLAN(0, "PLAN", "PLAN"),

	/**
	 * The '<em><b>PART</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A part of the plan, for example "Tiltaksdel".
	 * <!-- end-model-doc -->
	 * @see #PART_VALUE
	 * @generated
	 * @ordered
	 */
	PART(1, "PART", "PART"),

	/**
	 * The '<em><b>VISION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The vision, for example "Visjon".
	 * <!-- end-model-doc -->
	 * @see #VISION_VALUE
	 * @generated
	 * @ordered
	 */
	VISION(2, "VISION", "VISION"),

	/**
	 * The '<em><b>AMBITION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The main ambition, for example "Hovedambisjon".
	 * <!-- end-model-doc -->
	 * @see #AMBITION_VALUE
	 * @generated
	 * @ordered
	 */
	AMBITION(3, "AMBITION", "AMBITION"),

	/**
	 * The '<em><b>MAIN GOAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A main goal, for example "Hovedmål".
	 * <!-- end-model-doc -->
	 * @see #MAIN_GOAL_VALUE
	 * @generated
	 * @ordered
	 */
	MAIN_GOAL(4, "MAIN_GOAL", "MAIN_GOAL"),

	/**
	 * The '<em><b>EFFECT GOAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An effect goal, for example "Effektmål".
	 * <!-- end-model-doc -->
	 * @see #EFFECT_GOAL_VALUE
	 * @generated
	 * @ordered
	 */
	EFFECT_GOAL(5, "EFFECT_GOAL", "EFFECT_GOAL"),

	/**
	 * The '<em><b>SUB GOAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A sub-goal, for example "Delmål".
	 * <!-- end-model-doc -->
	 * @see #SUB_GOAL_VALUE
	 * @generated
	 * @ordered
	 */
	SUB_GOAL(6, "SUB_GOAL", "SUB_GOAL"),

	/**
	 * The '<em><b>FOCUS AREA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A focus area, for example "Innsatsområde", "Satsing" or "Politisk satsingsområde".
	 * <!-- end-model-doc -->
	 * @see #FOCUS_AREA_VALUE
	 * @generated
	 * @ordered
	 */
	FOCUS_AREA(7, "FOCUS_AREA", "FOCUS_AREA"),

	/**
	 * The '<em><b>STRATEGY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A strategy, for example "Strategi".
	 * <!-- end-model-doc -->
	 * @see #STRATEGY_VALUE
	 * @generated
	 * @ordered
	 */
	STRATEGY(8, "STRATEGY", "STRATEGY"),

	/**
	 * The '<em><b>SUB STRATEGY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A sub-strategy, for example "Delstrategi".
	 * <!-- end-model-doc -->
	 * @see #SUB_STRATEGY_VALUE
	 * @generated
	 * @ordered
	 */
	SUB_STRATEGY(9, "SUB_STRATEGY", "SUB_STRATEGY"),

	/**
	 * The '<em><b>MEASURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A measure, for example "Tiltak".
	 * <!-- end-model-doc -->
	 * @see #MEASURE_VALUE
	 * @generated
	 * @ordered
	 */
	MEASURE(10, "MEASURE", "MEASURE"),

	/**
	 * The '<em><b>INDICATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An indicator, for example "Indikator" or "Måleindikator".
	 * <!-- end-model-doc -->
	 * @see #INDICATOR_VALUE
	 * @generated
	 * @ordered
	 */
	INDICATOR(11, "INDICATOR", "INDICATOR");

	/**
	 * The '<em><b>PLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The plan itself, for example "Strategi" or "Handlingsplan".
	 * <!-- end-model-doc -->
	 * @see #PLAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PLAN_VALUE = 0;

	/**
	 * The '<em><b>PART</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A part of the plan, for example "Tiltaksdel".
	 * <!-- end-model-doc -->
	 * @see #PART
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PART_VALUE = 1;

	/**
	 * The '<em><b>VISION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The vision, for example "Visjon".
	 * <!-- end-model-doc -->
	 * @see #VISION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VISION_VALUE = 2;

	/**
	 * The '<em><b>AMBITION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The main ambition, for example "Hovedambisjon".
	 * <!-- end-model-doc -->
	 * @see #AMBITION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AMBITION_VALUE = 3;

	/**
	 * The '<em><b>MAIN GOAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A main goal, for example "Hovedmål".
	 * <!-- end-model-doc -->
	 * @see #MAIN_GOAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MAIN_GOAL_VALUE = 4;

	/**
	 * The '<em><b>EFFECT GOAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An effect goal, for example "Effektmål".
	 * <!-- end-model-doc -->
	 * @see #EFFECT_GOAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EFFECT_GOAL_VALUE = 5;

	/**
	 * The '<em><b>SUB GOAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A sub-goal, for example "Delmål".
	 * <!-- end-model-doc -->
	 * @see #SUB_GOAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUB_GOAL_VALUE = 6;

	/**
	 * The '<em><b>FOCUS AREA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A focus area, for example "Innsatsområde", "Satsing" or "Politisk satsingsområde".
	 * <!-- end-model-doc -->
	 * @see #FOCUS_AREA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FOCUS_AREA_VALUE = 7;

	/**
	 * The '<em><b>STRATEGY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A strategy, for example "Strategi".
	 * <!-- end-model-doc -->
	 * @see #STRATEGY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STRATEGY_VALUE = 8;

	/**
	 * The '<em><b>SUB STRATEGY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A sub-strategy, for example "Delstrategi".
	 * <!-- end-model-doc -->
	 * @see #SUB_STRATEGY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUB_STRATEGY_VALUE = 9;

	/**
	 * The '<em><b>MEASURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A measure, for example "Tiltak".
	 * <!-- end-model-doc -->
	 * @see #MEASURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MEASURE_VALUE = 10;

	/**
	 * The '<em><b>INDICATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An indicator, for example "Indikator" or "Måleindikator".
	 * <!-- end-model-doc -->
	 * @see #INDICATOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INDICATOR_VALUE = 11;

	/**
	 * An array of all the '<em><b>Term Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TermLevel[] VALUES_ARRAY =
		new TermLevel[]
		{
			PLAN,
			PART,
			VISION,
			AMBITION,
			MAIN_GOAL,
			EFFECT_GOAL,
			SUB_GOAL,
			FOCUS_AREA,
			STRATEGY,
			SUB_STRATEGY,
			MEASURE,
			INDICATOR,
		};

	/**
	 * A public read-only list of all the '<em><b>Term Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TermLevel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Term Level</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TermLevel get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			TermLevel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Term Level</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TermLevel getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			TermLevel result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Term Level</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TermLevel get(int value)
	{
		switch (value)
		{
			case PLAN_VALUE: return PLAN;
			case PART_VALUE: return PART;
			case VISION_VALUE: return VISION;
			case AMBITION_VALUE: return AMBITION;
			case MAIN_GOAL_VALUE: return MAIN_GOAL;
			case EFFECT_GOAL_VALUE: return EFFECT_GOAL;
			case SUB_GOAL_VALUE: return SUB_GOAL;
			case FOCUS_AREA_VALUE: return FOCUS_AREA;
			case STRATEGY_VALUE: return STRATEGY;
			case SUB_STRATEGY_VALUE: return SUB_STRATEGY;
			case MEASURE_VALUE: return MEASURE;
			case INDICATOR_VALUE: return INDICATOR;
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
	private TermLevel(int value, String name, String literal)
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
	
} //TermLevel
