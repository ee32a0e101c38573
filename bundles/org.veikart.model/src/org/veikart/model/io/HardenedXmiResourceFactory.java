package org.veikart.model.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link HardenedXmiResource}s; the only factory of hardened resource sets. */
public final class HardenedXmiResourceFactory extends ResourceFactoryImpl
{
	@Override
	public Resource createResource(URI uri)
	{
		return new HardenedXmiResource(uri);
	}
}
