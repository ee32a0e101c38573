package org.veikart.tools.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * Model-to-graph: turns the classifiers of an {@link EPackage} selected by name into a
 * {@link ClassDiagram}: one node per EClass/EEnum sized by {@link BoxLayout}, inheritance edges
 * (all subclasses of one superclass leave from one port on its bottom, so they are drawn as one
 * tree), containment and non-containment edges labelled {@code feature [mult]}. Supertypes and
 * reference targets drawn on another diagram appear as small "see ..." boxes; other classifiers
 * outside the selection, and edges between two such boxes, are left out.
 */
final class EcoreGraphBuilder {

    private static final double EDGE_END_SPACING = 16;

    private final DiagramStyle style;

    EcoreGraphBuilder(DiagramStyle style) {
        this.style = style;
    }

    /**
     * @param members   names of the classifiers drawn in full
     * @param elsewhere for classifiers drawn on another diagram: the name of that diagram. Those
     *                  that are supertypes or reference targets of members appear as small boxes.
     */
    ClassDiagram build(String title, EPackage ePackage, Set<String> members, Map<String, String> elsewhere) {
        ClassDiagram diagram = new ClassDiagram(title, ElkGraphUtil.createGraph());
        Set<EClassifier> shown = new LinkedHashSet<>();
        for (EClassifier classifier : ePackage.getEClassifiers()) {
            if (members.contains(classifier.getName())) {
                shown.add(classifier);
            }
        }
        Set<EClassifier> neighbours = new LinkedHashSet<>();
        for (EClassifier classifier : shown) {
            if (classifier instanceof EClass eClass) {
                neighbours.addAll(eClass.getESuperTypes());
                eClass.getEReferences().forEach(r -> neighbours.add(r.getEReferenceType()));
            }
        }
        Map<EClassifier, ElkNode> nodes = new HashMap<>();
        for (EClassifier classifier : ePackage.getEClassifiers()) {
            if (shown.contains(classifier)) {
                nodes.put(classifier, node(diagram, box(classifier)));
            } else if (neighbours.contains(classifier) && elsewhere.containsKey(classifier.getName())) {
                ClassifierBox box = new ClassifierBox(classifier.getName(), ClassifierBox.Kind.ELSEWHERE,
                        List.of(elsewhere.get(classifier.getName())));
                nodes.put(classifier, node(diagram, box));
            }
        }
        Map<EClass, ElkPort> superPorts = new HashMap<>();
        for (EClassifier classifier : ePackage.getEClassifiers()) {
            if (!(classifier instanceof EClass eClass) || !nodes.containsKey(eClass)) {
                continue;
            }
            for (EClass superType : eClass.getESuperTypes()) {
                if (nodes.containsKey(superType) && (shown.contains(eClass) || shown.contains(superType))) {
                    ElkPort port = superPorts.computeIfAbsent(superType, s -> bottomPort(nodes.get(s)));
                    edge(diagram, port, nodes.get(eClass), EdgeKind.INHERITANCE, null);
                }
            }
            for (EReference reference : eClass.getEReferences()) {
                EClass type = reference.getEReferenceType();
                if (nodes.containsKey(type) && (shown.contains(eClass) || shown.contains(type))) {
                    EdgeKind kind = reference.isContainment() ? EdgeKind.CONTAINMENT : EdgeKind.REFERENCE;
                    edge(diagram, nodes.get(eClass), nodes.get(type), kind, reference.getName() + " " + multiplicity(reference));
                }
            }
        }
        widenForEdges(diagram);
        return diagram;
    }

    /**
     * Layered routing spreads a node's edge ends over the side they leave from (bottom) or enter at
     * (top); a box at least {@link #EDGE_END_SPACING} wide per end keeps neighbouring diamonds and
     * arrows apart (ELK does not grow nodes for the ports it creates itself).
     */
    private static void widenForEdges(ClassDiagram diagram) {
        for (ElkNode node : diagram.boxes.keySet()) {
            int out = node.getOutgoingEdges().size() + node.getPorts().size();
            int in = node.getIncomingEdges().size();
            node.setWidth(Math.max(node.getWidth(), EDGE_END_SPACING * (Math.max(out, in) + 1)));
        }
    }

    ClassifierBox box(EClassifier classifier) {
        if (classifier instanceof EEnum eEnum) {
            List<String> literals = eEnum.getELiterals().stream().map(EEnumLiteral::getName).toList();
            return new ClassifierBox(eEnum.getName(), ClassifierBox.Kind.ENUM, wrap(literals));
        }
        EClass eClass = (EClass) classifier;
        List<String> lines = new ArrayList<>();
        for (EAttribute attribute : eClass.getEAttributes()) {
            lines.add(attribute.getName() + " : " + typeName(attribute.getEAttributeType()) + " " + multiplicity(attribute)
                    + (attribute.isID() ? " {id}" : ""));
        }
        return new ClassifierBox(eClass.getName(),
                eClass.isAbstract() ? ClassifierBox.Kind.ABSTRACT_CLASS : ClassifierBox.Kind.CLASS, lines);
    }

    private ElkNode node(ClassDiagram diagram, ClassifierBox box) {
        ElkNode node = ElkGraphUtil.createNode(diagram.root);
        node.setIdentifier(box.name());
        BoxLayout layout = new BoxLayout(box, style);
        node.setDimensions(layout.width(), layout.height());
        diagram.boxes.put(node, box);
        return node;
    }

    private static ElkPort bottomPort(ElkNode node) {
        ElkPort port = ElkGraphUtil.createPort(node);
        port.setDimensions(1, 1);
        port.setProperty(CoreOptions.PORT_SIDE, PortSide.SOUTH);
        node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_SIDE);
        return port;
    }

    private void edge(ClassDiagram diagram, ElkConnectableShape source, ElkNode target, EdgeKind kind, String label) {
        ElkEdge edge = ElkGraphUtil.createSimpleEdge(source, target);
        if (label != null) {
            ElkLabel elkLabel = ElkGraphUtil.createLabel(label, edge);
            elkLabel.setDimensions(Math.ceil(style.width(label, style.edgeLabelFont)) + 4,
                    style.lineHeight(style.edgeLabelFont));
        }
        diagram.edges.put(edge, kind);
    }

    /** Enum literals joined with ", " into lines no wider than the style's wrap width. */
    private List<String> wrap(List<String> literals) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < literals.size(); i++) {
            String item = literals.get(i) + (i < literals.size() - 1 ? "," : "");
            String candidate = line.isEmpty() ? item : line + " " + item;
            if (!line.isEmpty() && style.width(candidate, style.memberFont) > style.enumWrapWidth) {
                lines.add(line.toString());
                line = new StringBuilder(item);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static String multiplicity(EStructuralFeature feature) {
        int lower = feature.getLowerBound();
        int upper = feature.getUpperBound();
        String high = upper < 0 ? "*" : Integer.toString(upper);
        return "[" + (lower == upper ? high : lower + ".." + high) + "]";
    }

    /** Ecore's data types by their Java names (EString -> String); the package's own types as named. */
    private static String typeName(EDataType type) {
        if (type.getEPackage() != EcorePackage.eINSTANCE) {
            return type.getName();
        }
        Class<?> instanceClass = type.getInstanceClass();
        return instanceClass != null ? instanceClass.getSimpleName() : type.getName();
    }
}
