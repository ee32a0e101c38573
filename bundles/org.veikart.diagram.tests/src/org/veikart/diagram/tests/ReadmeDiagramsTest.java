package org.veikart.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.veikart.diagram.description.DescriptionRegistry;
import org.veikart.diagram.description.Filter;
import org.veikart.diagram.description.Layer;
import org.veikart.diagram.description.RepresentationDescription;

/** The README's "Diagrams" table names exactly the layers and filters each representation has. */
class ReadmeDiagramsTest {

    @Test
    void theReadmeListsTheLayersAndFiltersOfEveryRepresentation() throws Exception {
        String readme = Files.readString(Path.of(System.getProperty("veikart.root", "../..")).resolve("README.md"));
        String section = readme.substring(readme.indexOf("## Diagrams"));
        section = section.substring(0, section.indexOf("\n## ", 3));
        for (RepresentationDescription description : DescriptionRegistry.standard().all()) {
            Matcher row = Pattern.compile("(?m)^\\| `" + Pattern.quote(description.name()) + "` \\|(.*)$").matcher(section);
            assertTrue(row.find(), "no table row for " + description.name());
            String[] cells = row.group(1).split("\\|");
            Set<String> layers = new TreeSet<>(description.layers().stream().map(Layer::id).toList());
            Set<String> filters = new TreeSet<>(description.filters().stream().map(Filter::id).toList());
            assertEquals(layers, names(cells[1]), description.name() + " layers: " + cells[1]);
            assertEquals(filters, names(cells[2]), description.name() + " filters: " + cells[2]);
        }
    }

    private static Set<String> names(String cell) {
        Set<String> names = new TreeSet<>();
        Matcher code = Pattern.compile("`([^`]+)`").matcher(cell);
        while (code.find()) {
            names.add(code.group(1));
        }
        return names;
    }
}
