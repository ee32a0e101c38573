package org.veikart.diagram.description;

import java.util.function.BiPredicate;

import org.eclipse.emf.ecore.EObject;

/**
 * Hides elements while active (Sirius: filter). Filters are off unless the representation state
 * activates them, optionally with a parameter (e.g. the id of the one focus area to show). A
 * hidden element's node is not made, and neither are its edges.
 *
 * @param id        e.g. "hide-completed"
 * @param label     shown in a menu, e.g. "Skjul fullførte tiltak"
 * @param hides     (element, parameter) -> true to hide the element; the parameter may be empty
 */
public record Filter(String id, String label, BiPredicate<EObject, String> hides) {
}
