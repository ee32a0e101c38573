package org.veikart.generator.json;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.veikart.generator.IdIndex;
import org.veikart.generator.json.ElementReader.Link;
import org.veikart.generator.json.JsonImporter.Problems;

/**
 * Sets the recorded references once the whole document is read: an id names an element of the
 * document first, else one of the context (other files, the SDG catalogue). Unknown ids and targets
 * of the wrong type are reported with the location of the id.
 */
final class LinkResolver {

	private final Map<String, EObject> documentIds;
	private final IdIndex context;
	private final Problems problems;

	LinkResolver(Map<String, EObject> documentIds, IdIndex context, Problems problems) {
		this.documentIds = documentIds;
		this.context = context;
		this.problems = problems;
	}

	@SuppressWarnings("unchecked")
	void resolve(List<Link> links) {
		for (Link link : links) {
			EObject target = documentIds.get(link.id());
			if (target == null) {
				target = context.find(link.id());
			}
			if (target == null) {
				problems.add(link.at(), "\"" + link.reference().getName() + "\": no element has the id \"" + link.id() + "\"");
			} else if (!link.reference().getEReferenceType().isInstance(target)) {
				problems.add(link.at(), "\"" + link.reference().getName() + "\": \"" + link.id() + "\" is a "
						+ target.eClass().getName() + ", not a " + link.reference().getEReferenceType().getName());
			} else if (!link.reference().isMany()) {
				link.source().eSet(link.reference(), target);
			} else {
				List<Object> list = (List<Object>) link.source().eGet(link.reference());
				if (list.contains(target)) {
					problems.add(link.at(), "\"" + link.reference().getName() + "\" lists \"" + link.id() + "\" twice");
				} else {
					list.add(target);
				}
			}
		}
	}
}
