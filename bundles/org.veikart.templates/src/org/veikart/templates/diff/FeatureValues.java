package org.veikart.templates.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.veikart.model.Identifiable;
import org.veikart.model.VeikartPackage;

/**
 * The comparable content of one element, feature by feature, as display strings: attributes (the id
 * excepted), value objects it contains (period, schedule, SDG references, notes, measurements ...,
 * written out by {@link #canonical}) and references to other elements (by the name {@code refName}
 * gives them). The element's children (plan elements it contains) are not part of it: they are
 * elements of their own. Used by the diff and by the template update's 3-way merge.
 */
public final class FeatureValues {

	private FeatureValues() {
	}

	/**
	 * @param skip     features to leave out (e.g. provenance)
	 * @param refName  the display name of a referenced object (e.g. its id, or its counterpart's id)
	 * @return the element's features that have a value, in metamodel order
	 */
	public static Map<EStructuralFeature, String> of(EObject element, Set<EStructuralFeature> skip, Function<EObject, String> refName) {
		Map<EStructuralFeature, String> values = new LinkedHashMap<>();
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (skip.contains(feature) || feature == VeikartPackage.eINSTANCE.getIdentifiable_Id() || feature.isDerived()
					|| feature.isTransient() || isChildList(feature)) {
				continue;
			}
			String value = value(element, feature, refName);
			if (value != null) {
				values.put(feature, value);
			}
		}
		return values;
	}

	private static boolean isChildList(EStructuralFeature feature) {
		return feature instanceof EReference reference && reference.isContainment()
				&& VeikartPackage.eINSTANCE.getPlanElement().isSuperTypeOf(reference.getEReferenceType());
	}

	/** @return the display value of one feature, or null when unset or empty */
	static String value(EObject element, EStructuralFeature feature, Function<EObject, String> refName) {
		if (!element.eIsSet(feature)) {
			return null;
		}
		Object value = element.eGet(feature);
		List<String> parts = new ArrayList<>();
		for (Object item : feature.isMany() ? (List<?>) value : List.of(value)) {
			parts.add(feature instanceof EAttribute ? scalar(item)
					: ((EReference) feature).isContainment() ? canonical((EObject) item, refName) : refName.apply((EObject) item));
		}
		return parts.isEmpty() ? null : String.join(feature.isMany() ? "; " : "", parts);
	}

	/**
	 * @return a value object in a readable form close to the plan language: its class in kebab-case, then
	 *         its set values in metamodel order, texts quoted (embedded quotes escaped), enumerations and
	 *         numbers bare, references by {@code refName}; ids and provenance left out. A period reads
	 *         {@code 2022–2024 "label"}, a note {@code note assumption: "text"}.
	 */
	public static String canonical(EObject object, Function<EObject, String> refName) {
		VeikartPackage p = VeikartPackage.eINSTANCE;
		StringBuilder out = new StringBuilder();
		if (object.eClass() == p.getPeriod()) {
			Object start = object.eGet(p.getPeriod_StartYear());
			Object end = object.eGet(p.getPeriod_EndYear());
			out.append(start == null ? "?" : start).append('\u2013').append(end == null ? "?" : end);
		} else {
			out.append(object.eClass().getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT));
		}
		boolean note = object.eClass().getName().equals("Note");
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (feature == VeikartPackage.eINSTANCE.getIdentifiable_Id() || feature == VeikartPackage.eINSTANCE.getTraceable_Provenance()
					|| feature.isDerived() || feature.isTransient()
					|| object.eClass() == p.getPeriod() && (feature == p.getPeriod_StartYear() || feature == p.getPeriod_EndYear())) {
				continue;
			}
			String value = value(object, feature, refName);
			if (value != null) {
				boolean text = feature instanceof EAttribute attribute && attribute.getEAttributeType().getInstanceClass() == String.class;
				out.append(note && text ? ": " : " ").append(text ? quoted(value) : value);
			}
		}
		return out.toString();
	}

	/** @return {@code value} in double quotes, with quotes, backslashes and line breaks escaped */
	public static String quoted(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

	private static String scalar(Object value) {
		if (value instanceof Enumerator enumerator) {
			return enumerator.getLiteral().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); // as in the plan language
		}
		return value instanceof java.math.BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString() : String.valueOf(value);
	}

	/** @return the id of an identifiable, else its canonical form (e.g. an SDG goal by id) */
	public static String idOf(EObject object) {
		if (object instanceof Identifiable identifiable && identifiable.getId() != null) {
			return identifiable.getId();
		}
		return object.eIsProxy() ? String.valueOf(((org.eclipse.emf.ecore.InternalEObject) object).eProxyURI()) : object.eClass().getName();
	}
}
