package org.veikart.dsl.formatting2;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Whether a resource's text can be formatted. Xtext builds its text region access before the
 * language's formatter runs, and that fails (NullPointerException) on nodes whose object has no
 * container: what parser recovery leaves after a syntax error, and what a single-valued clause written
 * twice leaves (the parser keeps the second object; see
 * {@link org.veikart.dsl.validation.RepeatedClauseValidator}, which reports it as an error).
 * Formatting such text is skipped, so the user sees the diagnostics instead of a failure.
 */
public final class FormattingPreconditions {

	private FormattingPreconditions() {
	}

	/** @return true if the resource has a model, no syntax errors and no orphaned objects in its node model */
	public static boolean canFormat(XtextResource resource) {
		IParseResult result = resource.getParseResult();
		if (result == null || result.getRootASTElement() == null || result.hasSyntaxErrors()
				|| resource.getContents().isEmpty()) {
			return false;
		}
		EObject root = result.getRootASTElement();
		for (INode node : result.getRootNode().getAsTreeIterable()) {
			EObject element = node.getSemanticElement();
			if (element != null && element != root && element.eContainer() == null) {
				return false;
			}
		}
		return true;
	}
}
