package org.veikart.benchmarks.synthetic;

import org.veikart.model.TemplateOrigin;

/** Template origins for the few elements that "came from" the Næringsvennlig kommune template. */
final class TemplateOrigins {

    private TemplateOrigins() {
    }

    static TemplateOrigin naeringsvennligKommune(GenerationContext context) {
        TemplateOrigin origin = context.factory.createTemplateOrigin();
        origin.setTemplateId("naeringsvennlig-kommune");
        origin.setTemplateVersion("1.0");
        origin.setElementId("t-" + Integer.toHexString(context.between(0x100000, 0xffffff)));
        return origin;
    }
}
