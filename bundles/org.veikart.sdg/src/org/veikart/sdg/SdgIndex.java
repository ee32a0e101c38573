package org.veikart.sdg;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.veikart.model.SdgCatalogue;
import org.veikart.model.SdgGoal;
import org.veikart.model.SdgTarget;

/**
 * Finds goals and targets of one catalogue by number or code. Built once from a catalogue that
 * is not modified afterwards; after construction it is read-only and safe to share between threads.
 */
final class SdgIndex {

    private final Map<Integer, SdgGoal> goals = new HashMap<>();
    private final Map<String, SdgTarget> targets = new HashMap<>();
    private final List<String> references = new ArrayList<>();

    /** @param catalogue a complete catalogue; its goals and targets are indexed as they are now */
    SdgIndex(SdgCatalogue catalogue) {
        for (SdgGoal goal : catalogue.getGoals()) {
            goals.put(goal.getNumber(), goal);
            references.add(String.valueOf(goal.getNumber()));
            for (SdgTarget target : goal.getTargets()) {
                targets.put(target.getCode(), target);
                references.add(target.getCode());
            }
        }
    }

    /** @return every goal number and target code, in catalogue order; unmodifiable */
    List<String> references() {
        return Collections.unmodifiableList(references);
    }

    /** @throws UnknownSdgException if there is no goal with that number */
    SdgGoal goal(int number) {
        SdgGoal goal = goals.get(number);
        if (goal == null) {
            throw UnknownSdgException.unknownGoal(String.valueOf(number), goals.size());
        }
        return goal;
    }

    /** @throws UnknownSdgException if the code is malformed, a goal, or not in the catalogue */
    SdgTarget target(String code) {
        SdgCode parsed = SdgCode.parse(code);
        if (!parsed.isTarget()) {
            throw new UnknownSdgException("\"" + code + "\" is a goal, not a target: write a target code such as "
                    + parsed.goal() + ".1");
        }
        return (SdgTarget) find(parsed, code.strip());
    }

    /**
     * @return the goal or target
     * @throws UnknownSdgException as described in {@link Sdgs#lookup}
     */
    EObject lookup(String reference) {
        return find(SdgCode.parse(reference), reference.strip());
    }

    boolean contains(String reference) {
        try {
            lookup(reference);
            return true;
        } catch (UnknownSdgException e) {
            return false;
        }
    }

    private EObject find(SdgCode code, String asWritten) {
        SdgGoal goal = goals.get(code.goal());
        if (!code.isTarget()) {
            if (goal == null) {
                throw UnknownSdgException.unknownGoal(asWritten, goals.size());
            }
            return goal;
        }
        if (goal == null) {
            throw UnknownSdgException.unknownTargetOfUnknownGoal(asWritten, goals.size());
        }
        SdgTarget target = targets.get(code.toString());
        if (target == null) {
            throw UnknownSdgException.unknownTarget(asWritten, goal.getNumber(), describeTargets(goal));
        }
        return target;
    }

    /** "8.1-8.10, 8.a, 8.b": numbered targets as a range when they have no gaps. */
    private static String describeTargets(SdgGoal goal) {
        List<String> numbered = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (SdgTarget target : goal.getTargets()) {
            (SdgCode.parse(target.getCode()).isLettered() ? parts : numbered).add(target.getCode());
        }
        boolean gapless = numbered.size() > 1
                && SdgCode.parse(numbered.get(numbered.size() - 1)).targetNumber() == numbered.size();
        if (gapless) {
            parts.add(0, numbered.get(0) + "-" + numbered.get(numbered.size() - 1));
        } else {
            parts.addAll(0, numbered);
        }
        return String.join(", ", parts);
    }
}
