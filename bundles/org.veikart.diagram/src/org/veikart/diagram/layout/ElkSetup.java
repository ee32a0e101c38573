package org.veikart.diagram.layout;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.mrtree.options.MrTreeMetaDataProvider;
import org.eclipse.elk.alg.mrtree.options.MrTreeOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;

/**
 * Registers the ELK algorithms Veikart uses with ELK's meta data service. Needed because the
 * service's own discovery (Eclipse extension points of {@code org.eclipse.elk.core.service}) is not
 * part of a headless product; registering here works the same inside and outside OSGi.
 */
public final class ElkSetup {

    private static boolean done;

    private ElkSetup() {
    }

    /** Registers ELK Layered and Mr. Tree once; later calls do nothing. */
    public static synchronized void ensure() {
        if (done) {
            return;
        }
        LayoutMetaDataService service = LayoutMetaDataService.getInstance();
        if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
            service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        }
        if (service.getAlgorithmData(MrTreeOptions.ALGORITHM_ID) == null) {
            service.registerLayoutMetaDataProviders(new MrTreeMetaDataProvider());
        }
        done = true;
    }
}
