package org.veikart.dsl.tests;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.veikart.model.Identifiable;

/**
 * Finds the first difference between two model trees, for readable failure messages next to
 * {@link EcoreUtil#equals(EObject, EObject)}: containment is compared recursively, attributes by
 * value, and non-containment references by the target's id (or, for ids-less targets, by structure).
 */
final class ModelDiff {

	private ModelDiff() {
	}

	/** @return a description of the first difference, or null if none was found */
	static String firstDifference(EObject a, EObject b) {
		return compare(a, b, describe(a));
	}

	private static String compare(EObject a, EObject b, String path) {
		if (a.eClass() != b.eClass()) {
			return path + ": " + a.eClass().getName() + " vs " + b.eClass().getName();
		}
		for (EStructuralFeature feature : a.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient()) {
				continue;
			}
			String at = path + "." + feature.getName();
			if (feature.isMany()) {
				List<?> left = (List<?>) a.eGet(feature);
				List<?> right = (List<?>) b.eGet(feature);
				if (left.size() != right.size()) {
					return at + ": " + left.size() + " vs " + right.size() + " values";
				}
				for (int i = 0; i < left.size(); i++) {
					String difference = compareValue(feature, left.get(i), right.get(i), at + "[" + i + "]");
					if (difference != null) {
						return difference;
					}
				}
			} else {
				String difference = compareValue(feature, a.eGet(feature), b.eGet(feature), at);
				if (difference != null) {
					return difference;
				}
			}
		}
		return null;
	}

	private static String compareValue(EStructuralFeature feature, Object left, Object right, String at) {
		if (left == null || right == null) {
			return left == right ? null : at + ": " + left + " vs " + right;
		}
		if (feature instanceof EReference reference) {
			EObject l = (EObject) left;
			EObject r = (EObject) right;
			if (reference.isContainment()) {
				return compare(l, r, at + "/" + describe(l));
			}
			return Objects.equals(describe(l), describe(r)) ? null : at + ": -> " + describe(l) + " vs " + describe(r);
		}
		return Objects.equals(left, right) ? null : at + ": '" + left + "' vs '" + right + "'";
	}

	private static String describe(EObject element) {
		if (element instanceof Identifiable identifiable && identifiable.getId() != null) {
			return element.eClass().getName() + "#" + identifiable.getId();
		}
		return element.eClass().getName();
	}
}
