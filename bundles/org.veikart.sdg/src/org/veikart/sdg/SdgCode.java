package org.veikart.sdg;

import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parsed form of an SDG reference: a goal ("8") or a target ("8.2", "8.a").
 * Parsing ignores surrounding white space, leading zeros and the case of a target letter, so
 * " 08.A " is the same code as "8.a". It checks the shape only, not that the goal or target exists.
 *
 * @param goal   the goal number as written (may be outside 1-17)
 * @param target the part after the dot: a number without leading zeros or one lower-case letter;
 *               null for a goal reference
 */
public record SdgCode(int goal, String target) {

    private static final Pattern SHAPE = Pattern.compile("(\\d{1,9})(?:\\.(\\d{1,9}|[a-zA-Z]))?");

    /** Catalogue order: by goal, then numbered targets ascending, then lettered targets a, b, c; goals before their targets. */
    public static final Comparator<SdgCode> ORDER = Comparator.comparingLong(SdgCode::orderKey);

    /**
     * @param reference text such as "8", "8.2", "8.a" or " 8.2 "
     * @return the code
     * @throws UnknownSdgException if the text does not have the shape of a goal or target code
     */
    public static SdgCode parse(String reference) {
        if (reference == null) {
            throw UnknownSdgException.malformed(null);
        }
        Matcher matcher = SHAPE.matcher(reference.strip());
        if (!matcher.matches()) {
            throw UnknownSdgException.malformed(reference);
        }
        int goal = Integer.parseInt(matcher.group(1));
        String target = matcher.group(2);
        if (target != null) {
            target = Character.isDigit(target.charAt(0)) ? String.valueOf(Integer.parseInt(target))
                    : target.toLowerCase(Locale.ROOT);
        }
        return new SdgCode(goal, target);
    }

    /** @return true for a target code, false for a goal */
    public boolean isTarget() {
        return target != null;
    }

    /** @return true for a target whose part after the dot is a letter ("8.a") */
    public boolean isLettered() {
        return isTarget() && !Character.isDigit(target.charAt(0));
    }

    /** @return the target number ("8.10" gives 10); only for numbered targets */
    public int targetNumber() {
        return Integer.parseInt(target);
    }

    /**
     * A number that sorts codes in catalogue order and whose differences measure closeness:
     * goal g is g*1000, target g.n is g*1000+n, target g.a is g*1000+500 (+1 for b, ...).
     */
    long orderKey() {
        long base = goal * 1000L;
        if (!isTarget()) {
            return base;
        }
        return isLettered() ? base + 500 + (target.charAt(0) - 'a') : base + Math.min(targetNumber(), 499);
    }

    /** @return the canonical text: "8" or "8.2" or "8.a" */
    @Override
    public String toString() {
        return isTarget() ? goal + "." + target : String.valueOf(goal);
    }
}
