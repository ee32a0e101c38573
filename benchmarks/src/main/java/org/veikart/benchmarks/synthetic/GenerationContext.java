package org.veikart.benchmarks.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.veikart.model.Identifiable;
import org.veikart.model.Indicator;
import org.veikart.model.Measure;
import org.veikart.model.PlanElement;
import org.veikart.model.Provenance;
import org.veikart.model.Strategy;
import org.veikart.model.VeikartFactory;

/**
 * Mutable state of one generation run: the seeded random source, the id allocator, the running
 * count of {@link Identifiable} objects and the pools later steps link to (actors, indicators,
 * measures). Every Identifiable the generator creates goes through {@link #add}, which is what
 * makes the element count exact.
 */
final class GenerationContext {

    final VeikartFactory factory = VeikartFactory.eINSTANCE;
    final Random random;
    final NorwegianText text;
    final String sourceName;
    final List<Indicator> indicators = new ArrayList<>();
    final List<Measure> measures = new ArrayList<>();
    final List<Strategy> leafStrategies = new ArrayList<>();
    ActorPool actors;
    SdgStubs sdg;

    private final IdAllocator ids;
    private int count;
    private int line;

    GenerationContext(long seed) {
        this.random = new Random(seed);
        this.ids = new IdAllocator(seed);
        this.sourceName = "synthetic/plan-" + Long.toHexString(seed) + ".txt";
        this.text = new NorwegianText(random);
    }

    /** Gives the element a fresh id and counts it. */
    <T extends Identifiable> T add(T element) {
        element.setId(ids.next(element.eClass()));
        count++;
        return element;
    }

    /** Records provenance the way an import from a text extract would (one line per statement). */
    <T extends PlanElement> T trace(T element) {
        Provenance provenance = factory.createProvenance();
        provenance.setSource(sourceName);
        provenance.setLine(++line);
        element.setProvenance(provenance);
        return element;
    }

    int count() {
        return count;
    }

    /** Uniform in [low, high], both inclusive. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
