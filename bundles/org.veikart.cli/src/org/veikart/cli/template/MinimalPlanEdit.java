package org.veikart.cli.template;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.veikart.dsl.PlanStandaloneSetup;
import org.veikart.dsl.workspace.PlanWorkspace;
import org.veikart.model.Indicator;
import org.veikart.model.Plan;
import org.veikart.model.VeikartPackage;

/**
 * Writes the changes a template command made to a parsed plan as insertions into the plan's original
 * text, so everything the command did not touch stays byte for byte. Take a {@link #snapshot} before
 * changing the model, then call {@link #text}. Supported changes: new contained elements (each
 * serialized on its own, indented to its container's level and inserted after the last sibling of the
 * same feature, before the container's closing brace, or in a new {@code { }} block) and new
 * {@code measured-by} links on existing elements. The result is re-parsed with the plan's folder and
 * must equal the changed model; otherwise (other kinds of change) it answers empty and the caller
 * falls back to serializing the whole plan.
 */
final class MinimalPlanEdit {

	private static final EReference MEASURED_BY = VeikartPackage.eINSTANCE.getPlanElement_MeasuredBy();

	private record Edit(int offset, int length, String text) {
		Edit(int offset, String text) {
			this(offset, 0, text);
		}
	}

	private final XtextResource resource;
	private String problem = "";
	private final String original;
	private final Set<EObject> existing = Collections.newSetFromMap(new IdentityHashMap<>());
	private final Map<EObject, List<Indicator>> measuredBy = new IdentityHashMap<>();
	private final Map<EObject, Map<EAttribute, Object>> strings = new IdentityHashMap<>();
	private final Map<EObject, EObject> containers = new IdentityHashMap<>();

	private MinimalPlanEdit(XtextResource resource) {
		this.resource = resource;
		this.original = resource.getParseResult().getRootNode().getText();
		for (EObject object : (Iterable<EObject>) () -> EcoreUtil.getAllContents(resource, false)) {
			existing.add(object);
			containers.put(object, object.eContainer());
			Map<EAttribute, Object> values = new LinkedHashMap<>();
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				if (!attribute.isDerived() && !attribute.isTransient()) {
					values.put(attribute, value(object, attribute));
				}
			}
			strings.put(object, values);
			if (object instanceof org.veikart.model.PlanElement element) {
				measuredBy.put(object, new ArrayList<>(element.getMeasuredBy()));
			}
		}
	}

	/** @return a snapshot of {@code plan}'s text and content, or empty if it was not parsed from text */
	static Optional<MinimalPlanEdit> snapshot(Plan plan) {
		if (plan.eResource() instanceof XtextResource xtext && xtext.getParseResult() != null) {
			return Optional.of(new MinimalPlanEdit(xtext));
		}
		return Optional.empty();
	}

	/**
	 * @param file the plan's file (its folder's other plans resolve references when checking)
	 * @return the original text with the changes inserted, or empty when they cannot be written that way
	 */
	Optional<String> text(Path file) {
		try {
			List<Edit> edits = new ArrayList<>();
			// elements with a change that is not a string token (an enum, a number, a new optional value) are
			// written anew as a whole, if they hold no other plan elements
			Set<EObject> rewritten = Collections.newSetFromMap(new IdentityHashMap<>());
			for (EObject object : existing) {
				if (object.eResource() == resource && !tokenEditable(object)) {
					if (object.eContents().stream().anyMatch(org.veikart.model.PlanElement.class::isInstance)) {
						throw new IllegalStateException("a value of " + object.eClass().getName() + " changed that is not a text");
					}
					rewritten.add(object);
				}
			}
			for (EObject object : (Iterable<EObject>) () -> EcoreUtil.getAllContents(resource, false)) {
				if (inside(object, rewritten)) {
					if (rewritten.contains(object)) {
						ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
						String indent = lineIndent(node.getOffset());
						edits.add(new Edit(node.getOffset(), node.getLength(),
								indented(serialize(object), indent).substring(indent.length())));
					}
					continue;
				}
				EObject container = object.eContainer();
				if (!existing.contains(object) && container != null && existing.contains(container)) {
					addClause(edits, container, object.eContainmentFeature(), serialize(object));
				}
				if (existing.contains(object) && object instanceof org.veikart.model.PlanElement element) {
					List<Indicator> added = new ArrayList<>(element.getMeasuredBy());
					added.removeAll(measuredBy.get(object));
					if (!added.isEmpty()) {
						addClause(edits, object, MEASURED_BY,
								"measured-by " + String.join(", ", added.stream().map(Indicator::getId).toList()));
					}
				}
				if (existing.contains(object)) {
					replaceChangedStrings(edits, object);
				}
			}
			for (EObject object : existing) {
				EObject container = containers.get(object);
				if (object.eResource() != resource && container != null && existing.contains(container)
						&& container.eResource() == resource && !inside(container, rewritten)) {
					remove(edits, object);
				}
			}
			StringBuilder text = new StringBuilder(original);
			// from the end backwards; at one offset the last edit first, so insertions come out in order
			List<Integer> order = new ArrayList<>();
			for (int i = 0; i < edits.size(); i++) {
				order.add(i);
			}
			order.sort((a, b) -> edits.get(a).offset() != edits.get(b).offset()
					? Integer.compare(edits.get(b).offset(), edits.get(a).offset()) : Integer.compare(b, a));
			for (int i : order) {
				Edit edit = edits.get(i);
				text.replace(edit.offset(), edit.offset() + edit.length(), edit.text());
			}
			return sameModel(file, text.toString()) ? Optional.of(text.toString()) : Optional.empty();
		} catch (RuntimeException e) {
			problem = e.getMessage();
			return Optional.empty();
		}
	}

	/** @return why the last {@link #text} answered empty (for the user's note) */
	String problem() {
		return problem;
	}

	private static Object value(EObject object, EAttribute attribute) {
		Object value = object.eGet(attribute);
		return attribute.isMany() ? new ArrayList<>((List<?>) value) : value;
	}

	private static boolean inside(EObject object, Set<EObject> rewritten) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (rewritten.contains(o)) {
				return true;
			}
		}
		return false;
	}

	/** @return true if every changed attribute of {@code object} is a string written once in the text */
	private boolean tokenEditable(EObject object) {
		for (Map.Entry<EAttribute, Object> before : strings.get(object).entrySet()) {
			EAttribute attribute = before.getKey();
			Object now = value(object, attribute);
			if (java.util.Objects.equals(now, before.getValue())) {
				continue;
			}
			if (attribute.isMany() || attribute.getEAttributeType().getInstanceClass() != String.class || now == null
					|| before.getValue() == null) {
				return false;
			}
			List<INode> nodes = NodeModelUtils.findNodesForFeature(object, attribute);
			if (nodes.size() != 1 || !(nodes.get(0).getGrammarElement() instanceof RuleCall)) {
				return false;
			}
		}
		return true;
	}

	/** A changed string value written once in the text: exactly its token is replaced (as the CSV import does). */
	private void replaceChangedStrings(List<Edit> edits, EObject object) {
		for (Map.Entry<EAttribute, Object> before : strings.get(object).entrySet()) {
			Object now = object.eGet(before.getKey());
			if (java.util.Objects.equals(now, before.getValue())) {
				continue;
			}
			List<INode> nodes = NodeModelUtils.findNodesForFeature(object, before.getKey());
			if (now == null || nodes.size() != 1 || !(nodes.get(0).getGrammarElement() instanceof RuleCall call)) {
				throw new IllegalStateException("not a token replacement"); // the whole plan is serialized instead
			}
			String token = PlanStandaloneSetup.doSetup().getInstance(IValueConverterService.class).toString(now,
					call.getRule().getName());
			edits.add(new Edit(nodes.get(0).getOffset(), nodes.get(0).getLength(), token));
		}
	}

	/** Removes a deleted element's text, with its line when it stands on lines of its own. */
	private void remove(List<Edit> edits, EObject object) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		if (node == null) {
			throw new IllegalStateException("no text for " + object);
		}
		int start = node.getOffset();
		int end = node.getEndOffset();
		int lineStart = original.lastIndexOf('\n', start - 1) + 1;
		int lineEnd = original.indexOf('\n', end);
		if (original.substring(lineStart, start).isBlank() && lineEnd >= 0 && original.substring(end, lineEnd).isBlank()) {
			start = lineStart;
			end = lineEnd + 1;
		}
		edits.add(new Edit(start, end - start, ""));
	}

	private String serialize(EObject object) {
		return PlanStandaloneSetup.doSetup().getInstance(ISerializer.class).serialize(object,
				SaveOptions.newBuilder().format().getOptions());
	}

	/** Adds an edit that puts {@code clause} (one or more lines) into {@code container} as a value of {@code feature}. */
	private void addClause(List<Edit> edits, EObject container, EStructuralFeature feature, String clause) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(container);
		if (node == null) {
			throw new IllegalStateException("no text for " + container);
		}
		String indent = lineIndent(node.getOffset());
		String childIndent = indent + indentUnit();
		String lines = indented(clause, childIndent);
		List<INode> siblings = NodeModelUtils.findNodesForFeature(container, feature);
		if (!siblings.isEmpty()) {
			INode last = siblings.get(siblings.size() - 1);
			String gap = "\n";
			if (siblings.size() > 1) {
				INode previous = siblings.get(siblings.size() - 2);
				gap = original.substring(previous.getEndOffset(), last.getOffset()).contains("\n\n") ? "\n\n" : "\n";
			}
			edits.add(new Edit(last.getEndOffset(), gap + lines));
			return;
		}
		// the container's block ends with its last real token, a '}' (the root node may wrap the plan's node)
		ILeafNode close = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				close = leaf.getGrammarElement() instanceof Keyword k && k.getValue().equals("}") ? leaf : null;
			}
		}
		if (close == null) {
			edits.add(new Edit(node.getEndOffset(), " {\n" + lines + "\n" + indent + "}"));
			return;
		}
		int lineStart = original.lastIndexOf('\n', close.getOffset() - 1) + 1;
		if (original.substring(lineStart, close.getOffset()).isBlank()) {
			edits.add(new Edit(lineStart, lines + "\n"));
		} else {
			edits.add(new Edit(close.getOffset(), "\n" + lines + "\n" + indent));
		}
	}

	private String lineIndent(int offset) {
		int start = original.lastIndexOf('\n', offset - 1) + 1;
		int end = start;
		while (end < original.length() && (original.charAt(end) == ' ' || original.charAt(end) == '\t')) {
			end++;
		}
		return original.substring(start, end);
	}

	/** The file's own indentation step: the leading white space of its first indented line (two spaces if none). */
	private String indentUnit() {
		for (String line : original.split("\n")) {
			if (!line.isBlank() && (line.startsWith(" ") || line.startsWith("\t"))) {
				return line.substring(0, line.length() - line.stripLeading().length());
			}
		}
		return "  ";
	}

	/** Removes {@code text}'s common indentation and indents it by {@code indent}. */
	static String indented(String text, String indent) {
		String[] lines = text.strip().split("\r?\n");
		int common = Integer.MAX_VALUE;
		for (int i = 1; i < lines.length; i++) {
			if (!lines[i].isBlank()) {
				common = Math.min(common, lines[i].length() - lines[i].stripLeading().length());
			}
		}
		// the first line was stripped; the others are relative to the closing brace's indentation
		String closing = lines.length > 1 ? lines[lines.length - 1] : "";
		int base = lines.length > 1 ? closing.length() - closing.stripLeading().length() : 0;
		base = Math.min(base, common == Integer.MAX_VALUE ? 0 : common);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < lines.length; i++) {
			String line = i == 0 ? lines[i] : lines[i].length() >= base ? lines[i].substring(base) : lines[i].stripLeading();
			out.append(i == 0 ? "" : "\n").append(line.isBlank() ? "" : indent + line);
		}
		return out.toString();
	}

	/** @return true if {@code text} parses, in the plan's folder, to a model equal to the changed one */
	private boolean sameModel(Path file, String text) {
		PlanWorkspace workspace = PlanWorkspace.create();
		XtextResourceSet set = workspace.newResourceSet();
		PlanFiles.loadNeighbours(workspace, set, file);
		Resource parsed = workspace.parse(set, resource.getURI(), text);
		if (parsed.getContents().isEmpty() || ((XtextResource) parsed).getParseResult().hasSyntaxErrors()) {
			INode error = ((XtextResource) parsed).getParseResult().getSyntaxErrors().iterator().next();
			int from = text.lastIndexOf('\n', error.getOffset() - 1) + 1;
			int to = text.indexOf('\n', error.getOffset());
			problem = "the edited text does not parse at line " + error.getStartLine() + " ("
					+ error.getSyntaxErrorMessage().getMessage() + "): " + text.substring(from, to < 0 ? text.length() : to).strip();
			return false;
		}
		EcoreUtil.resolveAll(set);
		@SuppressWarnings("serial")
		EcoreUtil.EqualityHelper equality = new EcoreUtil.EqualityHelper() {
			@Override
			protected boolean haveEqualFeature(EObject a, EObject b, EStructuralFeature feature) {
				boolean equal = super.haveEqualFeature(a, b, feature);
				if (!equal && problem.isEmpty()) {
					problem = "the edited text differs from the changed plan in " + a.eClass().getName() + "." + feature.getName();
				}
				return equal;
			}
		};
		return equality.equals(resource.getContents().get(0), parsed.getContents().get(0));
	}
}
