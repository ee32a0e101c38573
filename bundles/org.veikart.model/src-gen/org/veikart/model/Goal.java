/**
 */
package org.veikart.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Goal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A goal (mål) of a plan at any level: vision (visjon), main ambition (hovedambisjon), main goal (hovedmål), effect goal (effektmål) or sub-goal (delmål). Goals can hold sub-goals and strategies, and may be quoted from another document.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.Goal#getKind <em>Kind</em>}</li>
 *   <li>{@link org.veikart.model.Goal#getQuotedFrom <em>Quoted From</em>}</li>
 *   <li>{@link org.veikart.model.Goal#getSubGoals <em>Sub Goals</em>}</li>
 *   <li>{@link org.veikart.model.Goal#getStrategies <em>Strategies</em>}</li>
 * </ul>
 *
 * @see org.veikart.model.VeikartPackage#getGoal()
 * @model
 * @generated
 */
public interface Goal extends PlanElement
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.veikart.model.GoalKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The level of the goal, for example MAIN for a hovedmål or EFFECT for an effektmål.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.veikart.model.GoalKind
	 * @see #setKind(GoalKind)
	 * @see org.veikart.model.VeikartPackage#getGoal_Kind()
	 * @model
	 * @generated
	 */
	GoalKind getKind();

	/**
	 * Sets the value of the '{@link org.veikart.model.Goal#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.veikart.model.GoalKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(GoalKind value);

	/**
	 * Returns the value of the '<em><b>Quoted From</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Present when the goal is quoted from another document (for example the vision from the kommuneplan) and is therefore not owned by this plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quoted From</em>' containment reference.
	 * @see #setQuotedFrom(Quotation)
	 * @see org.veikart.model.VeikartPackage#getGoal_QuotedFrom()
	 * @model containment="true"
	 * @generated
	 */
	Quotation getQuotedFrom();

	/**
	 * Sets the value of the '{@link org.veikart.model.Goal#getQuotedFrom <em>Quoted From</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quoted From</em>' containment reference.
	 * @see #getQuotedFrom()
	 * @generated
	 */
	void setQuotedFrom(Quotation value);

	/**
	 * Returns the value of the '<em><b>Sub Goals</b></em>' containment reference list.
	 * The list contents are of type {@link org.veikart.model.Goal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sub-goals (delmål) or effect goals nested under this goal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sub Goals</em>' containment reference list.
	 * @see org.veikart.model.VeikartPackage#getGoal_SubGoals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Goal> getSubGoals();

	/**
	 * Returns the value of the '<em><b>Strategies</b></em>' containment reference list.
	 * The list contents are of type {@link org.veikart.model.Strategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Strategies that serve this goal and are placed under it in the document.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Strategies</em>' containment reference list.
	 * @see org.veikart.model.VeikartPackage#getGoal_Strategies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Strategy> getStrategies();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Returns true if the goal belongs to this plan, that is, it is not quoted from another document (quotedFrom is not set).
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 *        annotation="http://www.eclipse.org/emf/2002/GenModel body='return getQuotedFrom() == null;'"
	 * @generated
	 */
	boolean isOwned();

} // Goal
