package org.veikart.diagram.description;

/** The outline of a node; every renderer can draw each of them. */
public enum Shape {
    /** Plain rectangle: plans, measures. */
    RECTANGLE,
    /** Rectangle with round corners: goals, strategies. */
    ROUNDED,
    /** Ellipse: indicators. */
    ELLIPSE,
    /** Hexagon: focus areas. */
    HEXAGON,
    /** Square tile with a coloured fill: SDGs. */
    TILE,
    /** Open band with a caption row: containers such as timeline lanes. */
    LANE
}
