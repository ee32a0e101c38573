package org.veikart.generator;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.veikart.model.Identifiable;
import org.veikart.sdg.Sdgs;

/**
 * Finds elements by stable id across a set of resources (the plans, shared actors and the SDG
 * catalogue a run has loaded), so that imports can turn ids back into references, also to other
 * files. SDG ids ({@code sdg-8}, {@code sdg-8.2}) that no given resource holds resolve to the shared
 * catalogue of {@link Sdgs}. Built once; not updated when the resources change.
 */
public final class IdIndex {

	private final Map<String, EObject> byId = new HashMap<>();

	private IdIndex() {
	}

	/** @return an index of every identifiable element in {@code resources} (first occurrence of an id wins) */
	public static IdIndex of(Iterable<? extends Resource> resources) {
		IdIndex index = new IdIndex();
		for (Resource resource : resources) {
			for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
				index.add(it.next());
			}
		}
		return index;
	}

	/** @return an index of nothing but the SDG catalogue */
	public static IdIndex empty() {
		return new IdIndex();
	}

	private void add(EObject element) {
		if (element instanceof Identifiable identifiable && identifiable.getId() != null) {
			byId.putIfAbsent(identifiable.getId(), element);
		}
	}

	/** @return the element with that id, or null */
	public EObject find(String id) {
		EObject found = byId.get(id);
		if (found == null && id.startsWith("sdg-")) {
			String reference = id.substring(4);
			if (Sdgs.isValidReference(reference)) {
				EObject sdg = Sdgs.lookup(reference);
				// only the canonical spelling names an SDG ("sdg-08" does not)
				found = id.equals(ElementIdentity.idOf(sdg)) ? sdg : null;
			}
		}
		return found;
	}
}
