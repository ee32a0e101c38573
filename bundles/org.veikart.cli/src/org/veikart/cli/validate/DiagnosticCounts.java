package org.veikart.cli.validate;

import org.veikart.model.check.Severity;

/** Counts diagnostics by severity and renders the one-line summary of a run. */
final class DiagnosticCounts {

    private int errors;
    private int warnings;
    private int infos;

    void add(Severity severity) {
        switch (severity) {
            case ERROR -> errors++;
            case WARNING -> warnings++;
            case INFO -> infos++;
        }
    }

    int errors() {
        return errors;
    }

    /** @return e.g. "validate: 3 files, 1 error, 2 warnings" (infos only mentioned when present) */
    String summary(String commandName, int files) {
        String text = commandName + ": " + plural(files, "file") + ", " + plural(errors, "error") + ", "
                + plural(warnings, "warning");
        return infos == 0 ? text : text + ", " + plural(infos, "info");
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 || noun.equals("info") ? "" : "s");
    }
}
