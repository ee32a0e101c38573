/**
 */
package org.veikart.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Strategy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A strategy (strategi) describing how a goal or focus area is to be pursued, for example Drammen's "A1". Strategies can have sub-strategies (delstrategier) and measures.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.veikart.model.Strategy#getSubStrategies <em>Sub Strategies</em>}</li>
 *   <li>{@link org.veikart.model.Strategy#getMeasures <em>Measures</em>}</li>
 * </ul>
 *
 * @see org.veikart.model.VeikartPackage#getStrategy()
 * @model
 * @generated
 */
public interface Strategy extends PlanElement
{
	/**
	 * Returns the value of the '<em><b>Sub Strategies</b></em>' containment reference list.
	 * The list contents are of type {@link org.veikart.model.Strategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sub-strategies (delstrategier) under this strategy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sub Strategies</em>' containment reference list.
	 * @see org.veikart.model.VeikartPackage#getStrategy_SubStrategies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Strategy> getSubStrategies();

	/**
	 * Returns the value of the '<em><b>Measures</b></em>' containment reference list.
	 * The list contents are of type {@link org.veikart.model.Measure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Measures (tiltak) that implement this strategy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measures</em>' containment reference list.
	 * @see org.veikart.model.VeikartPackage#getStrategy_Measures()
	 * @model containment="true"
	 * @generated
	 */
	EList<Measure> getMeasures();

} // Strategy
