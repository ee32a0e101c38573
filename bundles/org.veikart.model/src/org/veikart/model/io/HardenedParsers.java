package org.veikart.model.io;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.SAXException;

/**
 * Makes SAX parsers that cannot be abused by hostile files: no DOCTYPE at all (which rules out
 * external entities, external DTDs and entity-expansion bombs such as "billion laughs"), external
 * entities and DTD loading off as a second line of defence, and JAXP secure processing on (limits
 * on entity expansion, attribute counts, nesting). Always the JDK's built-in parser, so the features
 * are known to be supported whatever else is on the class path.
 */
final class HardenedParsers
{
	/** Parser features and their required values. */
	static final Map<String, Boolean> FEATURES;
	/** Parser properties: no protocol is allowed for external DTDs or schemas. */
	static final Map<String, Object> PROPERTIES = Map.of(
			XMLConstants.ACCESS_EXTERNAL_DTD, "",
			XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");

	static
	{
		Map<String, Boolean> features = new LinkedHashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", true);
		features.put("http://xml.org/sax/features/external-general-entities", false);
		features.put("http://xml.org/sax/features/external-parameter-entities", false);
		features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		features.put(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		FEATURES = Map.copyOf(features);
	}

	private HardenedParsers()
	{
	}

	/** @return a factory with all {@link #FEATURES} set, not validating, not XInclude-aware */
	static SAXParserFactory newFactory() throws ParserConfigurationException, SAXException
	{
		SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
		factory.setValidating(false);
		factory.setXIncludeAware(false);
		for (Map.Entry<String, Boolean> feature : FEATURES.entrySet())
		{
			factory.setFeature(feature.getKey(), feature.getValue());
		}
		return factory;
	}

	/** @return a new parser from {@link #newFactory()} with the {@link #PROPERTIES} set */
	static SAXParser newParser() throws ParserConfigurationException, SAXException
	{
		SAXParser parser = newFactory().newSAXParser();
		for (Map.Entry<String, Object> property : PROPERTIES.entrySet())
		{
			parser.setProperty(property.getKey(), property.getValue());
		}
		return parser;
	}
}
