package org.veikart.generator.csv;

import org.eclipse.emf.ecore.EObject;

/** Test access to the package-private cell formatting of the CSV export. */
final class CsvExporterAccess {

	private CsvExporterAccess() {
	}

	/** @return the CSV cell {@link CsvColumns#cell} writes for the named feature of {@code element} */
	static String cell(EObject element, String feature) {
		return CsvColumns.cell(element, element.eClass().getEStructuralFeature(feature));
	}
}
