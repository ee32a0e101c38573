package org.veikart.diagram.description;

import java.util.List;

import org.eclipse.emf.ecore.EClass;

/**
 * A creation or connection tool a palette will offer (Sirius: tool description). Pure data here:
 * the interactive editor executes it as an EMF command.
 *
 * @param id       unique within the description
 * @param label    palette text, e.g. "Nytt tiltak"
 * @param kind     what the tool does
 * @param creates  the metaclass created (for {@link Kind#CONNECT}: the source's metaclass)
 * @param feature  the containment or reference feature that receives the new element or link
 * @param usableOn ids of the node mappings it may be used on (the parent or connection source);
 *                 empty means on the diagram background
 */
public record Tool(String id, String label, Kind kind, EClass creates, String feature, List<String> usableOn) {

    /** What a tool does. */
    public enum Kind {
        /** Creates a new element under the clicked node. */
        CREATE_NODE,
        /** Adds a reference between two existing elements. */
        CONNECT
    }
}
