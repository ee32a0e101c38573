package org.veikart.dsl.ide.highlighting;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.veikart.model.VeikartPackage;

/**
 * Semantic highlighting (LSP semantic tokens). Styles are LSP token type names, so the language
 * server passes them on unchanged:
 * <ul>
 * <li>{@link #KEYWORD} for keywords, including the words of enumerations ({@code concretises});</li>
 * <li>{@link #ID} with modifier {@link #DECLARATION} for the id that declares an element, {@link #ID}
 * alone for a reference to an element, actor or plan ({@code plan.element} as one token);</li>
 * <li>{@link #SDG} for SDG goal numbers and target codes ({@code 8}, {@code 8.2});</li>
 * <li>{@link #CODE} for printed codes ({@code code "Strategi A"}).</li>
 * </ul>
 * Tokens never overlap and come in document order; comments and strings keep the editor's lexical
 * colouring.
 */
public class PlanHighlighting implements ISemanticHighlightingCalculator {

	public static final String KEYWORD = "keyword";
	public static final String ID = "variable";
	public static final String DECLARATION = "declaration";
	public static final String SDG = "enumMember";
	public static final String CODE = "property";

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		if (resource == null || resource.getParseResult() == null) {
			return;
		}
		int coveredUntil = -1;
		for (INode node : resource.getParseResult().getRootNode().getAsTreeIterable()) {
			if (node.getOffset() < coveredUntil || node.getLength() == 0) {
				continue;
			}
			EObject grammarElement = node.getGrammarElement();
			CrossReference reference = grammarElement == null ? null : GrammarUtil.containingCrossReference(grammarElement);
			if (reference != null && !(node instanceof ILeafNode leaf && leaf.isHidden())) {
				// the whole reference (plan.element, 8.2) is one token
				acceptor.addPosition(node.getOffset(), node.getLength(), isSdg(reference) ? SDG : ID);
				coveredUntil = node.getEndOffset();
			} else if (node instanceof ILeafNode leaf && !leaf.isHidden()) {
				highlightLeaf(leaf, acceptor);
			}
		}
	}

	private static void highlightLeaf(ILeafNode leaf, IHighlightedPositionAcceptor acceptor) {
		EObject grammarElement = leaf.getGrammarElement();
		if (grammarElement instanceof Keyword keyword && Character.isLetter(keyword.getValue().charAt(0))
				|| grammarElement instanceof EnumLiteralDeclaration) {
			acceptor.addPosition(leaf.getOffset(), leaf.getLength(), KEYWORD);
			return;
		}
		Assignment assignment = grammarElement == null ? null : GrammarUtil.containingAssignment(grammarElement);
		if (assignment == null) {
			return;
		}
		if ("id".equals(assignment.getFeature())) {
			acceptor.addPosition(leaf.getOffset(), leaf.getLength(), ID, DECLARATION);
		} else if ("code".equals(assignment.getFeature())) {
			acceptor.addPosition(leaf.getOffset(), leaf.getLength(), CODE);
		}
	}

	private static boolean isSdg(CrossReference reference) {
		EClass type = reference.getType() == null ? null : (EClass) reference.getType().getClassifier();
		return type == VeikartPackage.Literals.SDG_GOAL || type == VeikartPackage.Literals.SDG_TARGET;
	}
}
