package org.veikart.dsl.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.veikart.model.Indicator;
import org.veikart.model.PlanElement;

/**
 * What a resource held before a command changed it: its objects (by identity), each one's container,
 * its attribute values (copies of lists) and, for plan elements, its {@code measured-by} targets.
 * Takes the resource at snapshot time; guarantees the recorded values do not change when the model does.
 */
final class ModelSnapshot {

	private final Set<EObject> existing = Collections.newSetFromMap(new IdentityHashMap<>());
	private final Map<EObject, EObject> containers = new IdentityHashMap<>();
	private final Map<EObject, Map<EAttribute, Object>> attributes = new IdentityHashMap<>();
	private final Map<EObject, List<Indicator>> measuredBy = new IdentityHashMap<>();

	ModelSnapshot(Resource resource) {
		for (EObject object : (Iterable<EObject>) () -> EcoreUtil.getAllContents(resource, false)) {
			existing.add(object);
			containers.put(object, object.eContainer());
			Map<EAttribute, Object> values = new LinkedHashMap<>();
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				if (!attribute.isDerived() && !attribute.isTransient()) {
					values.put(attribute, value(object, attribute));
				}
			}
			attributes.put(object, values);
			if (object instanceof PlanElement element) {
				measuredBy.put(object, new ArrayList<>(element.getMeasuredBy()));
			}
		}
	}

	/** @return the objects the resource held (in no particular order) */
	Set<EObject> objects() {
		return existing;
	}

	boolean existed(EObject object) {
		return existing.contains(object);
	}

	/** @return the container {@code object} had (null for a root or an object that did not exist) */
	EObject containerBefore(EObject object) {
		return containers.get(object);
	}

	/** @return the attribute values {@code object} had, by attribute */
	Map<EAttribute, Object> attributesBefore(EObject object) {
		return attributes.get(object);
	}

	/** @return the indicators that {@code element} measures now but did not before */
	List<Indicator> addedMeasuredBy(PlanElement element) {
		List<Indicator> added = new ArrayList<>(element.getMeasuredBy());
		added.removeAll(measuredBy.get(element));
		return added;
	}

	/** @return {@code object}'s value of {@code attribute}; a copy for lists */
	static Object value(EObject object, EAttribute attribute) {
		Object value = object.eGet(attribute);
		return attribute.isMany() ? new ArrayList<>((List<?>) value) : value;
	}
}
