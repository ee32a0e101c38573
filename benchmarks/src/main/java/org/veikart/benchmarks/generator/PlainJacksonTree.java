package org.veikart.benchmarks.generator;

import java.io.IOException;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * The baseline of {@link GeneratorBenchmark}: the same document as a plain Java tree
 * ({@code LinkedHashMap}, {@code ArrayList}, strings, numbers, booleans) written by Jackson databind
 * with the exporter's indentation. This is what "plain Jackson serialization of an equivalent tree"
 * costs without any model in between.
 */
final class PlainJacksonTree {

    private final Object tree;
    private final ObjectWriter writer;

    private PlainJacksonTree(Object tree, ObjectWriter writer) {
        this.tree = tree;
        this.writer = writer;
    }

    static PlainJacksonTree of(String json) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        Object tree = mapper.readValue(json, Object.class);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
                DefaultPrettyPrinter.DEFAULT_SEPARATORS.withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
        return new PlainJacksonTree(tree, mapper.writer(printer));
    }

    byte[] write() throws IOException {
        byte[] body = writer.writeValueAsBytes(tree);
        byte[] withNewline = java.util.Arrays.copyOf(body, body.length + 1);
        withNewline[body.length] = '\n';
        return withNewline;
    }
}
