package org.veikart.generator.csv;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.veikart.generator.ElementIdentity;

/**
 * One change a CSV import makes to an existing element: set {@code feature} from {@code oldText} to
 * {@code newValue} (null: unset). Keeps the cell's file, line and column for the report.
 */
public record CsvChange(EObject element, EStructuralFeature feature, String oldText, String newText, Object newValue,
		String file, int line, int column) {

	/** @return e.g. "Goal.csv:3:14: Goal g-1 title: \"Old\" -> \"New\"" */
	public String describe() {
		return file + ":" + line + ":" + column + ": " + ElementIdentity.describe(element) + " " + feature.getName()
				+ ": " + quote(oldText) + " -> " + quote(newText);
	}

	@SuppressWarnings("unchecked")
	void apply() {
		if (newValue == null) {
			element.eUnset(feature);
		} else if (feature.isMany()) {
			List<Object> list = (List<Object>) element.eGet(feature);
			list.clear();
			list.addAll((List<Object>) newValue);
		} else {
			element.eSet(feature, newValue);
		}
	}

	private static String quote(String text) {
		return text.isEmpty() ? "(empty)" : "\"" + text.replace("\n", "\\n") + "\"";
	}
}
