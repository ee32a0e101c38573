package org.veikart.diagram.description;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.veikart.diagram.descriptions.IndicatorMapDescription;
import org.veikart.diagram.descriptions.PlanTreeDescription;
import org.veikart.diagram.descriptions.SdgAlignmentDescription;
import org.veikart.diagram.descriptions.TimelineDescription;

/**
 * The representation descriptions by name, in registration order (Sirius: the viewpoint). Adding a
 * representation means registering one more description.
 */
public final class DescriptionRegistry {

    private final Map<String, RepresentationDescription> descriptions = new LinkedHashMap<>();

    /** @return a new registry with Veikart's four representations: tree, sdg, indicators, timeline */
    public static DescriptionRegistry standard() {
        DescriptionRegistry registry = new DescriptionRegistry();
        registry.register(PlanTreeDescription.create());
        registry.register(SdgAlignmentDescription.create());
        registry.register(IndicatorMapDescription.create());
        registry.register(TimelineDescription.create());
        return registry;
    }

    /** @throws IllegalArgumentException if the name is taken */
    public void register(RepresentationDescription description) {
        if (descriptions.putIfAbsent(description.name(), description) != null) {
            throw new IllegalArgumentException("two representations named " + description.name());
        }
    }

    public Optional<RepresentationDescription> find(String name) {
        return Optional.ofNullable(descriptions.get(name));
    }

    /** @return all descriptions in registration order */
    public List<RepresentationDescription> all() {
        return List.copyOf(new ArrayList<>(descriptions.values()));
    }

    /** @return the names, in registration order */
    public List<String> names() {
        return List.copyOf(descriptions.keySet());
    }
}
