package org.veikart.diagram.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.veikart.model.check.ModelDiagnostic;
import org.veikart.model.check.Severity;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * Reads a {@link RepresentationFile} (JSON, see {@link RepresentationFileWriter} for the shape) with
 * a hardened streaming parser: bounded size, nesting, string and number lengths, no duplicate
 * members. Never throws for bad content: a missing file gives an empty file without diagnostics; an
 * unreadable, malformed or wrongly shaped file gives an empty file and one error naming
 * {@code file:line:col}, so the diagram still renders with defaults. An element entry with a
 * coordinate or size out of range is left out with a warning at the value. Unknown members are ignored
 * (later versions may add some).
 */
public final class RepresentationFileReader {

    /** Diagnostic code of a representation file that cannot be used. */
    public static final String CODE_CORRUPT = "diagram.representationFile.corrupt";

    /** Diagnostic code of one entry that is ignored (e.g. a coordinate out of range). */
    public static final String CODE_IGNORED = "diagram.representationFile.ignoredEntry";

    /** Larger files are refused: positions of even 10 000 elements fit in far less. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(12).maxStringLength(64 * 1024).maxNumberLength(32).build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The outcome of reading: the file (empty on failure) and what went wrong. */
    public record Result(RepresentationFile file, List<ModelDiagnostic> diagnostics) {
    }

    /** @return the content of {@code path}, or an empty file plus an error diagnostic */
    public Result read(Path path) {
        byte[] bytes;
        try {
            if (Files.size(path) > MAX_BYTES) {
                return failed(path, "the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB", 0, 0);
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return new Result(new RepresentationFile(), List.of());
        } catch (IOException e) {
            return failed(path, "cannot read the representation file: " + e.getMessage(), 0, 0);
        }
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            RepresentationFile file = new RepresentationFile();
            StateParser stateParser = new StateParser(parser);
            stateParser.readFile(file);
            List<ModelDiagnostic> warnings = new ArrayList<>();
            for (StateParser.Issue issue : stateParser.issues()) {
                warnings.add(new ModelDiagnostic(Severity.WARNING, CODE_IGNORED, issue.message(), path.toString(),
                        issue.line(), issue.column(), null));
            }
            return new Result(file, warnings);
        } catch (StateFormatException e) {
            return failed(path, e.getMessage(), e.line, e.column);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return failed(path, "not valid JSON: " + e.getOriginalMessage(),
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
        } catch (IOException e) {
            return failed(path, "cannot read the representation file: " + e.getMessage(), 0, 0);
        }
    }

    private static Result failed(Path path, String message, int line, int column) {
        List<ModelDiagnostic> diagnostics = new ArrayList<>();
        diagnostics.add(new ModelDiagnostic(Severity.ERROR, CODE_CORRUPT,
                message + "; the diagrams use default positions", path.toString(), line, column, null));
        return new Result(new RepresentationFile(), diagnostics);
    }

    /** A structural error at a position in the file. */
    static final class StateFormatException extends IOException {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        StateFormatException(String message, JsonParser parser) {
            super(message);
            JsonLocation at = parser.currentTokenLocation();
            this.line = at.getLineNr();
            this.column = at.getColumnNr();
        }
    }

    static boolean isNumber(JsonToken token) {
        return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
    }
}
