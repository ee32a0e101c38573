package org.veikart.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * The URI converter of hardened resource sets: it can only <em>read</em> local regular files through
 * absolute {@code file:} URIs without authority. Every other access (http, jar/archive, platform,
 * UNC {@code file://host/...}, relative paths, devices, directories, and any write or delete) fails
 * with an {@link IOException} naming the URI, so demand-loading can never reach the network or
 * arbitrary locations. Resources that are already in the resource set (e.g. the SDG catalogue at
 * {@code veikart:/sdg/2020}) are found by the resource set without asking the converter.
 * <p>
 * Writing is refused too: models are saved with {@link PlanResources#save}, which writes atomically.
 */
public final class SafeUriConverter extends ExtensibleURIConverterImpl
{
	public SafeUriConverter()
	{
		super(List.of(new LocalFileHandler(), new DenyHandler()), List.of());
	}

	/** Relative URIs stay relative (EMF would resolve them against the working directory). */
	@Override
	public URI normalize(URI uri)
	{
		return uri.scheme() == null ? uri : super.normalize(uri);
	}

	/**
	 * @return the local path of {@code uri} if it may be read, i.e. it is an absolute {@code file:}
	 *         URI without authority that names an existing regular file
	 * @throws IOException saying why access is refused
	 */
	public static Path readablePath(URI uri) throws IOException
	{
		if (!isLocalFile(uri))
		{
			throw refused(uri);
		}
		Path path;
		try
		{
			path = Path.of(uri.toFileString());
		}
		catch (InvalidPathException e)
		{
			throw new IOException("invalid file name in '" + uri + "'", e);
		}
		if (!Files.exists(path))
		{
			throw new java.nio.file.NoSuchFileException(path.toString(), null, "file not found");
		}
		if (!Files.isRegularFile(path))
		{
			throw new IOException(path + " is not a regular file");
		}
		return path;
	}

	static boolean isLocalFile(URI uri)
	{
		return uri != null && "file".equalsIgnoreCase(uri.scheme()) && uri.isHierarchical()
				&& (uri.authority() == null || uri.authority().isEmpty()) && uri.hasAbsolutePath();
	}

	static IOException refused(URI uri)
	{
		return new IOException("access to '" + uri + "' is not allowed: only local files can be read");
	}

	/** Reads local regular files; refuses writes and deletes. */
	private static final class LocalFileHandler extends URIHandlerImpl
	{
		@Override
		public boolean canHandle(URI uri)
		{
			return isLocalFile(uri);
		}

		@Override
		public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException
		{
			return Files.newInputStream(readablePath(uri));
		}

		@Override
		public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException
		{
			throw new IOException("writing '" + uri + "' through EMF is not allowed: use PlanResources.save");
		}

		@Override
		public void delete(URI uri, Map<?, ?> options) throws IOException
		{
			throw new IOException("deleting '" + uri + "' is not allowed");
		}

		@Override
		public boolean exists(URI uri, Map<?, ?> options)
		{
			try
			{
				readablePath(uri);
				return true;
			}
			catch (IOException e)
			{
				return false;
			}
		}

		@Override
		public Map<String, ?> getAttributes(URI uri, Map<?, ?> options)
		{
			return Map.of();
		}

		@Override
		public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException
		{
			throw new IOException("changing attributes of '" + uri + "' is not allowed");
		}
	}

	/** Handles every other URI by refusing it. */
	private static final class DenyHandler extends URIHandlerImpl
	{
		@Override
		public boolean canHandle(URI uri)
		{
			return true;
		}

		@Override
		public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException
		{
			throw refused(uri);
		}

		@Override
		public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException
		{
			throw refused(uri);
		}

		@Override
		public void delete(URI uri, Map<?, ?> options) throws IOException
		{
			throw refused(uri);
		}

		@Override
		public boolean exists(URI uri, Map<?, ?> options)
		{
			return false;
		}

		@Override
		public Map<String, ?> getAttributes(URI uri, Map<?, ?> options)
		{
			return Map.of();
		}

		@Override
		public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException
		{
			throw refused(uri);
		}
	}

}
