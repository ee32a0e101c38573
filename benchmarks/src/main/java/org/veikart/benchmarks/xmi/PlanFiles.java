package org.veikart.benchmarks.xmi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.veikart.benchmarks.synthetic.SdgStubs;
import org.veikart.model.Plan;
import org.veikart.model.VeikartPackage;
import org.veikart.model.io.PlanResources;

/**
 * The XMI paths the benchmarks compare.
 * <ul>
 * <li>"service": the model bundle's {@link PlanResources}: hardened resource set and load (parser
 * hardening, element locations); save = {@link org.veikart.model.check.ModelChecker} + in-memory
 * serialization + atomic write with {@code .bak}.</li>
 * <li>"raw" save: {@code resource.save} of the same hardened resource into a byte array (no
 * checker, no file).</li>
 * <li>"plain" load: a bare {@link XMIResourceImpl} in a {@link ResourceSetImpl}, UTF-8, with the two
 * settings id-referencing models need: an intrinsic id map and deferred IDREF resolution. Without
 * them every forward reference costs a scan of the whole resource: loading the 100k plan took
 * about 7 minutes instead of about 2 seconds.</li>
 * </ul>
 * Every resource set gets the stub SDG catalogue, as the application's sets get the real one.
 */
final class PlanFiles {

    private static final Map<Object, Object> PLAIN_OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8",
            XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);

    private PlanFiles() {
    }

    /** Label printed with the results, so a run says which save/load path it measured. */
    static String serviceName() {
        return "org.veikart.model.io.PlanResources";
    }

    /** A hardened resource (in a fresh set with the SDG stubs) for {@code file}, holding {@code plan}. */
    static Resource wrap(Plan plan, Path file) {
        ResourceSet set = PlanResources.newResourceSet();
        SdgStubs.install(set);
        Resource resource = set.createResource(PlanResources.fileUri(file));
        resource.getContents().add(plan);
        return resource;
    }

    static void saveService(Resource resource, Path file) throws IOException {
        PlanResources.save(resource, file);
    }

    /** Serializes with the resource's own default options (UTF-8 for hardened resources). */
    static void saveRaw(Resource resource, OutputStream out) throws IOException {
        resource.save(out, null);
    }

    static Resource loadService(Path file) throws IOException {
        ResourceSet set = PlanResources.newResourceSet();
        SdgStubs.install(set);
        return PlanResources.load(set, file);
    }

    static Resource loadPlain(Path file) throws IOException {
        VeikartPackage.eINSTANCE.eClass(); // registers the package in the global registry outside OSGi
        ResourceSet set = new ResourceSetImpl();
        SdgStubs.install(set);
        XMIResourceImpl resource = new XMIResourceImpl(PlanResources.fileUri(file));
        resource.setIntrinsicIDToEObjectMap(new HashMap<>());
        set.getResources().add(resource);
        resource.load(PLAIN_OPTIONS);
        return resource;
    }
}
