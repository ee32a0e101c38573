package org.veikart.dsl.edit;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;
import org.veikart.dsl.PlanStandaloneSetup;

/**
 * Places whole elements and clauses in a plan's original text. Takes that text; guarantees that every
 * answer is a {@link TextEdit} of it that touches nothing but the inserted or removed lines:
 * <ul>
 * <li>a new element (serialized alone) or clause goes after the last sibling of the same feature
 * (keeping a blank line between siblings if the last two had one), else before the container's
 * closing {@code }}, else into a new {@code { }} block; indented one step (the file's own step) deeper
 * than its container's line;</li>
 * <li>a removed element takes its lines with it when it stood on lines of its own.</li>
 * </ul>
 * Elements without text (no node) raise {@link IllegalStateException}; the caller falls back to the serializer.
 */
final class ElementInserter {

	private final String original;

	ElementInserter(String original) {
		this.original = original;
	}

	/** @return the edit that puts {@code clause} (one or more lines) into {@code container} as a value of {@code feature} */
	TextEdit insert(EObject container, EStructuralFeature feature, String clause) {
		ICompositeNode node = nodeOf(container);
		String indent = lineIndent(node.getOffset());
		String lines = indented(clause, indent + indentUnit());
		List<INode> siblings = NodeModelUtils.findNodesForFeature(container, feature);
		if (!siblings.isEmpty()) {
			INode last = siblings.get(siblings.size() - 1);
			String gap = "\n";
			if (siblings.size() > 1) {
				INode previous = siblings.get(siblings.size() - 2);
				gap = original.substring(previous.getEndOffset(), last.getOffset()).contains("\n\n") ? "\n\n" : "\n";
			}
			return TextEdit.insert(last.getEndOffset(), gap + lines);
		}
		// the container's block ends with its last real token, a '}' (the root node may wrap the plan's node)
		ILeafNode close = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				close = leaf.getGrammarElement() instanceof Keyword k && k.getValue().equals("}") ? leaf : null;
			}
		}
		if (close == null) {
			return TextEdit.insert(node.getEndOffset(), " {\n" + lines + "\n" + indent + "}");
		}
		int lineStart = original.lastIndexOf('\n', close.getOffset() - 1) + 1;
		if (original.substring(lineStart, close.getOffset()).isBlank()) {
			return TextEdit.insert(lineStart, lines + "\n");
		}
		return TextEdit.insert(close.getOffset(), "\n" + lines + "\n" + indent);
	}

	/** @return the edit that removes {@code object}'s text, with its lines when it stands on lines of its own */
	TextEdit remove(EObject object) {
		ICompositeNode node = nodeOf(object);
		int start = node.getOffset();
		int end = node.getEndOffset();
		int lineStart = original.lastIndexOf('\n', start - 1) + 1;
		int lineEnd = original.indexOf('\n', end);
		if (original.substring(lineStart, start).isBlank() && lineEnd >= 0 && original.substring(end, lineEnd).isBlank()) {
			start = lineStart;
			end = lineEnd + 1;
		}
		return new TextEdit(start, end - start, "");
	}

	/** @return the edit that writes {@code object} anew (serialized alone) over its old text, at its old indentation */
	TextEdit rewrite(EObject object) {
		ICompositeNode node = nodeOf(object);
		String indent = lineIndent(node.getOffset());
		return new TextEdit(node.getOffset(), node.getLength(), indented(serialize(object), indent).substring(indent.length()));
	}

	/** @return {@code object} serialized on its own by the plan language's formatter */
	static String serialize(EObject object) {
		return PlanStandaloneSetup.doSetup().getInstance(ISerializer.class).serialize(object,
				SaveOptions.newBuilder().format().getOptions());
	}

	private static ICompositeNode nodeOf(EObject object) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		if (node == null) {
			throw new IllegalStateException("no text for " + object);
		}
		return node;
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
}
