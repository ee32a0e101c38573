/**
 */
package org.veikart.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Focus Area</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A focus area of a plan, called innsatsområde, satsing or politisk satsingsområde depending on the plan. It can hold goals, sub-areas, strategies and measures.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.FocusArea#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.veikart.model.FocusArea#getSubAreas <em>Sub Areas</em>}</li>
 *   <li>{@link org.veikart.model.FocusArea#getStrategies <em>Strategies</em>}</li>
 *   <li>{@link org.veikart.model.FocusArea#getMeasures <em>Measures</em>}</li>
 * </ul>
 *
 * @see org.veikart.model.VeikartPackage#getFocusArea()
 * @model
 * @generated
 */
public interface FocusArea extends PlanElement
{
	/**
	 * Returns the value of the '<em><b>Goals</b></em>' containment reference list.
	 * The list contents are of type {@link org.veikart.model.Goal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Goals that belong to this focus area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Goals</em>' containment reference list.
	 * @see org.veikart.model.VeikartPackage#getFocusArea_Goals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Goal> getGoals();

	/**
	 * Returns the value of the '<em><b>Sub Areas</b></em>' containment reference list.
	 * The list contents are of type {@link org.veikart.model.FocusArea}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nested focus areas.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sub Areas</em>' containment reference list.
	 * @see org.veikart.model.VeikartPackage#getFocusArea_SubAreas()
	 * @model containment="true"
	 * @generated
	 */
	EList<FocusArea> getSubAreas();

	/**
	 * Returns the value of the '<em><b>Strategies</b></em>' containment reference list.
	 * The list contents are of type {@link org.veikart.model.Strategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Strategies under this focus area, for example "Strategi A" to "Strategi C" whose letters restart per area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Strategies</em>' containment reference list.
	 * @see org.veikart.model.VeikartPackage#getFocusArea_Strategies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Strategy> getStrategies();

	/**
	 * Returns the value of the '<em><b>Measures</b></em>' containment reference list.
	 * The list contents are of type {@link org.veikart.model.Measure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Measures (tiltak) placed directly under this focus area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measures</em>' containment reference list.
	 * @see org.veikart.model.VeikartPackage#getFocusArea_Measures()
	 * @model containment="true"
	 * @generated
	 */
	EList<Measure> getMeasures();

} // FocusArea
