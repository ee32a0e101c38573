package org.veikart.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.veikart.model.Goal;
import org.veikart.model.Plan;
import org.veikart.model.SdgReference;
import org.veikart.model.VeikartFactory;
import org.veikart.model.VeikartPackage;
import org.veikart.model.ids.ElementIds;
import org.veikart.model.io.PlanResources;
import org.veikart.sdg.Sdgs;

/**
 * Writes small plan files for the command-line tests: valid ones through the model API and
 * {@link PlanResources#save}, broken ones by editing the saved XMI text.
 */
public final class TestPlans {

    private static final VeikartFactory FACTORY = VeikartFactory.eINSTANCE;

    private TestPlans() {
    }

    /**
     * Saves a valid plan with two titled goals, the second referencing SDG target 8.2.
     *
     * @param file where to save; parent folders are created
     * @return {@code file}
     */
    public static Path writePlan(Path file) throws IOException {
        return writePlan(file, "Hovedmål 2");
    }

    /** As {@link #writePlan(Path)} but with the given title for the second goal (blank gives a warning). */
    public static Path writePlan(Path file, String secondGoalTitle) throws IOException {
        return writePlan(file, secondGoalTitle, newGoalId(), newGoalId());
    }

    /** Saves a valid plan, then gives its second goal the id of the first (an error for the checker). */
    public static Path writePlanWithDuplicateIds(Path file) throws IOException {
        String first = newGoalId();
        String second = newGoalId();
        writePlan(file, "Hovedmål 2", first, second);
        return replace(file, second, first);
    }

    /** Saves a valid plan, then cuts the XMI off in the middle, inside the second goal (not well-formed XML). */
    public static Path writeTruncatedPlan(Path file) throws IOException {
        String second = newGoalId();
        writePlan(file, "Hovedmål 2", newGoalId(), second);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.substring(0, text.indexOf(second)), StandardCharsets.UTF_8);
        return file;
    }

    // ids are random, so plans in one run (one resource set) never share ids by accident
    private static Path writePlan(Path file, String secondGoalTitle, String firstGoalId, String secondGoalId)
            throws IOException {
        Plan plan = FACTORY.createPlan();
        plan.setId(ElementIds.newId(VeikartPackage.Literals.PLAN));
        plan.setTitle("Strategi for næringsutvikling");
        plan.getGoals().add(goal(firstGoalId, "Hovedmål 1"));
        Goal second = goal(secondGoalId, secondGoalTitle);
        SdgReference reference = FACTORY.createSdgReference();
        reference.setTarget(Sdgs.target("8.2"));
        reference.setLabel("FNs bærekraftsmål 8.2");
        second.getSdgReferences().add(reference);
        plan.getGoals().add(second);

        Files.createDirectories(file.toAbsolutePath().getParent());
        ResourceSet resourceSet = PlanResources.newResourceSet();
        Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.getContents().add(plan);
        PlanResources.save(resource, file);
        return file;
    }

    /** Replaces every occurrence of {@code from} in the file's text; fails if there is none. */
    public static Path replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " does not contain " + from + ":\n" + text);
        }
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        return file;
    }

    private static String newGoalId() {
        return ElementIds.newId(VeikartPackage.Literals.GOAL);
    }

    private static Goal goal(String id, String title) {
        Goal goal = FACTORY.createGoal();
        goal.setId(id);
        goal.setTitle(title);
        return goal;
    }
}
