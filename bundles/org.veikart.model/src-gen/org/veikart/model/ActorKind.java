/**
 */
package org.veikart.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Actor Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kind of body an actor is.
 * <!-- end-model-doc -->
 * @see org.veikart.model.VeikartPackage#getActorKind()
 * @model
 * @generated
 */
public enum ActorKind implements Enumerator
{
	/**
	 * The '<em><b>MUNICIPALITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A municipality (kommune) or one of its units.
	 * <!-- end-model-doc -->
	 * @see #MUNICIPALITY_VALUE
	 * @generated
	 * @ordered
	 */
	MUNICIPALITY(0, "MUNICIPALITY", "MUNICIPALITY"),

	/**
	 * The '<em><b>COUNTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A county authority (fylkeskommune).
	 * <!-- end-model-doc -->
	 * @see #COUNTY_VALUE
	 * @generated
	 * @ordered
	 */
	COUNTY(1, "COUNTY", "COUNTY"),

	/**
	 * The '<em><b>STATE AGENCY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A state agency (statlig etat), for example Statistisk sentralbyrå.
	 * <!-- end-model-doc -->
	 * @see #STATE_AGENCY_VALUE
	 * @generated
	 * @ordered
	 */
	STATE_AGENCY(2, "STATE_AGENCY", "STATE_AGENCY"),

	/**
	 * The '<em><b>UNIVERSITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A university, for example OsloMet.
	 * <!-- end-model-doc -->
	 * @see #UNIVERSITY_VALUE
	 * @generated
	 * @ordered
	 */
	UNIVERSITY(3, "UNIVERSITY", "UNIVERSITY"),

	/**
	 * The '<em><b>COLLEGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A university college (høgskole) or vocational college (fagskole).
	 * <!-- end-model-doc -->
	 * @see #COLLEGE_VALUE
	 * @generated
	 * @ordered
	 */
	COLLEGE(4, "COLLEGE", "COLLEGE"),

	/**
	 * The '<em><b>HOSPITAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A hospital, for example Akershus universitetssykehus.
	 * <!-- end-model-doc -->
	 * @see #HOSPITAL_VALUE
	 * @generated
	 * @ordered
	 */
	HOSPITAL(5, "HOSPITAL", "HOSPITAL"),

	/**
	 * The '<em><b>BUSINESS COUNCIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A business council or association (næringsråd or næringsforening).
	 * <!-- end-model-doc -->
	 * @see #BUSINESS_COUNCIL_VALUE
	 * @generated
	 * @ordered
	 */
	BUSINESS_COUNCIL(6, "BUSINESS_COUNCIL", "BUSINESS_COUNCIL"),

	/**
	 * The '<em><b>BUSINESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A private company.
	 * <!-- end-model-doc -->
	 * @see #BUSINESS_VALUE
	 * @generated
	 * @ordered
	 */
	BUSINESS(7, "BUSINESS", "BUSINESS"),

	/**
	 * The '<em><b>CLUSTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A business cluster (klynge) or network.
	 * <!-- end-model-doc -->
	 * @see #CLUSTER_VALUE
	 * @generated
	 * @ordered
	 */
	CLUSTER(8, "CLUSTER", "CLUSTER"),

	/**
	 * The '<em><b>PROGRAMME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A programme or support scheme, for example Ungt Entreprenørskap or Innovasjon Norge.
	 * <!-- end-model-doc -->
	 * @see #PROGRAMME_VALUE
	 * @generated
	 * @ordered
	 */
	PROGRAMME(9, "PROGRAMME", "PROGRAMME"),

	/**
	 * The '<em><b>ORGANISATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Another organisation, for example an interest group or foundation.
	 * <!-- end-model-doc -->
	 * @see #ORGANISATION_VALUE
	 * @generated
	 * @ordered
	 */
	ORGANISATION(10, "ORGANISATION", "ORGANISATION"),

	/**
	 * The '<em><b>POLITICAL BODY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A political body, for example the municipal council (kommunestyret).
	 * <!-- end-model-doc -->
	 * @see #POLITICAL_BODY_VALUE
	 * @generated
	 * @ordered
	 */
	POLITICAL_BODY(11, "POLITICAL_BODY", "POLITICAL_BODY"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other kind of actor.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(12, "OTHER", "OTHER");

	/**
	 * The '<em><b>MUNICIPALITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A municipality (kommune) or one of its units.
	 * <!-- end-model-doc -->
	 * @see #MUNICIPALITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MUNICIPALITY_VALUE = 0;

	/**
	 * The '<em><b>COUNTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A county authority (fylkeskommune).
	 * <!-- end-model-doc -->
	 * @see #COUNTY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COUNTY_VALUE = 1;

	/**
	 * The '<em><b>STATE AGENCY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A state agency (statlig etat), for example Statistisk sentralbyrå.
	 * <!-- end-model-doc -->
	 * @see #STATE_AGENCY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STATE_AGENCY_VALUE = 2;

	/**
	 * The '<em><b>UNIVERSITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A university, for example OsloMet.
	 * <!-- end-model-doc -->
	 * @see #UNIVERSITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNIVERSITY_VALUE = 3;

	/**
	 * The '<em><b>COLLEGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A university college (høgskole) or vocational college (fagskole).
	 * <!-- end-model-doc -->
	 * @see #COLLEGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COLLEGE_VALUE = 4;

	/**
	 * The '<em><b>HOSPITAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A hospital, for example Akershus universitetssykehus.
	 * <!-- end-model-doc -->
	 * @see #HOSPITAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HOSPITAL_VALUE = 5;

	/**
	 * The '<em><b>BUSINESS COUNCIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A business council or association (næringsråd or næringsforening).
	 * <!-- end-model-doc -->
	 * @see #BUSINESS_COUNCIL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BUSINESS_COUNCIL_VALUE = 6;

	/**
	 * The '<em><b>BUSINESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A private company.
	 * <!-- end-model-doc -->
	 * @see #BUSINESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BUSINESS_VALUE = 7;

	/**
	 * The '<em><b>CLUSTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A business cluster (klynge) or network.
	 * <!-- end-model-doc -->
	 * @see #CLUSTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLUSTER_VALUE = 8;

	/**
	 * The '<em><b>PROGRAMME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A programme or support scheme, for example Ungt Entreprenørskap or Innovasjon Norge.
	 * <!-- end-model-doc -->
	 * @see #PROGRAMME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROGRAMME_VALUE = 9;

	/**
	 * The '<em><b>ORGANISATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Another organisation, for example an interest group or foundation.
	 * <!-- end-model-doc -->
	 * @see #ORGANISATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ORGANISATION_VALUE = 10;

	/**
	 * The '<em><b>POLITICAL BODY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A political body, for example the municipal council (kommunestyret).
	 * <!-- end-model-doc -->
	 * @see #POLITICAL_BODY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POLITICAL_BODY_VALUE = 11;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other kind of actor.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 12;

	/**
	 * An array of all the '<em><b>Actor Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ActorKind[] VALUES_ARRAY =
		new ActorKind[]
		{
			MUNICIPALITY,
			COUNTY,
			STATE_AGENCY,
			UNIVERSITY,
			COLLEGE,
			HOSPITAL,
			BUSINESS_COUNCIL,
			BUSINESS,
			CLUSTER,
			PROGRAMME,
			ORGANISATION,
			POLITICAL_BODY,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Actor Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ActorKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Actor Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActorKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ActorKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Actor Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActorKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ActorKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Actor Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ActorKind get(int value)
	{
		switch (value)
		{
			case MUNICIPALITY_VALUE: return MUNICIPALITY;
			case COUNTY_VALUE: return COUNTY;
			case STATE_AGENCY_VALUE: return STATE_AGENCY;
			case UNIVERSITY_VALUE: return UNIVERSITY;
			case COLLEGE_VALUE: return COLLEGE;
			case HOSPITAL_VALUE: return HOSPITAL;
			case BUSINESS_COUNCIL_VALUE: return BUSINESS_COUNCIL;
			case BUSINESS_VALUE: return BUSINESS;
			case CLUSTER_VALUE: return CLUSTER;
			case PROGRAMME_VALUE: return PROGRAMME;
			case ORGANISATION_VALUE: return ORGANISATION;
			case POLITICAL_BODY_VALUE: return POLITICAL_BODY;
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
	private ActorKind(int value, String name, String literal)
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
	
} //ActorKind
