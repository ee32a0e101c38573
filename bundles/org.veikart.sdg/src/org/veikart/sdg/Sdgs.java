package org.veikart.sdg;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.veikart.model.SdgCatalogue;
import org.veikart.model.SdgGoal;
import org.veikart.model.SdgTarget;

/**
 * The SDG catalogue (17 goals, 169 targets, English and bokmål) and lookups in it.
 * <p>
 * {@link #catalogue()} is one shared instance, built on first use and safe to read from any
 * thread; do not modify it. It sits in a resource with URI {@link #CATALOGUE_URI}, so a plan that
 * references its goals and targets saves them as {@code veikart:/sdg/2020#sdg-8.2}. To load such a
 * plan, call {@link #install(ResourceSet)} on the resource set first.
 * <p>
 * References are written "8" (goal), "8.2" or "8.a" (targets); white space around them is ignored.
 */
public final class Sdgs {

    /** URI of the catalogue resource; fragments are goal and target ids ("sdg-8", "sdg-8.2"). */
    public static final URI CATALOGUE_URI = SdgCatalogueResources.CATALOGUE_URI;

    private Sdgs() {
    }

    // initialization-on-demand holder: the JVM builds it once, lazily and thread-safely
    private static final class Shared {
        static final SdgCatalogue CATALOGUE = SdgCatalogueLoader.load();
        static final Resource RESOURCE = SdgCatalogueResources.wrap(CATALOGUE);
        static final SdgIndex INDEX = new SdgIndex(CATALOGUE);
    }

    /** @return the shared catalogue; never null */
    public static SdgCatalogue catalogue() {
        return Shared.CATALOGUE;
    }

    /**
     * @param number 1-17
     * @return the goal
     * @throws UnknownSdgException if there is no such goal
     */
    public static SdgGoal goal(int number) {
        return Shared.INDEX.goal(number);
    }

    /**
     * @param code a target code such as "8.2" or "8.a"
     * @return the target
     * @throws UnknownSdgException if the code is malformed, is a goal number, or names no target
     */
    public static SdgTarget target(String code) {
        return Shared.INDEX.target(code);
    }

    /**
     * @param reference "8", "8.2", "8.a", " 8.2 " (leading zeros and letter case are ignored)
     * @return the {@link SdgGoal} or {@link SdgTarget} from the shared catalogue
     * @throws UnknownSdgException with a user-facing message if the reference is null, malformed,
     *                             or names a goal or target that does not exist
     */
    public static EObject lookup(String reference) {
        return Shared.INDEX.lookup(reference);
    }

    /** @return true exactly when {@link #lookup(String)} would succeed */
    public static boolean isValidReference(String reference) {
        return Shared.INDEX.contains(reference);
    }

    /**
     * Suggestions for a reference that does not exist: "18" gives 8, 1, 17, 16, ...;
     * "8.99" gives 8.9, 8.8, 8.7, ...
     *
     * @param reference what was written; may be null or malformed
     * @param max       the most suggestions wanted
     * @return up to max goal numbers and target codes, closest first; empty if max &lt; 1 or the
     *         reference contains no digit
     */
    public static List<String> closestReferences(String reference, int max) {
        return ReferenceSuggestions.closest(reference, Shared.INDEX.references(), max);
    }

    /**
     * Makes the catalogue resolvable in the resource set, so proxies such as
     * {@code veikart:/sdg/2020#sdg-8.2} in loaded plans resolve. Idempotent: a second call returns
     * the resource added by the first. The resource holds a copy of the shared catalogue (an EMF
     * object can be in one resource only), so use {@code resource.getEObject("sdg-8.2")} for
     * objects that belong to this resource set.
     *
     * @param resourceSet the set to add to; not null
     * @return the catalogue resource in the set, URI {@link #CATALOGUE_URI}
     */
    public static Resource install(ResourceSet resourceSet) {
        return SdgCatalogueResources.install(resourceSet, Shared.CATALOGUE);
    }
}
