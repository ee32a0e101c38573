package org.veikart.diagram.description;

import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;

/**
 * Nodes that hold other nodes (Sirius: container mapping), e.g. a timeline lane per focus area
 * holding its measures. The container nodes come from {@link #self()}; each node of
 * {@link #children()} goes into the container whose element is {@code containerOf(child)}, or to the
 * top level when there is no such container.
 *
 * @param self        the containers
 * @param children    the nested nodes
 * @param containerOf the element whose container a child belongs in
 */
public record ContainerMapping(NodeMapping self, NodeMapping children, Function<EObject, EObject> containerOf) {
}
