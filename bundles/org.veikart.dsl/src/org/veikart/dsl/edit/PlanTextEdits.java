package org.veikart.dsl.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Collects {@link TextEdit}s against the original text of a plan parsed from {@code .plan} text and
 * applies them all at once. Takes the resource the plan was parsed from (its node model gives the
 * original text); guarantees that every edit is applied to the offsets of that original text, and
 * that edits at the same offset come out in the order they were added (so several insertions after one
 * element keep their order). Text outside the edits stays byte for byte.
 */
public final class PlanTextEdits {

	private final String original;
	private final List<TextEdit> edits = new ArrayList<>();

	/** @param original the text the edits will refer to */
	PlanTextEdits(String original) {
		this.original = original;
	}

	/** @return the collector for {@code resource}'s text, or empty if it was not parsed from text */
	public static Optional<PlanTextEdits> of(Resource resource) {
		if (resource instanceof XtextResource xtext && xtext.getParseResult() != null) {
			return Optional.of(new PlanTextEdits(xtext.getParseResult().getRootNode().getText()));
		}
		return Optional.empty();
	}

	/** @return the text the edits refer to */
	public String original() {
		return original;
	}

	/** Adds {@code edit} (offsets in the original text). */
	public void add(TextEdit edit) {
		edits.add(edit);
	}

	/** @return true if two collected edits replace overlapping ranges (applying them would garble the text) */
	public boolean overlapping() {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt(TextEdit::offset));
		for (int i = 1; i < sorted.size(); i++) {
			TextEdit before = sorted.get(i - 1);
			if (before.length() > 0 && before.end() > sorted.get(i).offset()) {
				return true;
			}
		}
		return false;
	}

	/** @return the original text with every collected edit applied */
	public String apply() {
		StringBuilder text = new StringBuilder(original);
		// from the end backwards, so offsets stay valid; at one offset the last added edit first, so the
		// insertions come out in the order they were added
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < edits.size(); i++) {
			order.add(i);
		}
		order.sort((a, b) -> edits.get(a).offset() != edits.get(b).offset()
				? Integer.compare(edits.get(b).offset(), edits.get(a).offset()) : Integer.compare(b, a));
		for (int i : order) {
			TextEdit edit = edits.get(i);
			text.replace(edit.offset(), edit.end(), edit.text());
		}
		return text.toString();
	}
}
