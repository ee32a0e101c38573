package org.veikart.tools.diagram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/** Reads an .ecore file with plain EMF (no generated code, no OSGi); returns its root EPackage. */
final class EcoreFiles {

    private EcoreFiles() {
    }

    static EPackage load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("metamodel not found: " + file.toAbsolutePath());
        }
        ResourceSet set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        Resource resource = set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.load(null);
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof EPackage ePackage)) {
            throw new IOException(file + " does not contain an EPackage");
        }
        return ePackage;
    }
}
