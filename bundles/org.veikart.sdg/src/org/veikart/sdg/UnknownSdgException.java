package org.veikart.sdg;

/**
 * Thrown when a text is not an SDG reference, or names a goal or target the catalogue does not
 * have. The message is written for the end user: it quotes the reference as given and says what
 * would be valid.
 */
public class UnknownSdgException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @param message a complete user-facing sentence, never null */
    public UnknownSdgException(String message) {
        super(message);
    }

    static UnknownSdgException malformed(String reference) {
        String shown = reference == null ? "No SDG reference given" : quote(reference) + " is not an SDG reference";
        return new UnknownSdgException(shown + ": write a goal number (8) or a target code (8.2, 8.a)");
    }

    static UnknownSdgException unknownGoal(String reference, int goalCount) {
        return new UnknownSdgException("SDG " + quote(reference) + " does not exist: the goals are numbered 1-" + goalCount);
    }

    static UnknownSdgException unknownTargetOfUnknownGoal(String reference, int goalCount) {
        return new UnknownSdgException(
                "SDG target " + quote(reference) + " does not exist: the goals are numbered 1-" + goalCount);
    }

    static UnknownSdgException unknownTarget(String reference, int goal, String targetsOfGoal) {
        return new UnknownSdgException(
                "SDG target " + quote(reference) + " does not exist: goal " + goal + " has the targets " + targetsOfGoal);
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }
}
