package org.veikart.dsl.ide.quickfix;

import java.time.Year;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.veikart.model.Indicator;
import org.veikart.model.Plan;
import org.veikart.model.SdgReference;

/**
 * The text edits behind the quick fixes, computed on the document text around an element's node.
 * Each method returns null when the element is not of the expected kind (a stale diagnostic).
 */
final class TextEdits {

	private TextEdits() {
	}

	/** @return the innermost model element whose text contains {@code offset}, or null */
	static EObject elementAt(XtextResource resource, int offset) {
		if (resource.getParseResult() == null) {
			return null;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		return leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
	}

	/**
	 * Removes an SDG tag: its whole line when nothing else stands on that line, else the tag and the
	 * blank before it.
	 */
	static TextEdit removeSdgTag(Document document, EObject element) {
		if (!(element instanceof SdgReference tag) || NodeModelUtils.getNode(tag) == null) {
			return null;
		}
		ICompositeNode node = NodeModelUtils.getNode(tag);
		String text = document.getContents();
		int start = node.getOffset();
		int end = node.getEndOffset();
		int lineStart = text.lastIndexOf('\n', start - 1) + 1;
		int lineEnd = text.indexOf('\n', end);
		lineEnd = lineEnd < 0 ? text.length() : lineEnd;
		if (text.substring(lineStart, start).isBlank() && text.substring(end, lineEnd).isBlank()) {
			start = lineStart;
			end = Math.min(text.length(), lineEnd + 1);
		} else {
			while (start > lineStart && text.charAt(start - 1) == ' ') {
				start--;
			}
		}
		return new TextEdit(PlanCodeActions.range(document, start, end), "");
	}

	/**
	 * Inserts {@code baseline in YEAR value 0 "..."} as the indicator's last clause, indented one level
	 * deeper than the indicator; an indicator without braces gets them. YEAR is the first year of the
	 * plan's period, else the current year.
	 */
	static TextEdit baselineSkeleton(Document document, EObject element) {
		if (!(element instanceof Indicator indicator) || NodeModelUtils.getNode(indicator) == null) {
			return null;
		}
		ICompositeNode node = NodeModelUtils.getNode(indicator);
		String text = document.getContents();
		int lineStart = text.lastIndexOf('\n', node.getOffset() - 1) + 1;
		String indent = leadingBlanks(text.substring(lineStart, node.getOffset()));
		String clause = indent + "  baseline in " + year(indicator) + " value 0 \"...\"";
		int end = node.getEndOffset();
		if (text.charAt(end - 1) != '}') {
			return insert(document, end, " {\n" + clause + "\n" + indent + "}");
		}
		int brace = end - 1;
		int braceLineStart = text.lastIndexOf('\n', brace - 1) + 1;
		if (braceLineStart > node.getOffset() && text.substring(braceLineStart, brace).isBlank()) {
			return insert(document, braceLineStart, clause + "\n");
		}
		return insert(document, brace, "\n" + clause + "\n" + indent);
	}

	private static TextEdit insert(Document document, int offset, String text) {
		return new TextEdit(PlanCodeActions.range(document, offset, offset), text);
	}

	private static String leadingBlanks(String prefix) {
		return prefix.isBlank() ? prefix : "";
	}

	private static int year(Indicator indicator) {
		if (EcoreUtil.getRootContainer(indicator) instanceof Plan plan && plan.getPeriod() != null
				&& plan.getPeriod().getStartYear() != null) {
			return plan.getPeriod().getStartYear();
		}
		return Year.now().getValue();
	}
}
