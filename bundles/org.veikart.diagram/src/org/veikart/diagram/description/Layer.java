package org.veikart.diagram.description;

/**
 * A switchable set of mappings (Sirius: optional layer). Mappings name their layer; the
 * representation state may switch it on or off, otherwise {@link #defaultOn()} applies.
 *
 * @param id        e.g. "indicators"
 * @param label     shown in a palette or menu, e.g. "Indikatorer"
 * @param defaultOn active when the state says nothing
 */
public record Layer(String id, String label, boolean defaultOn) {
}
