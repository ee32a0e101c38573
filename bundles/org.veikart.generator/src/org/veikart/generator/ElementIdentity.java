package org.veikart.generator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.veikart.model.Identifiable;

/**
 * How generators name an element in references: its stable id ({@link Identifiable#getId()}), the same
 * for plan elements, shared actors in other files and SDG catalogue entries ({@code sdg-8},
 * {@code sdg-8.2}). Never the printed code, never a position.
 */
public final class ElementIdentity {

	private ElementIdentity() {
	}

	/** @return the element's id, or null if it is not identifiable or has none */
	public static String idOf(EObject element) {
		return element instanceof Identifiable identifiable ? identifiable.getId() : null;
	}

	/**
	 * @return the id of a reference target
	 * @throws ExportException if the target is an unresolved proxy or has no id
	 */
	public static String requireId(EObject source, EStructuralFeature feature, EObject target) {
		if (target.eIsProxy()) {
			throw new ExportException("'" + feature.getName() + "' of " + describe(source)
					+ " refers to something that cannot be found (" + ((InternalEObject) target).eProxyURI()
					+ "); load the file it is in together with this one");
		}
		String id = idOf(target);
		if (id == null || id.isEmpty()) {
			throw new ExportException("'" + feature.getName() + "' of " + describe(source) + " refers to a "
					+ target.eClass().getName() + " without id");
		}
		return id;
	}

	/** @return "Goal g-1" or "Period" for messages */
	public static String describe(EObject element) {
		String id = idOf(element);
		return element.eClass().getName() + (id == null ? "" : " " + id);
	}
}
