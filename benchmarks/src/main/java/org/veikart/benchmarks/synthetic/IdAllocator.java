package org.veikart.benchmarks.synthetic;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.veikart.model.ids.ElementIds;

/**
 * Hands out element ids in the model's format ({@code goal-7f3kq2m9}: the class prefix of
 * {@link ElementIds#prefix(EClass)}, then 8 characters of ElementIds' 32-letter alphabet), but from a
 * seeded random source instead of ElementIds' SecureRandom, so ids depend only on the seed and the
 * order of requests. Guarantees that no id is handed out twice.
 */
final class IdAllocator {

    private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
    private static final int LENGTH = 8;

    private final Random random;
    private final Set<String> used = new HashSet<>();

    IdAllocator(long seed) {
        // separate stream: changing how much text is generated must not shift the ids
        this.random = new Random(seed ^ 0x5DEECE66DL);
    }

    String next(EClass type) {
        String prefix = ElementIds.prefix(type) + "-";
        while (true) {
            StringBuilder id = new StringBuilder(prefix);
            for (int i = 0; i < LENGTH; i++) {
                id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (used.add(id.toString())) {
                return id.toString();
            }
        }
    }
}
