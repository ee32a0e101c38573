package org.veikart.model.check;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/** Names the file behind a resource for diagnostics: a local path for file URIs, else the URI. */
public final class ResourceFiles
{
	private ResourceFiles()
	{
	}

	/** @return the file path of {@code resource}, its URI, or null when it has neither */
	public static String displayName(Resource resource)
	{
		return resource == null ? null : displayName(resource.getURI());
	}

	/** @return the local path for a {@code file:} URI, otherwise the URI text; null for null */
	public static String displayName(URI uri)
	{
		if (uri == null)
		{
			return null;
		}
		return uri.isFile() && uri.scheme() != null ? uri.toFileString() : uri.toString();
	}
}
