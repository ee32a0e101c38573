package org.veikart.generator.csv;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.veikart.generator.ElementIdentity;

/**
 * Writes the elements of one model root as CSV for spreadsheet users: one file per metaclass that
 * occurs ({@code Goal.csv}, {@code Measure.csv}, ...; the root's own class included), one row per
 * element with an id, in document order, columns by {@link CsvColumns}. Files are UTF-8 with a byte
 * order mark and RFC 4180 quoting ({@link CsvWriter}); text cells are formula-guarded
 * ({@link FormulaGuard}). Elements without id (some notes, relations, prose blocks) are left out:
 * CSV import finds rows by id. Deterministic; stateless.
 */
public final class CsvExporter {

	/** @return file name ("Goal.csv") to content, in metamodel order of the classes */
	public Map<String, byte[]> export(EObject root) {
		Map<EClass, List<EObject>> byClass = new LinkedHashMap<>();
		add(byClass, root);
		for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
			add(byClass, it.next());
		}
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (Map.Entry<EClass, List<EObject>> entry : byClass.entrySet()) {
			files.put(fileName(entry.getKey()), file(entry.getKey(), entry.getValue()));
		}
		return files;
	}

	/** @return "Goal.csv" */
	public static String fileName(EClass eClass) {
		return eClass.getName() + ".csv";
	}

	private static void add(Map<EClass, List<EObject>> byClass, EObject element) {
		String id = ElementIdentity.idOf(element);
		if (id != null && !id.isEmpty()) {
			byClass.computeIfAbsent(element.eClass(), k -> new ArrayList<>()).add(element);
		}
	}

	private static byte[] file(EClass eClass, List<EObject> elements) {
		CsvWriter csv = new CsvWriter();
		List<String> header = CsvColumns.header(eClass);
		csv.row(header);
		for (EObject element : elements) {
			List<String> row = new ArrayList<>(header.size());
			row.add(FormulaGuard.protect(ElementIdentity.idOf(element)));
			row.add(eClass.getName());
			for (String column : header.subList(2, header.size())) {
				if (column.equals(CsvColumns.PARENT)) {
					String parent = element.eContainer() == null ? "" : ElementIdentity.idOf(element.eContainer());
					row.add(FormulaGuard.protect(parent == null ? "" : parent));
				} else {
					row.add(CsvColumns.cell(element, eClass.getEStructuralFeature(column)));
				}
			}
			csv.row(row);
		}
		return csv.toBytes();
	}
}
