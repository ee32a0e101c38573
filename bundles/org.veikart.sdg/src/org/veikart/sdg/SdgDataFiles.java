package org.veikart.sdg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the files under {@code data/} in this bundle. Resources are found through this class's
 * own class loader, which is the bundle class loader in OSGi and the class path in plain Java,
 * so no Eclipse API is needed.
 */
final class SdgDataFiles {

    private SdgDataFiles() {
    }

    /**
     * @param path a path below {@code data/}, e.g. "en/global_goals.yml"
     * @return the top-level mapping of the YAML file, keys and values as strings, in file order
     * @throws IllegalStateException if the file is missing or is not a flat string mapping
     */
    static Map<String, String> readYamlStrings(String path) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try (Reader reader = open(path)) {
            Object loaded = yaml.load(reader);
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new IllegalStateException("data/" + path + " is not a YAML mapping");
            }
            Map<String, String> result = new LinkedHashMap<>();
            map.forEach((key, value) -> result.put(String.valueOf(key), value == null ? null : String.valueOf(value)));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data/" + path, e);
        }
    }

    /**
     * Reads a two-column CSV file with a header line. The second column may be double-quoted
     * (needed when it contains a comma; "" inside quotes is a quote).
     *
     * @param path a path below {@code data/}, e.g. "colours.csv"
     * @return goal number to second-column value, in file order
     * @throws IllegalStateException if a line is not "number,value"
     */
    static Map<Integer, String> readGoalCsv(String path) {
        Map<Integer, String> result = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(open(path))) {
            reader.readLine(); // header
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                int comma = line.indexOf(',');
                if (comma < 0) {
                    throw new IllegalStateException("data/" + path + ": expected \"number,value\" but got: " + line);
                }
                result.put(Integer.valueOf(line.substring(0, comma).strip()), unquote(line.substring(comma + 1).strip()));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data/" + path, e);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("data/" + path + ": a line does not start with a goal number", e);
        }
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\"\"", "\"");
        }
        return value;
    }

    private static Reader open(String path) {
        InputStream in = SdgDataFiles.class.getResourceAsStream("/data/" + path);
        if (in == null) {
            throw new IllegalStateException("data/" + path + " is not on the class path of bundle org.veikart.sdg");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
