package org.veikart.generator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.veikart.model.Identifiable;
import org.veikart.model.Plan;
import org.veikart.model.VeikartPackage;
import org.veikart.sdg.Sdgs;

/**
 * Builds a plan in which, driven by the metamodel, every concrete class that a plan can contain
 * occurs and every persisted feature of every element is set (strings through a caller-given
 * function, e.g. an XSS payload), references point to elements of the right type. So tests over it
 * cover each metaclass and feature, including ones added to the metamodel later.
 */
public final class FullModel {

	private static final int MAX_DEPTH = 3;

	private final Function<EAttribute, String> strings;
	private final List<EObject> created = new ArrayList<>();
	private final List<Object[]> pendingReferences = new ArrayList<>();
	private int counter;

	private FullModel(Function<EAttribute, String> strings) {
		this.strings = strings;
	}

	/** @return a full plan whose string attributes (other than ids) come from {@code strings} */
	public static Plan build(Function<EAttribute, String> strings) {
		FullModel builder = new FullModel(strings);
		Plan plan = (Plan) builder.create(VeikartPackage.Literals.PLAN, 0);
		builder.linkReferences();
		return plan;
	}

	/** @return a full plan with readable sample strings */
	public static Plan build() {
		return build(attribute -> attribute.getEContainingClass().getName() + "." + attribute.getName());
	}

	@SuppressWarnings("unchecked")
	private EObject create(EClass type, int depth) {
		EObject element = EcoreUtil.create(type);
		created.add(element);
		for (EStructuralFeature feature : ModelFeatures.of(type)) {
			if (feature instanceof EAttribute attribute) {
				setAttribute(element, attribute);
			} else if (((EReference) feature).isContainment()) {
				if (depth >= MAX_DEPTH) {
					continue;
				}
				for (EClass child : ModelFeatures.concreteSubtypes(((EReference) feature).getEReferenceType())) {
					EObject value = create(child, depth + 1);
					if (feature.isMany()) {
						((List<Object>) element.eGet(feature)).add(value);
					} else {
						element.eSet(feature, value);
						break;
					}
				}
			} else {
				pendingReferences.add(new Object[] { element, feature });
			}
		}
		return element;
	}

	@SuppressWarnings("unchecked")
	private void setAttribute(EObject element, EAttribute attribute) {
		if (attribute.isID()) {
			element.eSet(attribute, element.eClass().getName().toLowerCase() + "-" + (++counter));
			return;
		}
		List<Object> values = new ArrayList<>();
		for (int i = 0; i < (attribute.isMany() ? 2 : 1); i++) {
			values.add(sample(attribute, i));
		}
		if (attribute.isMany()) {
			((List<Object>) element.eGet(attribute)).addAll(values);
		} else {
			element.eSet(attribute, values.get(0));
		}
	}

	private Object sample(EAttribute attribute, int i) {
		return switch (ValueKind.of(attribute.getEAttributeType())) {
			case STRING -> strings.apply(attribute) + (i == 0 ? "" : " " + i);
			case INTEGER -> 2024 + i;
			case BOOLEAN -> Boolean.TRUE;
			case DECIMAL -> new BigDecimal("8.20").add(BigDecimal.valueOf(i));
			case ENUM -> {
				EEnum type = (EEnum) attribute.getEAttributeType();
				yield type.getELiterals().get(type.getELiterals().size() - 1).getInstance();
			}
		};
	}

	@SuppressWarnings("unchecked")
	private void linkReferences() {
		for (Object[] pending : pendingReferences) {
			EObject element = (EObject) pending[0];
			EReference reference = (EReference) pending[1];
			EObject target = target(reference.getEReferenceType(), element);
			if (target == null) {
				continue;
			}
			if (reference.isMany()) {
				((List<Object>) element.eGet(reference)).add(target);
			} else {
				element.eSet(reference, target);
			}
		}
	}

	private EObject target(EClass type, EObject source) {
		if (type == VeikartPackage.Literals.SDG_GOAL) {
			return Sdgs.goal(8);
		}
		if (type == VeikartPackage.Literals.SDG_TARGET) {
			return Sdgs.target("8.2");
		}
		for (EObject candidate : created) {
			if (type.isInstance(candidate) && candidate != source && candidate instanceof Identifiable) {
				return candidate;
			}
		}
		return null;
	}
}
