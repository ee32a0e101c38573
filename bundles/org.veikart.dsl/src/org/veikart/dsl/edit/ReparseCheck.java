package org.veikart.dsl.edit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.veikart.dsl.workspace.PlanWorkspace;

/**
 * Checks an edited {@code .plan} text against the changed model it should hold, so that a minimal edit
 * is only written when it means exactly what the model means. Two strengths:
 * <ul>
 * <li>{@link #sameShape}: parsed alone in a scratch resource set, it must give the same elements (same
 * types, in the same order) with the same attribute values and the same number of reference targets;</li>
 * <li>{@link #sameModel}: parsed among the plan's folder, with references resolved, it must be equal
 * to the changed model by {@link EcoreUtil.EqualityHelper} (targets included).</li>
 * </ul>
 */
public final class ReparseCheck {

	private ReparseCheck() {
	}

	/**
	 * @param changed the resource holding the changed model (its URI is used for the parse)
	 * @return true if {@code text} parses without syntax errors to the same shape as the changed model
	 */
	public static boolean sameShape(Resource changed, String text) {
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

	/**
	 * @param changed the resource holding the changed model, parsed from {@code file}
	 * @param file the plan's file; its folder's other {@code .plan} files resolve references
	 * @return empty if {@code text} parses to a model equal to the changed one, else why not (the syntax
	 *         error with its line, or the first differing feature)
	 */
	public static Optional<String> sameModel(Resource changed, Path file, String text) {
		PlanWorkspace workspace = PlanWorkspace.create();
		XtextResourceSet set = workspace.newResourceSet();
		workspace.loadContext(set, file);
		XtextResource parsed = workspace.parse(set, changed.getURI(), text);
		if (parsed.getContents().isEmpty() || parsed.getParseResult().hasSyntaxErrors()) {
			INode error = parsed.getParseResult().getSyntaxErrors().iterator().next();
			int from = text.lastIndexOf('\n', error.getOffset() - 1) + 1;
			int to = text.indexOf('\n', error.getOffset());
			return Optional.of("the edited text does not parse at line " + error.getStartLine() + " ("
					+ error.getSyntaxErrorMessage().getMessage() + "): " + text.substring(from, to < 0 ? text.length() : to).strip());
		}
		EcoreUtil.resolveAll(set);
		StringBuilder problem = new StringBuilder();
		@SuppressWarnings("serial")
		EcoreUtil.EqualityHelper equality = new EcoreUtil.EqualityHelper() {
			@Override
			protected boolean haveEqualFeature(EObject a, EObject b, EStructuralFeature feature) {
				boolean equal = super.haveEqualFeature(a, b, feature);
				if (!equal && problem.isEmpty()) {
					problem.append("the edited text differs from the changed plan in " + a.eClass().getName() + "." + feature.getName());
				}
				return equal;
			}
		};
		if (equality.equals(changed.getContents().get(0), parsed.getContents().get(0))) {
			return Optional.empty();
		}
		return Optional.of(problem.isEmpty() ? "the edited text differs from the changed plan" : problem.toString());
	}
}
