package org.veikart.model.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.veikart.model.check.ElementLocations;

/**
 * The XMI resource of Veikart model files.
 * <ul>
 * <li><b>Ids as fragments:</b> an element's URI fragment is its {@code id} attribute (never a
 * positional path, never an XMI UUID), so references are written as ids and survive reordering,
 * saving and reloading.</li>
 * <li><b>Hardened load:</b> whatever options the caller passes, loading uses {@link #loadOptions()}:
 * a {@link HardenedParsers hardened parser}, packages only from the resource set's registry, no
 * schema locations, no entity resolution, no parser pool. A failure is one
 * {@link ModelLoadException} with file, line and column.</li>
 * <li><b>Locations:</b> loading records where each element starts in {@link ElementLocations}.</li>
 * </ul>
 */
public final class HardenedXmiResource extends XMIResourceImpl
{
	private ElementLocations loadingLocations;
	private SourceText loadingSource;

	public HardenedXmiResource(URI uri)
	{
		super(uri);
		getDefaultSaveOptions().putAll(saveOptions());
		getDefaultLoadOptions().putAll(loadOptions());
		setIntrinsicIDToEObjectMap(new HashMap<>());
	}

	/** @return the options every load uses (callers' options are ignored) */
	public static Map<Object, Object> loadOptions()
	{
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_PARSER_FEATURES, HardenedParsers.FEATURES);
		options.put(XMLResource.OPTION_PARSER_PROPERTIES, HardenedParsers.PROPERTIES);
		options.put(XMLResource.OPTION_USE_PACKAGE_NS_URI_AS_LOCATION, Boolean.FALSE);
		options.put(XMLResource.OPTION_RESOLVE_ENTITIES, Boolean.FALSE);
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		return options;
	}

	/** @return the options saving uses by default: UTF-8, LF line ends, no schema location */
	public static Map<Object, Object> saveOptions()
	{
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(Resource.OPTION_LINE_DELIMITER, "\n");
		options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
		return options;
	}

	@Override
	protected boolean useUUIDs()
	{
		return false;
	}

	@Override
	public boolean useZip()
	{
		return false;
	}

	/** The element's {@code id} is its fragment; elements without id fall back to EMF's path. */
	@Override
	public String getURIFragment(EObject eObject)
	{
		String id = EcoreUtil.getID(eObject);
		return id != null && !id.isEmpty() ? id : super.getURIFragment(eObject);
	}

	@Override
	public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException
	{
		// Whole file in memory: the parser reads it once, and error messages and element positions
		// can look at the text without touching the file again.
		byte[] bytes = inputStream.readAllBytes();
		SourceText source = new SourceText(bytes, this::getEncoding);
		loadingLocations = ElementLocations.install(this);
		loadingSource = source;
		try
		{
			super.doLoad(new ByteArrayInputStream(bytes), loadOptions());
		}
		catch (IOException | RuntimeException e)
		{
			throw LoadFailures.toException(e, this, source);
		}
		finally
		{
			loadingLocations = null;
			loadingSource = null;
		}
	}

	@Override
	protected XMLLoad createXMLLoad()
	{
		return new HardenedXmiLoad(createXMLHelper(), loadingLocations, loadingSource);
	}

	@Override
	protected XMLLoad createXMLLoad(Map<?, ?> options)
	{
		return createXMLLoad();
	}
}
