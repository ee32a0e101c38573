package org.veikart.model.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryRegistryImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.veikart.model.VeikartPackage;
import org.veikart.model.check.ElementLocations;
import org.veikart.model.check.ModelCheckException;
import org.veikart.model.check.ModelChecker;
import org.veikart.model.check.ModelDiagnostic;
import org.veikart.model.check.ResourceFiles;

/**
 * The safe way in and out of model files.
 * <ul>
 * <li>{@link #newResourceSet()}: a resource set that knows only the Veikart (and Ecore) package,
 * creates only {@link HardenedXmiResource}s and reads only local files ({@link SafeUriConverter}),
 * so neither loading nor proxy resolution can reach the network or load foreign metamodels.</li>
 * <li>{@link #load(ResourceSet, Path)}: hardened XMI load; any failure is one
 * {@link ModelLoadException} with file, line and column, and leaves the resource set as it was.
 * Loading never writes anything.</li>
 * <li>{@link #save(Resource, Path)}: runs the {@link ModelChecker} and refuses to write when it
 * reports errors; otherwise serializes completely in memory and writes with
 * {@link AtomicFileWriter} (temp file, fsync, {@code .bak} of the previous version, atomic move).</li>
 * </ul>
 */
public final class PlanResources
{
	private PlanResources()
	{
	}

	/** @return a new hardened resource set (see class comment) */
	public static ResourceSet newResourceSet()
	{
		return harden(new ResourceSetImpl());
	}

	/**
	 * Makes {@code resourceSet} hardened like {@link #newResourceSet()}: own package registry (Veikart
	 * and Ecore only), own factory registry (hardened XMI for every extension, never the global
	 * registry; callers may add factories for further extensions to it), {@link SafeUriConverter}
	 * and the hardened load options. For resource sets of other classes (e.g. Xtext's).
	 *
	 * @return {@code resourceSet}
	 */
	public static <T extends ResourceSet> T harden(T resourceSet)
	{
		EPackage.Registry packages = new EPackageRegistryImpl(); // no delegate: no global registry
		packages.put(VeikartPackage.eNS_URI, VeikartPackage.eINSTANCE);
		packages.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.setPackageRegistry(packages);
		resourceSet.setResourceFactoryRegistry(new LocalFactoryRegistry());
		resourceSet.setURIConverter(new SafeUriConverter());
		resourceSet.getLoadOptions().putAll(HardenedXmiResource.loadOptions());
		return resourceSet;
	}

	/** @return the absolute {@code file:} URI of {@code file} */
	public static URI fileUri(Path file)
	{
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}

	/**
	 * Loads {@code file} into {@code resourceSet} with the hardened XMI load, whatever factories the
	 * resource set has. If the resource set already holds the file loaded, that resource is returned.
	 *
	 * @return the loaded resource, a member of {@code resourceSet}
	 * @throws ModelLoadException with one diagnostic (file, line, column) if the file cannot be read
	 *         or is not a valid Veikart model; the resource set is then left without the resource
	 */
	public static Resource load(ResourceSet resourceSet, Path file) throws ModelLoadException
	{
		URI uri = fileUri(file);
		Resource existing = resourceSet.getResource(uri, false);
		if (existing != null && existing.isLoaded())
		{
			return existing;
		}
		if (existing != null)
		{
			resourceSet.getResources().remove(existing);
		}
		Resource resource = new HardenedXmiResource(uri);
		resourceSet.getResources().add(resource);
		try (InputStream in = Files.newInputStream(SafeUriConverter.readablePath(uri)))
		{
			resource.load(in, HardenedXmiResource.loadOptions());
			return resource;
		}
		catch (IOException | RuntimeException e)
		{
			resource.unload();
			resourceSet.getResources().remove(resource);
			throw e instanceof ModelLoadException m ? m
					: new ModelLoadException(LoadFailures.ioDiagnostic(ResourceFiles.displayName(uri), e), e);
		}
	}

	/**
	 * Checks {@code resource} and, if the checker finds no errors, writes it atomically to
	 * {@code file} (keeping the previous version as {@code <file>.bak}). The resource's URI becomes
	 * the file's URI (like "Save As"), so relative cross-file references are written relative to
	 * {@code file}; on failure the URI and modified flag are restored. Element locations of the old
	 * file are dropped after a successful save.
	 *
	 * @throws ModelCheckException listing the errors when the checker finds any; nothing is written
	 * @throws IOException when serializing or writing fails; the old file and backup are unchanged
	 */
	public static void save(Resource resource, Path file) throws IOException
	{
		save(resource, file, new AtomicFileWriter());
	}

	/** {@link #save(Resource, Path)} with a given writer (test hook for injected failures). */
	static void save(Resource resource, Path file, AtomicFileWriter writer) throws IOException
	{
		Objects.requireNonNull(resource, "resource");
		URI target = fileUri(file);
		URI original = resource.getURI();
		boolean wasModified = resource.isModified();
		resource.setURI(target);
		try
		{
			List<ModelDiagnostic> errors = ModelChecker.errors(new ModelChecker().check(resource));
			if (!errors.isEmpty())
			{
				throw new ModelCheckException("refusing to save " + ResourceFiles.displayName(target), errors);
			}
			ByteArrayOutputStream buffer = new ByteArrayOutputStream();
			resource.save(buffer, null);
			writer.write(file, buffer.toByteArray());
		}
		catch (IOException | RuntimeException e)
		{
			resource.setURI(original);
			resource.setModified(wasModified);
			throw e;
		}
		ElementLocations.remove(resource);
		resource.setModified(false);
	}

	/** Resource factories of hardened sets: {@link HardenedXmiResourceFactory} for everything. */
	private static final class LocalFactoryRegistry extends ResourceFactoryRegistryImpl
	{
		LocalFactoryRegistry()
		{
			getExtensionToFactoryMap().put(DEFAULT_EXTENSION, new HardenedXmiResourceFactory());
		}

		@Override
		protected Resource.Factory delegatedGetFactory(URI uri, String contentTypeIdentifier)
		{
			return null; // never the global registry
		}
	}
}
