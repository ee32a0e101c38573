package org.veikart.model.check;

import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Where each element of a resource starts in its file (1-based line and column of the element's
 * start tag). Kept as an adapter on the {@link Resource} so that it travels with the resource and
 * needs no global registry. The hardened XMI load fills it; other loaders (e.g. the text syntax) may
 * {@link #install(Resource) install} and fill one too, and the {@link ModelChecker} uses it to give
 * diagnostics a position.
 * <p>
 * Positions describe the file as it was loaded; after a save they are stale, so saving removes them.
 * Elements are held weakly: removing an element from the model does not keep it alive.
 */
public final class ElementLocations extends AdapterImpl
{
	/** A position in a file: 1-based line and column. */
	public record Location(int line, int column)
	{
	}

	private final Map<EObject, Location> locations = new WeakHashMap<>();

	private ElementLocations()
	{
	}

	/**
	 * Replaces any locations the resource has with a new, empty table.
	 *
	 * @return the new table, attached to {@code resource}
	 */
	public static ElementLocations install(Resource resource)
	{
		remove(resource);
		ElementLocations table = new ElementLocations();
		resource.eAdapters().add(table);
		return table;
	}

	/** Drops the location table of {@code resource}, if any (e.g. because the file changed). */
	public static void remove(Resource resource)
	{
		resource.eAdapters().removeIf(ElementLocations.class::isInstance);
	}

	/** @return the location table of {@code resource}, if it has one */
	public static Optional<ElementLocations> of(Resource resource)
	{
		EList<?> adapters = resource.eAdapters();
		for (Object adapter : adapters)
		{
			if (adapter instanceof ElementLocations table)
			{
				return Optional.of(table);
			}
		}
		return Optional.empty();
	}

	/** @return where {@code element} starts in the file its resource was loaded from, if known */
	public static Optional<Location> find(EObject element)
	{
		Resource resource = element == null ? null : element.eResource();
		return resource == null ? Optional.empty() : of(resource).flatMap(table -> table.get(element));
	}

	/** Records that {@code element} starts at {@code line}:{@code column} (both 1-based). */
	public void put(EObject element, int line, int column)
	{
		locations.put(element, new Location(line, column));
	}

	/** @return the recorded position of {@code element}, if any */
	public Optional<Location> get(EObject element)
	{
		return Optional.ofNullable(locations.get(element));
	}

	/** @return how many elements have a recorded position */
	public int size()
	{
		return locations.size();
	}

	@Override
	public boolean isAdapterForType(Object type)
	{
		return type == ElementLocations.class;
	}
}
