package org.veikart.model.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.veikart.model.check.ElementLocations.Location;

/**
 * What a {@link CheckRule} works on: the resource under check, a snapshot of its elements in
 * document order, and the list the rule reports into. Positions come from an {@link ElementLocator}.
 */
final class CheckContext
{
	private static final Location UNKNOWN = new Location(0, 0);

	private final Resource resource;
	private final String file;
	private final ElementLocator locator;
	private final List<EObject> elements = new ArrayList<>();
	private final List<ModelDiagnostic> diagnostics = new ArrayList<>();

	CheckContext(Resource resource, ElementLocator locator)
	{
		this.resource = resource;
		this.locator = locator;
		this.file = ResourceFiles.displayName(resource);
		resource.getAllContents().forEachRemaining(elements::add);
	}

	Resource resource()
	{
		return resource;
	}

	/** @return all elements of the resource in document (containment) order */
	List<EObject> elements()
	{
		return elements;
	}

	/** @return the elements of the resource that are instances of {@code type}, in document order */
	<T> List<T> elements(Class<T> type)
	{
		return elements.stream().filter(type::isInstance).map(type::cast).toList();
	}

	void report(Severity severity, String code, EObject element, String message)
	{
		Location at = locator.locate(element).orElse(UNKNOWN);
		diagnostics.add(new ModelDiagnostic(severity, code, message, file, at.line(), at.column(), element));
	}

	/** @return the findings ordered by position (stable: equal positions keep rule order) */
	List<ModelDiagnostic> diagnostics()
	{
		List<ModelDiagnostic> sorted = new ArrayList<>(diagnostics);
		sorted.sort(Comparator.comparingInt(ModelDiagnostic::line).thenComparingInt(ModelDiagnostic::column));
		return List.copyOf(sorted);
	}

	/** @return " at line L" for an element of this resource with a known position, else "" */
	String where(EObject other)
	{
		if (other.eResource() != null && other.eResource() != resource)
		{
			return " in " + ResourceFiles.displayName(other.eResource());
		}
		return locator.locate(other).map(at -> " at line " + at.line()).orElse("");
	}
}
