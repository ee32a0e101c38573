package org.veikart.tools.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;

/**
 * Splits the metamodel into the diagrams that are drawn, because one diagram of ~36 classes and 13
 * enums with ~90 edges is unreadable: "structure" holds the plan's element tree (plan, goals,
 * focus areas, strategies, measures, actors, parts and the common supertypes); "details" holds
 * everything else (indicators and measurements, SDG catalogue and references, prose, sources, and
 * all enums). A classifier added to the metamodel later lands in "details" by default, so every
 * classifier is drawn in full exactly once.
 */
final class DiagramPartition {

    /** One diagram: file-name suffix, title, and the classifiers drawn in full on it. */
    record Part(String suffix, String title, Set<String> members) {
    }

    private static final Set<String> STRUCTURE = Set.of("PlanElement", "Plan",
            "PlanPart", "Period", "Term", "DocumentRelation", "Goal", "Quotation", "FocusArea", "Strategy", "Measure",
            "Schedule", "Cost", "Actor", "ActorRegistry");

    private DiagramPartition() {
    }

    static List<Part> parts(EPackage ePackage) {
        Set<String> structure = new LinkedHashSet<>();
        Set<String> details = new LinkedHashSet<>();
        for (EClassifier classifier : ePackage.getEClassifiers()) {
            (STRUCTURE.contains(classifier.getName()) ? structure : details).add(classifier.getName());
        }
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("structure", "plan structure", structure));
        parts.add(new Part("details", "indicators, SDG, prose and enumerations", details));
        return parts;
    }

    /** For each classifier, the title of the diagram that draws it in full. */
    static Map<String, String> homes(List<Part> parts) {
        Map<String, String> homes = new LinkedHashMap<>();
        for (Part part : parts) {
            part.members().forEach(name -> homes.put(name, "the " + part.suffix() + " diagram"));
        }
        return homes;
    }
}
