package org.veikart.dsl.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Builds the {@link TextEdit}s of {@link FeatureEdits} from the node model and the grammar: which
 * tokens hold a value, how far the clause around them reaches, and how a new clause is written
 * (its keywords from the grammar, its value by {@link ValueTokens}). Takes the plan's original text;
 * every answer is an edit of that text, or empty when the change has no such edit (a required value,
 * a header value, a value the grammar writes in several tokens).
 */
final class ClauseWriter {

	private static final String STEP = "  ";

	private final String text;
	private final ValueTokens tokens = new ValueTokens();

	ClauseWriter(String text) {
		this.text = text;
	}

	/** @return the edit that writes {@code value} over the value's tokens {@code nodes} */
	Optional<TextEdit> replace(EObject element, List<INode> nodes, Object value) {
		INode first = nodes.get(0);
		INode last = nodes.get(nodes.size() - 1);
		Assignment assignment = EcoreUtil2.getContainerOfType(first.getGrammarElement(), Assignment.class);
		if (assignment == null) {
			return Optional.empty();
		}
		if (assignment.getTerminal() instanceof Keyword) {
			return Optional.of(new TextEdit(first.getOffset(), 0, "")); // a flag that stays set
		}
		if (!(element.eClass().getEStructuralFeature(assignment.getFeature()) instanceof EReference) && nodes.size() != 1) {
			return Optional.empty();
		}
		Optional<String> token = tokens.token(element, assignment, value);
		int end = last.getOffset() + last.getLength();
		return token.map(t -> new TextEdit(first.getOffset(), end - first.getOffset(), t));
	}

	/** @return the edit that removes the clause holding {@code nodes}: its line if alone on it */
	Optional<TextEdit> remove(List<INode> nodes) {
		INode first = nodes.get(0);
		INode last = nodes.get(nodes.size() - 1);
		Assignment assignment = EcoreUtil2.getContainerOfType(first.getGrammarElement(), Assignment.class);
		if (assignment == null) {
			return Optional.empty();
		}
		int start = first.getOffset();
		int end = last.getOffset() + last.getLength();
		EObject container = assignment.eContainer();
		if (!"?".equals(assignment.getCardinality()) && !(container instanceof Alternatives)) {
			if (!(container instanceof Group group) || group.getCardinality() == null && !(group.eContainer() instanceof Alternatives)) {
				return Optional.empty(); // a value the rule requires where it stands
			}
			start = clauseStart(first, group);
			end = clauseEnd(last, group);
		}
		int lineStart = text.lastIndexOf('\n', start - 1) + 1;
		int lineEnd = text.indexOf('\n', end);
		lineEnd = lineEnd < 0 ? text.length() : lineEnd;
		if (text.substring(lineStart, start).isBlank() && text.substring(end, lineEnd).isBlank()) {
			return Optional.of(new TextEdit(lineStart, Math.min(lineEnd + 1, text.length()) - lineStart, ""));
		}
		while (start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
			start--;
		}
		return Optional.of(new TextEdit(start, end - start, ""));
	}

	/** @return the edit that adds a clause for {@code feature} at the end of the element's block (made if missing) */
	Optional<TextEdit> insert(EObject element, ICompositeNode node, EStructuralFeature feature, Object value) {
		AbstractRule rule = rule(node);
		Assignment assignment = rule == null ? null : assignment(rule, feature.getName(), new ArrayList<>());
		if (assignment == null) {
			return Optional.empty();
		}
		Optional<String> clause = clause(element, assignment, value);
		if (clause.isEmpty()) {
			return Optional.empty();
		}
		int lineStart = text.lastIndexOf('\n', node.getOffset() - 1) + 1;
		String indent = text.substring(lineStart, node.getOffset());
		indent = indent.isBlank() ? indent : indent.replaceAll("\\S.*", "");
		ILeafNode close = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getGrammarElement() instanceof Keyword k && k.getValue().equals("}")
					&& NodeModelUtils.findActualSemanticObjectFor(leaf) == element) {
				close = leaf;
			}
		}
		if (close == null) {
			if (GrammarUtil.containedKeywords(rule).stream().noneMatch(k -> k.getValue().equals("{"))) {
				return Optional.empty();
			}
			int end = node.getOffset() + node.getLength();
			return Optional.of(new TextEdit(end, 0, " {\n" + indent + STEP + clause.get() + "\n" + indent + "}"));
		}
		int closeLine = text.lastIndexOf('\n', close.getOffset() - 1) + 1;
		if (text.substring(closeLine, close.getOffset()).isBlank()) {
			return Optional.of(new TextEdit(closeLine, 0, indent + STEP + clause.get() + "\n"));
		}
		return Optional.of(new TextEdit(close.getOffset(), 0, clause.get() + " "));
	}

	/** @return the clause's text: its keywords and the value, required parts only ({@code status completed}) */
	private Optional<String> clause(EObject element, Assignment assignment, Object value) {
		EObject container = assignment.eContainer();
		if (container instanceof Alternatives) {
			return assignment.getTerminal() instanceof Keyword k && Boolean.TRUE.equals(value)
					? Optional.of(k.getValue()) : Optional.empty();
		}
		if (!(container instanceof Group group) || !(group.eContainer() instanceof Alternatives)) {
			return Optional.empty(); // a header value (title, code): left to the serializer
		}
		List<String> parts = new ArrayList<>();
		for (AbstractElement part : group.getElements()) {
			if (part == assignment) {
				Optional<String> token = tokens.token(element, assignment, value);
				if (token.isEmpty()) {
					return Optional.empty();
				}
				parts.add(token.get());
			} else if (part instanceof Keyword k && part.getCardinality() == null) {
				parts.add(k.getValue());
			} else if (part.getCardinality() == null) {
				return Optional.empty(); // another required value
			}
		}
		return Optional.of(String.join(" ", parts));
	}

	private int clauseStart(INode from, Group group) {
		INode node = from;
		int start = from.getOffset();
		for (INode previous = node.getPreviousSibling(); previous != null; previous = previous.getPreviousSibling()) {
			if (previous instanceof ILeafNode leaf && leaf.isHidden()) {
				continue;
			}
			if (previous.getGrammarElement() == null || !EcoreUtil.isAncestor(group, previous.getGrammarElement())) {
				break;
			}
			start = previous.getOffset();
		}
		return start;
	}

	private int clauseEnd(INode from, Group group) {
		int end = from.getOffset() + from.getLength();
		for (INode next = from.getNextSibling(); next != null; next = next.getNextSibling()) {
			if (next instanceof ILeafNode leaf && leaf.isHidden()) {
				continue;
			}
			if (next.getGrammarElement() == null || !EcoreUtil.isAncestor(group, next.getGrammarElement())) {
				break;
			}
			end = next.getOffset() + next.getLength();
		}
		return end;
	}

	private static AbstractRule rule(ICompositeNode node) {
		EObject grammarElement = node.getGrammarElement();
		if (grammarElement instanceof RuleCall call) {
			return call.getRule();
		}
		if (grammarElement instanceof ParserRule rule) {
			return rule;
		}
		return grammarElement == null ? null : GrammarUtil.containingRule(grammarElement);
	}

	/** @return the assignment of {@code feature} in {@code rule} or the fragments it calls */
	private static Assignment assignment(AbstractRule rule, String feature, List<AbstractRule> seen) {
		if (seen.contains(rule)) {
			return null;
		}
		seen.add(rule);
		for (Assignment assignment : GrammarUtil.containedAssignments(rule)) {
			if (assignment.getFeature().equals(feature)) {
				return assignment;
			}
		}
		for (RuleCall call : GrammarUtil.containedRuleCalls(rule)) {
			// fragments add their clauses to the rule; an unassigned call (PlanFile: Plan | ...) is the rule itself
			if (call.getRule() instanceof ParserRule called && (called.isFragment() || !(call.eContainer() instanceof Assignment))) {
				Assignment found = assignment(called, feature, seen);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
