package org.veikart.tools.diagram;

/**
 * The three kinds of lines in the class diagram. Layout edges always run from the "upper" end to
 * the "lower" one (superclass to subclass, container to contained, referrer to target), so the
 * layered layout puts supertypes and containers above; each kind says at which end its marker sits.
 */
enum EdgeKind {
    /** Hollow triangle at the superclass (the layout source). */
    INHERITANCE,
    /** Filled diamond at the container (the layout source), labelled with feature and multiplicity. */
    CONTAINMENT,
    /** Open arrow at the target, dashed and lighter, labelled. */
    REFERENCE
}
