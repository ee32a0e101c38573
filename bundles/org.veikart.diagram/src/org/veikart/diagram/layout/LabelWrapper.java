package org.veikart.diagram.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a label into lines no wider than a maximum width (measured by {@link TextMeasurer}):
 * greedy by words; a word longer than the width on its own is split by characters, so no line is
 * ever wider than the maximum and no text is lost. Newlines in the label are kept.
 */
public final class LabelWrapper {

    private LabelWrapper() {
    }

    /** @return at least one line (empty label: one empty line) */
    public static List<String> wrap(String text, double maxWidth, double size, boolean bold) {
        double space = TextMeasurer.wordWidth(" ", size, bold);
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            double lineWidth = 0;
            for (String word : paragraph.trim().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                double wordWidth = TextMeasurer.wordWidth(word, size, bold);
                double candidate = line.isEmpty() ? wordWidth : lineWidth + space + wordWidth;
                if (candidate <= maxWidth) {
                    line.append(line.isEmpty() ? "" : " ").append(word);
                    lineWidth = candidate;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (TextMeasurer.width(rest, size, bold) > maxWidth && rest.length() > 1) {
                    int cut = fittingPrefix(rest, maxWidth, size, bold);
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
                lineWidth = TextMeasurer.width(rest, size, bold);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static int fittingPrefix(String word, double maxWidth, double size, boolean bold) {
        int cut = 1;
        while (cut < word.length() && TextMeasurer.width(word.substring(0, cut + 1), size, bold) <= maxWidth) {
            cut++;
        }
        return cut;
    }
}
