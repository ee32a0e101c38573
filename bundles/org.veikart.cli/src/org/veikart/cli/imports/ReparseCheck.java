package org.veikart.cli.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.veikart.dsl.workspace.PlanWorkspace;

/**
 * Checks an edited {@code .plan} text against the model it should hold: it must parse without syntax
 * errors and give the same elements (same types, in the same order) with the same attribute values
 * and the same number of reference targets as the changed model in memory. References are parsed
 * in a scratch resource set, so only their count is compared, not their targets.
 */
final class ReparseCheck {

	private ReparseCheck() {
	}

	static boolean matches(Resource changed, String text) {
		PlanWorkspace workspace = PlanWorkspace.create();
		XtextResourceSet scratch = workspace.newResourceSet();
		XtextResource parsed = workspace.parse(scratch, changed.getURI(), text);
		if (parsed.getParseResult() == null || parsed.getParseResult().hasSyntaxErrors() || parsed.getContents().isEmpty()) {
			return false;
		}
		List<EObject> expected = tree(changed.getContents().get(0));
		List<EObject> actual = tree(parsed.getContents().get(0));
		if (expected.size() != actual.size()) {
			return false;
		}
		for (int i = 0; i < expected.size(); i++) {
			if (!same(expected.get(i), actual.get(i))) {
				return false;
			}
		}
		return true;
	}

	private static List<EObject> tree(EObject root) {
		List<EObject> all = new ArrayList<>();
		all.add(root);
		root.eAllContents().forEachRemaining(all::add);
		return all;
	}

	private static boolean same(EObject expected, EObject actual) {
		if (expected.eClass() != actual.eClass()) {
			return false;
		}
		for (EAttribute attribute : expected.eClass().getEAllAttributes()) {
			if (!attribute.isDerived() && !attribute.isTransient()
					&& !Objects.equals(expected.eGet(attribute), actual.eGet(attribute))) {
				return false;
			}
		}
		for (EReference reference : expected.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isDerived() || reference.isTransient()) {
				continue;
			}
			if (count(expected, reference) != count(actual, reference)) {
				return false;
			}
		}
		return true;
	}

	private static int count(EObject object, EReference reference) {
		Object value = object.eGet(reference, false);
		return reference.isMany() ? ((List<?>) value).size() : value == null ? 0 : 1;
	}
}
