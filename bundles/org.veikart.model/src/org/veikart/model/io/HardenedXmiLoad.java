package org.veikart.model.io;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;

import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.veikart.model.check.ElementLocations;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XMI load that parses with a {@link HardenedParsers hardened parser} and a
 * {@link LocatingXmiHandler} recording where each element starts.
 */
final class HardenedXmiLoad extends XMILoadImpl
{
	private final ElementLocations locations;
	private final SourceText source;

	HardenedXmiLoad(XMLHelper helper, ElementLocations locations, SourceText source)
	{
		super(helper);
		this.locations = locations;
		this.source = source;
	}

	@Override
	protected SAXParser makeParser() throws ParserConfigurationException, SAXException
	{
		return HardenedParsers.newParser();
	}

	@Override
	protected DefaultHandler makeDefaultHandler()
	{
		return new LocatingXmiHandler(resource, helper, options, locations, source);
	}
}
