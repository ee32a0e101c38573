package org.veikart.templates.instantiate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.veikart.model.Identifiable;
import org.veikart.model.PlanElement;
import org.veikart.model.TemplateOrigin;
import org.veikart.model.VeikartFactory;
import org.veikart.model.ids.ElementIds;
import org.veikart.templates.Template;

/**
 * Copies template elements into instances: every copied identifiable gets a new id (derived from
 * template, version and template element, so the same insertion gives the same ids) that is used by no resource of the target's resource set and by no
 * template element, and every copied plan element records its origin (template id, version and the
 * element's id in the template). References between copied elements follow the copies.
 */
public final class InstanceCopier {

	private final Template template;
	private final String seed;
	private final Set<String> taken = new HashSet<>();
	private final EcoreUtil.Copier copier = new EcoreUtil.Copier();

	/**
	 * @param template the template the elements come from (for the origin)
	 * @param target   the resource set the copies will live in (its ids are avoided); may be null
	 * @param source   the template's model (its ids are avoided too)
	 */
	public InstanceCopier(Template template, ResourceSet target, EObject source) {
		this(template, target, source, "");
	}

	/**
	 * @param seed what else the new ids derive from besides template, version and template element (e.g.
	 *             the target plan's id and the parameter values), so different instances get different ids
	 */
	public InstanceCopier(Template template, ResourceSet target, EObject source, String seed) {
		this.template = template;
		this.seed = seed == null ? "" : seed;
		if (target != null) {
			for (Resource resource : target.getResources()) {
				resource.getAllContents().forEachRemaining(this::take);
			}
		}
		source.eAllContents().forEachRemaining(this::take);
		take(source);
	}

	private void take(EObject object) {
		if (object instanceof Identifiable identifiable && identifiable.getId() != null) {
			taken.add(identifiable.getId());
		}
	}

	/** @return copies of {@code originals} (with their contents), in order, with new ids and origins */
	public <T extends EObject> List<T> copy(Collection<T> originals) {
		List<T> copies = new ArrayList<>(copier.copyAll(originals));
		copier.copyReferences();
		for (Map.Entry<EObject, EObject> entry : copier.entrySet()) {
			if (entry.getValue() instanceof Identifiable copy && copy.getId() != null) {
				copy.setId(newId(copy));
			}
			if (entry.getKey() instanceof PlanElement original && entry.getValue() instanceof PlanElement copy) {
				copy.setOrigin(origin(original.getId()));
			}
		}
		return copies;
	}

	/** @return the copy made of {@code original}, or null */
	public EObject copyOf(EObject original) {
		return copier.get(original);
	}

	/** @return a new id for {@code element}'s class that is not taken, and marks it taken */
	public String newId(Identifiable element) {
		String id;
		int attempt = 0;
		do {
			id = deterministicId(element, attempt++);
		} while (!taken.add(id));
		return id;
	}

	/**
	 * Ids derive from the template id and version, the element's class and its current (template) id, so
	 * a dry run shows the ids the real run writes; a collision moves on to the next attempt.
	 */
	private String deterministicId(Identifiable element, int attempt) {
		String seed = this.seed + '\u0000' + template.id() + '\u0000' + template.version() + '\u0000' + element.eClass().getName() + '\u0000'
				+ element.getId() + '\u0000' + attempt;
		try {
			byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			StringBuilder id = new StringBuilder(ElementIds.prefix(element.eClass())).append('-');
			String alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
			for (int i = 0; i < 8; i++) {
				id.append(alphabet.charAt((hash[i] & 0xff) % alphabet.length()));
			}
			return id.toString();
		} catch (java.security.NoSuchAlgorithmException e) {
			return ElementIds.newId(element.eClass()); // every Java runtime has SHA-256
		}
	}

	/** @return an origin pointing at {@code elementId} in this template version */
	public TemplateOrigin origin(String elementId) {
		TemplateOrigin origin = VeikartFactory.eINSTANCE.createTemplateOrigin();
		origin.setTemplateId(template.id());
		origin.setTemplateVersion(template.version());
		origin.setElementId(elementId);
		return origin;
	}
}
