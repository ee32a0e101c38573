package org.veikart.sdg;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.veikart.model.SdgCatalogue;

/**
 * Puts the catalogue into EMF resources under the fixed URI {@value #URI_TEXT}, so that plan
 * files store references as {@code veikart:/sdg/2020#sdg-8.2}: fragments are the goal and
 * target ids (never positional paths or UUIDs).
 */
final class SdgCatalogueResources {

    static final String URI_TEXT = "veikart:/sdg/" + SdgCatalogueLoader.VERSION;
    static final URI CATALOGUE_URI = URI.createURI(URI_TEXT);

    private SdgCatalogueResources() {
    }

    /**
     * @param catalogue a catalogue not yet in a resource
     * @return a new resource outside any resource set, holding the catalogue
     */
    static Resource wrap(SdgCatalogue catalogue) {
        Resource resource = new CatalogueResource();
        resource.getContents().add(catalogue);
        return resource;
    }

    /**
     * Adds a copy of the catalogue to the resource set unless a resource with the catalogue URI is
     * already there. Synchronized on the resource set so two threads do not both add one.
     *
     * @return the resource with URI {@value #URI_TEXT} in the set
     */
    static Resource install(ResourceSet resourceSet, SdgCatalogue catalogue) {
        synchronized (resourceSet) {
            Resource existing = resourceSet.getResource(CATALOGUE_URI, false);
            if (existing != null) {
                return existing;
            }
            // a copy: an EObject lives in one resource, and each resource set needs its own
            Resource resource = new CatalogueResource();
            resource.getContents().add(EcoreUtil.copy(catalogue));
            resourceSet.getResources().add(resource);
            return resource;
        }
    }

    /** XMI resource whose fragments are ids and which never needs loading. */
    private static final class CatalogueResource extends XMIResourceImpl {

        CatalogueResource() {
            super(CATALOGUE_URI);
            setTrackingModification(false);
            // built in memory: mark loaded so a resource set never tries to read "veikart:/..."
            setLoaded(true);
        }

        @Override
        protected boolean useIDs() {
            return true;
        }

        @Override
        protected boolean useUUIDs() {
            return false;
        }
    }
}
