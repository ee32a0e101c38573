package org.veikart.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Carries the user's arguments through the Equinox launcher unchanged.
 * <p>
 * The launcher and the framework take options such as {@code -data}, {@code -debug},
 * {@code -console}, {@code -clean} or {@code -vmargs} out of the command line wherever they appear,
 * so {@code veikart diff -data a b} would lose {@code -data}. The script {@code ./veikart} therefore
 * passes {@link #MARKER} followed by every user argument prefixed with {@link #PREFIX}, which no
 * launcher option matches, and {@link #decode} restores them. Without the marker (the
 * application started by hand with {@code -application org.veikart.cli.app ...}) the arguments
 * are taken as they arrive.
 */
public final class LaunchArguments {

    /** Announces that the following arguments are encoded. */
    public static final String MARKER = "--veikart-args";
    /** Put in front of each encoded argument. */
    public static final String PREFIX = "=";

    private LaunchArguments() {
    }

    /**
     * @param applicationArgs the application arguments as Equinox delivers them (may be null)
     * @return the user's arguments, in order, exactly as typed
     */
    public static String[] decode(String[] applicationArgs) {
        if (applicationArgs == null) {
            return new String[0];
        }
        List<String> raw = Arrays.asList(applicationArgs);
        int marker = raw.indexOf(MARKER);
        if (marker < 0) {
            return applicationArgs.clone();
        }
        List<String> decoded = new ArrayList<>();
        for (String argument : raw.subList(marker + 1, raw.size())) {
            decoded.add(argument.startsWith(PREFIX) ? argument.substring(PREFIX.length()) : argument);
        }
        return decoded.toArray(String[]::new);
    }

    /** @return the arguments encoded the way the script does it (for tests and other launchers) */
    public static String[] encode(String... userArgs) {
        String[] encoded = new String[userArgs.length + 1];
        encoded[0] = MARKER;
        for (int i = 0; i < userArgs.length; i++) {
            encoded[i + 1] = PREFIX + userArgs[i];
        }
        return encoded;
    }
}
