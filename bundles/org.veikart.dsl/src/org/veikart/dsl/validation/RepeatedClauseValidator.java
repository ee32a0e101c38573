package org.veikart.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

/**
 * ERROR {@link PlanIssueCodes#REPEATED_CLAUSE}: clauses may come in any order, so the grammar cannot
 * forbid writing one that sets a single value twice ({@code text "a"} ... {@code text "b"}). The parser
 * keeps the last value and the first would be lost without a word; this check reports every later
 * occurrence, at its position (a warning on an element marked missing-in-source, like every error).
 */
public class RepeatedClauseValidator extends ComposedPlanValidator {

	@Check
	public void checkSingleValuesAreWrittenOnce(EObject element) {
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature.isMany() || feature.isDerived() || feature.isTransient()) {
				continue;
			}
			List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
			for (INode repeated : nodes.subList(Math.min(1, nodes.size()), nodes.size())) {
				String message = "'" + feature.getName() + "' is given more than once in "
						+ PlanValidator.describe(element) + ": only the last value would be kept; remove the other";
				if (PlanValidator.errorOrWarning(element) == Severity.WARNING) {
					getMessageAcceptor().acceptWarning(message, element, repeated.getOffset(), repeated.getLength(),
							PlanIssueCodes.REPEATED_CLAUSE);
				} else {
					getMessageAcceptor().acceptError(message, element, repeated.getOffset(), repeated.getLength(),
							PlanIssueCodes.REPEATED_CLAUSE);
				}
			}
		}
	}
}
