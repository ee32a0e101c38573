package org.veikart.diagram.description;

import java.util.List;
import java.util.Optional;

import org.veikart.diagram.layout.LayoutStrategy;

/**
 * What one kind of diagram shows and how (Sirius: representation description). Pure data: the
 * synchronizer, the layout strategies and the renderers interpret it, so a new representation is a
 * new description (see {@link DescriptionRegistry#register}), never new rendering or layout code.
 *
 * @param name              the stable name used on the command line and in representation files, e.g. "tree"
 * @param title             a human title, e.g. "Plantre"
 * @param layout            how nodes are positioned
 * @param nodeMappings      plain nodes, in the order they are made (model order within each)
 * @param containerMappings containers and their nested nodes
 * @param edgeMappings      edges
 * @param layers            switchable layers the mappings refer to
 * @param filters           filters the state may activate
 * @param tools             what a palette offers
 */
public record RepresentationDescription(String name, String title, LayoutStrategy layout,
        List<NodeMapping> nodeMappings, List<ContainerMapping> containerMappings, List<EdgeMapping> edgeMappings,
        List<Layer> layers, List<Filter> filters, List<Tool> tools) {

    public RepresentationDescription {
        nodeMappings = List.copyOf(nodeMappings);
        containerMappings = List.copyOf(containerMappings);
        edgeMappings = List.copyOf(edgeMappings);
        layers = List.copyOf(layers);
        filters = List.copyOf(filters);
        tools = List.copyOf(tools);
    }

    /** @return the layer with that id */
    public Optional<Layer> layer(String id) {
        return layers.stream().filter(layer -> layer.id().equals(id)).findFirst();
    }

    /** @return the filter with that id */
    public Optional<Filter> filter(String id) {
        return filters.stream().filter(filter -> filter.id().equals(id)).findFirst();
    }
}
