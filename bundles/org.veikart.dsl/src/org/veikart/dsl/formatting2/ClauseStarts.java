package org.veikart.dsl.formatting2;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.veikart.dsl.services.PlanGrammarAccess;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Decides from the grammar which tokens start a clause: a token starts a clause when it is the first
 * token of an element that stands directly between '{' and '}' of a rule (for example the keyword
 * {@code text} of {@code 'text' text=STRING}, or the first token of a child element). For the first
 * token of a rule or fragment the decision follows the places that call it (a goal starts a clause
 * where {@code goals+=Goal} stands in a loop; a measurement does not, since {@code 'baseline'} comes
 * first). Only the grammar decides, never the node model, so text parsed from a file and text
 * written by the serializer get the same layout.
 * Results are cached per grammar element; the grammar never changes at run time.
 */
@Singleton
public class ClauseStarts {

	private final Map<EObject, Boolean> cache = new HashMap<>();
	private final Map<AbstractRule, List<RuleCall>> callers = new HashMap<>();

	@Inject
	public ClauseStarts(PlanGrammarAccess grammarAccess) {
		for (AbstractRule rule : GrammarUtil.allRules(grammarAccess.getGrammar())) {
			for (RuleCall call : GrammarUtil.containedRuleCalls(rule)) {
				callers.computeIfAbsent(call.getRule(), key -> new java.util.ArrayList<>()).add(call);
			}
		}
	}

	/** @return true if the region is the first token of a clause inside braces */
	public boolean startsClause(ISemanticRegion region) {
		return region.getGrammarElement() instanceof AbstractElement element && isClauseStart(element);
	}

	synchronized boolean isClauseStart(AbstractElement element) {
		Boolean known = cache.get(element);
		if (known == null) {
			known = compute(element, new HashSet<>());
			cache.put(element, known);
		}
		return known;
	}

	private boolean compute(EObject element, Set<EObject> visiting) {
		if (!visiting.add(element)) {
			return false; // a cycle through fragments: this path adds nothing
		}
		try {
			return computeOnPath(element, visiting);
		} finally {
			visiting.remove(element);
		}
	}

	private boolean computeOnPath(EObject element, Set<EObject> visiting) {
		EObject container = element.eContainer();
		if (container instanceof Assignment || container instanceof CrossReference || container instanceof Alternatives) {
			return compute(container, visiting);
		}
		if (container instanceof Group group) {
			List<AbstractElement> elements = group.getElements();
			int index = elements.indexOf(element);
			if (isBodyOf(elements, index)) {
				return true;
			}
			return index == 0 && compute(group, visiting);
		}
		if (container instanceof ParserRule rule) {
			// the first token of a rule (or fragment) starts a clause where the rule is called as one
			for (RuleCall call : callers.getOrDefault(rule, List.of())) {
				if (compute(call, visiting)) {
					return true;
				}
			}
		}
		return false;
	}

	/** @return true if elements[index] stands after a '{' of the group and is not a brace itself */
	private static boolean isBodyOf(List<AbstractElement> elements, int index) {
		if (elements.get(index) instanceof Keyword keyword && ("{".equals(keyword.getValue()) || "}".equals(keyword.getValue()))) {
			return false;
		}
		for (int i = 0; i < index; i++) {
			if (elements.get(i) instanceof Keyword keyword && "{".equals(keyword.getValue())) {
				return true;
			}
		}
		return false;
	}
}
