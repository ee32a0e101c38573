package org.veikart.diagram.model;

/** A point in diagram coordinates. */
public record Point(double x, double y) {
}
