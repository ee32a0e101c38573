package org.veikart.sdg;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Ranks catalogue references by how close they are to a mistyped one, for "did you mean" hints.
 * <p>
 * Closeness is, in this order: fewest characters to insert or delete (so "18" is one extra
 * character away from "1" and "8" but two edits away from "17", and "18.1" one from "8.1");
 * then the same goal as the input; then the same kind (goal or target); then the smallest
 * numeric distance in catalogue order ("8.99" is nearer 8.9 and 8.8 than 8.1).
 */
final class ReferenceSuggestions {

    private static final int MAX_COMPARED_LENGTH = 12;

    private ReferenceSuggestions() {
    }

    /**
     * @param input      what the user wrote; may be null or malformed
     * @param references the valid references (goal numbers and target codes)
     * @param max        the most suggestions wanted
     * @return up to max references, closest first; empty when max &lt; 1 or the input has no digit
     *         (nothing sensible to compare); a valid input is its own first suggestion
     */
    static List<String> closest(String input, List<String> references, int max) {
        if (input == null || max < 1 || input.chars().noneMatch(Character::isDigit)) {
            return List.of();
        }
        String normalized = input.strip().toLowerCase(Locale.ROOT).replace(',', '.');
        // references are at most 5 characters ("17.19"): longer input (pasted text) is cut, not compared in full
        String typed = normalized.substring(0, Math.min(normalized.length(), MAX_COMPARED_LENGTH));
        SdgCode typedCode = parseOrNull(typed);
        Comparator<String> closeness = Comparator.<String>comparingInt(reference -> indelDistance(typed, reference))
                .thenComparingInt(reference -> typedCode != null && goalOf(reference) == typedCode.goal() ? 0 : 1)
                .thenComparingInt(reference -> typedCode != null && isTarget(reference) == typedCode.isTarget() ? 0 : 1)
                .thenComparingLong(reference -> typedCode == null ? 0
                        : Math.abs(typedCode.orderKey() - SdgCode.parse(reference).orderKey()));
        return references.stream().sorted(closeness).limit(max).toList();
    }

    private static SdgCode parseOrNull(String text) {
        try {
            return SdgCode.parse(text);
        } catch (UnknownSdgException e) {
            return null;
        }
    }

    private static int goalOf(String reference) {
        return SdgCode.parse(reference).goal();
    }

    private static boolean isTarget(String reference) {
        return reference.indexOf('.') >= 0;
    }

    /** Insertions plus deletions turning a into b: |a| + |b| - 2 * longest common subsequence. */
    static int indelDistance(String a, String b) {
        int[][] common = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                common[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? common[i - 1][j - 1] + 1
                        : Math.max(common[i - 1][j], common[i][j - 1]);
            }
        }
        return a.length() + b.length() - 2 * common[a.length()][b.length()];
    }
}
