package org.veikart.dsl.formatting2;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure1;
import org.veikart.model.Identifiable;

import com.google.inject.Inject;

/**
 * The canonical layout of plan files:
 * <ul>
 * <li>every clause inside braces starts on its own line (a clause is what may come in any order:
 * {@code text "..."}, {@code sdg 8}, a child element, ...), indented two spaces per brace level;</li>
 * <li>one blank line between clauses is kept, more are reduced to one; none after '{' or before '}';</li>
 * <li>a block with a single clause that is not a child element stays on the line of its element
 * while that line is at most {@value #MAX_LINE_WIDTH} characters wide:
 * {@code actor uio "UiO" { kind university }};</li>
 * <li>tokens within a clause are separated by one space, with no space before ','.</li>
 * </ul>
 * Strings are never touched, so multi-line prose keeps its line breaks. Comments stay where they are.
 * Text with syntax errors is not formatted at all.
 * The layout depends only on the token sequence, so formatting is idempotent. Which tokens start a
 * clause is derived from the grammar ({@link ClauseStarts}), not listed by hand.
 */
public class PlanFormatter extends AbstractFormatter2 {

	@Inject
	private ClauseStarts clauseStarts;

	/** Two spaces per level, whatever the caller's preferences: the canonical layout is the same for everyone. */
	public static final String INDENTATION = "  ";

	/** A single-clause block stays on the line of its element only if the line stays this short. */
	public static final int MAX_LINE_WIDTH = 100;

	@Override
	protected void initialize(FormatterRequest request) {
		MapBasedPreferenceValues preferences = new MapBasedPreferenceValues(request.getPreferences(), new HashMap<>());
		preferences.put(FormatterPreferenceKeys.indentation, INDENTATION);
		preferences.put(FormatterPreferenceKeys.indentationLength, INDENTATION.length());
		request.setPreferences(preferences);
		super.initialize(request);
	}

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (getTextRegionAccess().hasSyntaxError()) {
			return; // text that does not parse is left exactly as it is: no guessing at broken structure
		}
		IEObjectRegion root = getTextRegionAccess().regionForRootEObject();
		if (root != null) {
			layout(root, document);
		}
	}

	private void layout(IEObjectRegion root, IFormattableDocument document) {
		List<ISemanticRegion> regions = new ArrayList<>();
		root.getAllSemanticRegions().forEach(regions::add);
		Set<ISemanticRegion> inline = new HashSet<>();
		Deque<Integer> open = new ArrayDeque<>();
		for (int i = 0; i < regions.size(); i++) {
			ISemanticRegion region = regions.get(i);
			if (isKeyword(region, "{")) {
				open.push(i);
			} else if (isKeyword(region, "}") && !open.isEmpty()) {
				int start = open.pop();
				if (fitsOnOneLine(regions, start, i) && lineWidth(regions, start, i, open.size()) <= MAX_LINE_WIDTH) {
					inline.add(regions.get(start));
					inline.add(region);
				} else {
					document.interior(regions.get(start), region, IHiddenRegionFormatter::indent);
				}
			}
		}
		for (int i = 1; i < regions.size(); i++) {
			ISemanticRegion region = regions.get(i);
			document.set(region.getPreviousHiddenRegion(), spacing(regions.get(i - 1), region, inline));
		}
		if (!regions.isEmpty()) {
			IHiddenRegion end = regions.get(regions.size() - 1).getNextHiddenRegion();
			if (end != null) {
				document.set(end, IHiddenRegionFormatter::newLine);
			}
		}
	}

	/**
	 * A block may stay on one line ({@code { kind college }}) when it holds exactly one clause that
	 * is not a child element of its own, and no nested block, comment or line break.
	 */
	private boolean fitsOnOneLine(List<ISemanticRegion> regions, int open, int close) {
		EObject owner = regions.get(open).getSemanticElement();
		int clauses = 0;
		for (int i = open + 1; i <= close; i++) {
			ISemanticRegion region = regions.get(i);
			if (region.getPreviousHiddenRegion().containsComment()) {
				return false;
			}
			if (i == close) {
				break;
			}
			if (isKeyword(region, "{") || isKeyword(region, "}") || region.getText().indexOf('\n') >= 0) {
				return false;
			}
			if (clauseStarts.startsClause(region)) {
				clauses++;
				if (region.getSemanticElement() != owner && region.getSemanticElement() instanceof Identifiable) {
					return false; // a child element: structure reads as an outline, one element per line
				}
			}
		}
		return clauses == 1;
	}

	/**
	 * @return the width of the line from the start of the clause that holds the block (or from the
	 *         last line break of a multi-line string in it) to the block's closing brace, if the block
	 *         stays on it, with {@code depth} levels of indentation
	 */
	private int lineWidth(List<ISemanticRegion> regions, int open, int close, int depth) {
		int first = open;
		while (first > 0 && !clauseStarts.startsClause(regions.get(first)) && !isKeyword(regions.get(first - 1), "{")) {
			first--;
		}
		int width = depth * INDENTATION.length();
		for (int i = first; i <= close; i++) {
			String text = regions.get(i).getText();
			int lineBreak = text.lastIndexOf('\n');
			width = lineBreak >= 0 ? text.length() - lineBreak - 1 : width + text.codePointCount(0, text.length()) + 1;
		}
		return width - 1;
	}

	private Procedure1<IHiddenRegionFormatter> spacing(ISemanticRegion previous, ISemanticRegion region,
			Set<ISemanticRegion> inline) {
		if (isKeyword(region, "}")) {
			return inline.contains(region) ? IHiddenRegionFormatter::oneSpace : IHiddenRegionFormatter::newLine;
		}
		if (isKeyword(previous, "{")) {
			return inline.contains(previous) ? IHiddenRegionFormatter::oneSpace : IHiddenRegionFormatter::newLine;
		}
		if (clauseStarts.startsClause(region)) {
			return format -> format.setNewLines(1, 1, 2);
		}
		if (isKeyword(region, ",")) {
			return IHiddenRegionFormatter::noSpace;
		}
		return IHiddenRegionFormatter::oneSpace;
	}

	private static boolean isKeyword(ISemanticRegion region, String text) {
		return region.getGrammarElement() instanceof Keyword keyword && keyword.getValue().equals(text);
	}
}
