package org.veikart.cli.validate;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.veikart.model.check.ModelDiagnostic;

/**
 * Rewrites the file of a diagnostic into the name the user typed, as compilers do: a diagnostic
 * about the checked file gets the file's display name (relative stays relative); one about another
 * file (e.g. a referenced plan) gets that file's path relative to the working directory when it
 * lies below it, else its absolute path.
 */
final class DiagnosticLocator {

    private final Path workingDirectory;

    DiagnosticLocator(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    ModelDiagnostic relocate(ModelDiagnostic diagnostic, PlanFile checked) {
        Path named = toPath(diagnostic.file());
        String file;
        if (named == null || named.equals(checked.path())) {
            file = checked.display();
        } else if (named.startsWith(workingDirectory)) {
            file = workingDirectory.relativize(named).toString();
        } else {
            file = named.toString();
        }
        return new ModelDiagnostic(diagnostic.severity(), diagnostic.code(), diagnostic.message(), file,
                diagnostic.line(), diagnostic.column(), diagnostic.element());
    }

    /** @return the absolute path a diagnostic's file names (a path or a file: URI), or null if it names none */
    private Path toPath(String file) {
        if (file == null || file.isBlank()) {
            return null;
        }
        try {
            if (file.startsWith("file:")) {
                String local = URI.createURI(file).toFileString();
                return local == null ? null : workingDirectory.resolve(local).normalize();
            }
            return workingDirectory.resolve(file).normalize();
        } catch (IllegalArgumentException e) { // InvalidPathException, or a malformed URI
            return null;
        }
    }
}
