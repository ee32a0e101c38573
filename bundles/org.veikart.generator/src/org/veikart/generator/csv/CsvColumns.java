package org.veikart.generator.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.veikart.generator.ElementIdentity;
import org.veikart.generator.ModelFeatures;
import org.veikart.generator.ValueKind;

/**
 * The columns of the CSV file of one metaclass, taken from the metamodel: {@code id}, {@code type},
 * {@code code}, {@code parentId}, {@code title}, {@code text} (those the class has), then every other
 * persisted attribute and non-containment reference. Contained value objects (period, schedule,
 * measurements, notes, ...) are not columns: they are in the JSON export. Cells: attributes as text
 * (enum values in the plan language's words such as {@code completed}, plain decimals, {@code true}/{@code false}), many-valued attributes one value
 * per line, references as the targets' ids separated by spaces; unset is empty.
 */
final class CsvColumns {

	static final String ID = "id";
	static final String TYPE = "type";
	static final String PARENT = "parentId";
	private static final List<String> LEADING = List.of("code", "title", "text");

	private CsvColumns() {
	}

	/** @return the header of {@code eClass}'s file */
	static List<String> header(EClass eClass) {
		List<String> header = new ArrayList<>(List.of(ID, TYPE));
		List<EStructuralFeature> features = features(eClass);
		if (features.stream().anyMatch(f -> f.getName().equals("code"))) {
			header.add("code");
		}
		header.add(PARENT);
		features.stream().map(EStructuralFeature::getName).filter(n -> !n.equals("code")).forEach(header::add);
		return header;
	}

	/** @return the features that are columns, the leading ones (code, title, text) first */
	static List<EStructuralFeature> features(EClass eClass) {
		List<EStructuralFeature> leading = new ArrayList<>();
		List<EStructuralFeature> rest = new ArrayList<>();
		for (EStructuralFeature feature : ModelFeatures.of(eClass)) {
			boolean containment = feature instanceof EReference r && r.isContainment();
			boolean id = feature instanceof EAttribute a && a.isID();
			if (!containment && !id) {
				(LEADING.contains(feature.getName()) ? leading : rest).add(feature);
			}
		}
		leading.sort((a, b) -> LEADING.indexOf(a.getName()) - LEADING.indexOf(b.getName()));
		leading.addAll(rest);
		return leading;
	}

	/** @return the cell text of {@code feature} of {@code element}, formula-guarded where it is text */
	static String cell(EObject element, EStructuralFeature feature) {
		if (!element.eIsSet(feature)) {
			return "";
		}
		Object value = element.eGet(feature);
		String text;
		if (feature instanceof EReference reference) {
			List<?> targets = reference.isMany() ? (List<?>) value : List.of(value);
			text = targets.stream().map(t -> ElementIdentity.requireId(element, reference, (EObject) t)).collect(Collectors.joining(" "));
		} else if (feature.isMany()) {
			text = ((List<?>) value).stream().map(ValueKind::format).collect(Collectors.joining("\n"));
		} else {
			text = ValueKind.format(value);
		}
		return isNumeric(feature) ? text : FormulaGuard.protect(text);
	}

	/** @return true for number columns, which are neither guarded nor unguarded (a number is never a formula) */
	static boolean isNumeric(EStructuralFeature feature) {
		if (!(feature instanceof EAttribute attribute)) {
			return false;
		}
		ValueKind kind = ValueKind.of(attribute.getEAttributeType());
		return kind == ValueKind.INTEGER || kind == ValueKind.DECIMAL;
	}
}
