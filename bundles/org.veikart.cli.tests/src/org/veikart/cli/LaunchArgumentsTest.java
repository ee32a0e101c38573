package org.veikart.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The encoding that carries arguments past the Equinox launcher's own options. */
class LaunchArgumentsTest {

    @Test
    void encodedArgumentsComeBackUnchanged() {
        String[] user = { "validate", "-data", "", "=x", "-debug", "--veikart-args", "a b", "-vmargs", "æøå" };

        String[] encoded = LaunchArguments.encode(user);

        assertArrayEquals(user, LaunchArguments.decode(encoded));
    }

    @Test
    void noEncodedArgumentOptionLooksLikeALauncherOption() {
        String[] encoded = LaunchArguments.encode("-data", "-console", "-clean");

        for (int i = 1; i < encoded.length; i++) {
            assertFalse(encoded[i].startsWith("-"), encoded[i]);
        }
    }

    @Test
    void argumentsWithoutMarkerAreTakenAsTheyAre() {
        assertArrayEquals(new String[] { "validate", "x.xmi" },
                LaunchArguments.decode(new String[] { "validate", "x.xmi" }));
    }

    @Test
    void argumentsBeforeTheMarkerAreDropped() {
        // e.g. options the launcher did not recognise but that the script did not send as user input
        assertArrayEquals(new String[] { "help" },
                LaunchArguments.decode(new String[] { "-stray", LaunchArguments.MARKER, "=help" }));
    }

    @Test
    void nullMeansNoArguments() {
        assertArrayEquals(new String[0], LaunchArguments.decode(null));
    }
}
