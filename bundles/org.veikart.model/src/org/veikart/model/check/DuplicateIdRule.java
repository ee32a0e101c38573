package org.veikart.model.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.veikart.model.Identifiable;

/**
 * ERROR {@link ModelIssueCodes#DUPLICATE_ID}: an id used by more than one element. Within the
 * resource, every occurrence after the first (in document order) is reported, naming the first;
 * across the resource set, an element of this resource is reported when another resource of the set
 * already uses its id.
 */
final class DuplicateIdRule implements CheckRule
{
	@Override
	public void check(CheckContext context)
	{
		Map<String, Identifiable> elsewhere = idsOfOtherResources(context.resource());
		Map<String, Identifiable> first = new HashMap<>();
		for (Identifiable element : context.elements(Identifiable.class))
		{
			String id = element.getId();
			if (id == null || id.isBlank())
			{
				continue;
			}
			Identifiable earlier = first.putIfAbsent(id, element);
			Identifiable other = earlier != null ? earlier : elsewhere.get(id);
			if (other != null)
			{
				context.report(Severity.ERROR, ModelIssueCodes.DUPLICATE_ID, element,
						ElementLabels.describe(element) + ": id '" + id + "' is already used by "
								+ ElementLabels.name(other) + context.where(other));
			}
		}
	}

	private static Map<String, Identifiable> idsOfOtherResources(Resource resource)
	{
		Map<String, Identifiable> ids = new HashMap<>();
		ResourceSet resourceSet = resource.getResourceSet();
		if (resourceSet == null)
		{
			return ids;
		}
		for (Resource other : List.copyOf(resourceSet.getResources()))
		{
			if (other == resource)
			{
				continue;
			}
			other.getAllContents().forEachRemaining(element -> {
				if (element instanceof Identifiable identifiable && identifiable.getId() != null
						&& !identifiable.getId().isBlank())
				{
					ids.putIfAbsent(identifiable.getId(), identifiable);
				}
			});
		}
		return ids;
	}
}
