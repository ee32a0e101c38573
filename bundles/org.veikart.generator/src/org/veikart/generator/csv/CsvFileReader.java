package org.veikart.generator.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.veikart.generator.ElementIdentity;
import org.veikart.generator.IdIndex;
import org.veikart.generator.ImportProblem;
import org.veikart.generator.ValueKind;
import org.veikart.generator.csv.CsvReader.Field;

/**
 * Compares the rows of one CSV file with the elements they name and records a {@link CsvChange} per
 * cell that differs, or an {@link ImportProblem} per cell or row that cannot be applied.
 */
final class CsvFileReader {

	private final String file;
	private final Map<String, EObject> elements;
	private final IdIndex context;
	private final Map<String, String> seenIds;
	private final List<ImportProblem> problems;
	private final List<CsvChange> changes;
	private final Set<Integer> reportedColumns = new HashSet<>();

	CsvFileReader(String file, Map<String, EObject> elements, IdIndex context, Map<String, String> seenIds,
			List<ImportProblem> problems, List<CsvChange> changes) {
		this.file = file;
		this.elements = elements;
		this.context = context;
		this.seenIds = seenIds;
		this.problems = problems;
		this.changes = changes;
	}

	void read(List<List<Field>> records) {
		if (records.isEmpty()) {
			problem(1, 1, "the file is empty (expected a header row starting with \"id\")");
			return;
		}
		List<Field> header = records.get(0);
		if (!header.get(0).value().equals(CsvColumns.ID)) {
			problem(header.get(0), "the first column must be \"id\", not \"" + header.get(0).value() + "\"");
			return;
		}
		for (List<Field> row : records.subList(1, records.size())) {
			if (row.size() == 1 && row.get(0).value().isEmpty()) {
				continue; // blank line
			}
			if (row.size() != header.size()) {
				problem(row.get(0), "the row has " + row.size() + " fields, the header " + header.size());
				continue;
			}
			readRow(header, row);
		}
	}

	private void readRow(List<Field> header, List<Field> row) {
		String id = FormulaGuard.unprotect(row.get(0).value());
		EObject element = elements.get(id);
		if (id.isEmpty() || element == null) {
			problem(row.get(0), id.isEmpty() ? "the row has no id" : "no element has the id \"" + id
					+ "\" in this plan (CSV import updates existing elements; it does not create them)");
			return;
		}
		String previous = seenIds.putIfAbsent(id, file + ":" + row.get(0).line());
		if (previous != null) {
			problem(row.get(0), "the id \"" + id + "\" was already updated by the row at " + previous);
			return;
		}
		EClass eClass = element.eClass();
		for (int i = 1; i < header.size(); i++) {
			String column = header.get(i).value();
			Field cell = row.get(i);
			if (column.equals(CsvColumns.TYPE)) {
				check(cell, eClass.getName(), "type");
			} else if (column.equals(CsvColumns.PARENT)) {
				String parent = element.eContainer() == null ? "" : Objects.toString(ElementIdentity.idOf(element.eContainer()), "");
				check(cell, parent, "parentId");
			} else {
				EStructuralFeature feature = eClass.getEStructuralFeature(column);
				if (feature == null || !CsvColumns.features(eClass).contains(feature)) {
					if (reportedColumns.add(i)) { // once per column, not once per row
						problem(header.get(i), "unknown column \"" + column + "\" for a " + eClass.getName());
					}
					return;
				}
				compare(element, feature, cell);
			}
		}
	}

	private void check(Field cell, String actual, String what) {
		if (!FormulaGuard.unprotect(cell.value()).equals(actual)) {
			problem(cell, what + " cannot be changed by a CSV import (it is " + (actual.isEmpty() ? "empty" : "\"" + actual + "\"")
					+ "); move or retype elements in the plan itself");
		}
	}

	private void compare(EObject element, EStructuralFeature feature, Field cell) {
		String current = CsvColumns.cell(element, feature);
		if (current.equals(cell.value())) {
			return;
		}
		String text = CsvColumns.isNumeric(feature) ? cell.value() : FormulaGuard.unprotect(cell.value());
		Object value;
		try {
			value = text.isEmpty() ? null : parse(element, feature, text);
		} catch (IllegalArgumentException e) {
			problem(cell, "\"" + feature.getName() + "\": " + e.getMessage());
			return;
		}
		if (sameValue(element, feature, value)) {
			return; // e.g. "8.2" for 8.20, or a reordered line break style
		}
		changes.add(new CsvChange(element, feature, current, cell.value(), value, file, cell.line(), cell.column()));
	}

	private Object parse(EObject element, EStructuralFeature feature, String text) {
		if (feature instanceof EReference reference) {
			List<EObject> targets = new ArrayList<>();
			for (String id : text.strip().split("\\s+")) {
				EObject target = context.find(id);
				if (target == null) {
					throw new IllegalArgumentException("no element has the id \"" + id + "\"");
				}
				if (!reference.getEReferenceType().isInstance(target)) {
					throw new IllegalArgumentException("\"" + id + "\" is a " + target.eClass().getName() + ", not a "
							+ reference.getEReferenceType().getName());
				}
				if (targets.contains(target)) {
					throw new IllegalArgumentException("\"" + id + "\" is listed twice");
				}
				targets.add(target);
			}
			if (!reference.isMany() && targets.size() > 1) {
				throw new IllegalArgumentException("takes one id, not " + targets.size());
			}
			return reference.isMany() ? targets : targets.get(0);
		}
		EAttribute attribute = (EAttribute) feature;
		if (!attribute.isMany()) {
			return ValueKind.parse(attribute.getEAttributeType(), text);
		}
		List<Object> values = new ArrayList<>();
		for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
			Object value = ValueKind.parse(attribute.getEAttributeType(), line);
			if (attribute.isUnique() && values.contains(value)) {
				throw new IllegalArgumentException("\"" + line + "\" is listed twice");
			}
			values.add(value);
		}
		return values;
	}

	private static boolean sameValue(EObject element, EStructuralFeature feature, Object value) {
		Object current = element.eIsSet(feature) ? element.eGet(feature) : null;
		if (value == null || current == null) {
			return value == current || feature.isMany() && value == null && ((List<?>) current).isEmpty();
		}
		if (current instanceof BigDecimal a && value instanceof BigDecimal b) {
			return a.compareTo(b) == 0;
		}
		return Objects.equals(current instanceof List<?> list ? new ArrayList<>(list) : current, value);
	}

	private void problem(Field at, String message) {
		problem(at.line(), at.column(), message);
	}

	private void problem(int line, int column, String message) {
		problems.add(new ImportProblem(file, line, column, message));
	}
}
