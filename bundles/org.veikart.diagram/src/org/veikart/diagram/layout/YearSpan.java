package org.veikart.diagram.layout;

/**
 * The years an element runs in, both inclusive.
 *
 * @param first     first year
 * @param last      last year, not before {@code first}
 * @param scheduled true if the years come from the element's own schedule, false if assumed (e.g.
 *                  the plan period for a measure without a schedule)
 * @param yearly    true for something that recurs every year (drawn as one bar per year)
 */
public record YearSpan(int first, int last, boolean scheduled, boolean yearly) {

    /** @return a span that is one continuous bar */
    public static YearSpan of(int first, int last, boolean scheduled) {
        return new YearSpan(first, last, scheduled, false);
    }

    public YearSpan {
        if (last < first) {
            throw new IllegalArgumentException("last year " + last + " before first year " + first);
        }
    }
}
