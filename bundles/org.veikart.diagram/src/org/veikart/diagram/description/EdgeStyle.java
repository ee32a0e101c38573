package org.veikart.diagram.description;

/**
 * How an edge looks.
 *
 * @param colour      CSS hex colour
 * @param width       stroke width in px
 * @param dashed      dashed line (cross references) or solid (hierarchy)
 * @param legendLabel what the line means in the legend, or null to leave it out
 */
public record EdgeStyle(String colour, double width, boolean dashed, String legendLabel) {
}
