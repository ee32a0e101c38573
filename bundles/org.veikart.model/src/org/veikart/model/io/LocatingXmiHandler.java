package org.veikart.model.io;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.veikart.model.check.ElementLocations;
import org.veikart.model.check.ElementLocations.Location;

/**
 * The SAX handler of hardened XMI loading. Compared with EMF's handler it
 * <ul>
 * <li>records, for every element it creates, where its start tag begins (from the SAX locator,
 * refined by {@link SourceText}) in the resource's {@link ElementLocations};</li>
 * <li>finds packages only in the resource set's package registry: an unregistered namespace is an
 * error, never a reason to load a schema or Ecore file from the namespace URI or from
 * {@code xsi:schemaLocation} (which is ignored).</li>
 * </ul>
 */
final class LocatingXmiHandler extends SAXXMIHandler
{
	private final ElementLocations locations;
	private final SourceText source;

	LocatingXmiHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options, ElementLocations locations,
			SourceText source)
	{
		super(resource, helper, options);
		this.locations = locations;
		this.source = source;
	}

	@Override
	protected void processObject(EObject object)
	{
		if (object != null && !object.eIsProxy())
		{
			Location at = source.tagStart(getLineNumber(), getColumnNumber());
			locations.put(object, at.line(), at.column());
		}
		super.processObject(object);
	}

	@Override
	protected EPackage getPackageForURI(String uriString)
	{
		if (uriString == null)
		{
			return null;
		}
		EPackage ePackage = packageRegistry.getEPackage(uriString);
		if (ePackage == null)
		{
			error(new PackageNotFoundException(uriString, getLocation(), getLineNumber(), getColumnNumber()));
		}
		return ePackage;
	}

	@Override
	protected void handleXSISchemaLocation(String schemaLocations)
	{
		// Ignored on purpose: schema locations are hints to load metamodels from arbitrary places.
	}

	@Override
	protected void handleXSINoNamespaceSchemaLocation(String noNamespaceSchemaLocation)
	{
		// Ignored on purpose, see handleXSISchemaLocation.
	}
}
