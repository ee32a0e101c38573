package org.veikart.templates.diff;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.veikart.model.PlanElement;
import org.veikart.model.text.EditDistance;

/**
 * How alike two elements' statements are, from 0 (nothing in common) to 1 (the same words).
 * <p>
 * Text is normalised first (lower case, Unicode NFC, every run of non-letters and non-digits one
 * space), so "En næringsvennlig kommune" and "Næringsvennlig kommune." score 0.88. The score is the
 * Levenshtein similarity {@code 1 - distance / longer length} of the titles; when both elements also
 * have a body text, the mean of the title and text similarities. {@link #THRESHOLD} (0.8) is the
 * lowest score that counts as a match: it accepts a changed article, a typo or a few changed words
 * in a sentence, and rejects two different strategies of the same theme ("Kommunen som innkjøper"
 * against "Kommunen som tilrettelegger" scores 0.59). A cheap character-bigram overlap filters out
 * pairs that cannot reach the threshold before the edit distance is computed.
 */
public final class Similarity {

	/** The lowest score that matches two elements by their text. */
	public static final double THRESHOLD = 0.8;

	private Similarity() {
	}

	/** The normalised title and text of one element, with its bigrams for the pre-filter. */
	record Statement(String title, String text, Set<String> bigrams) {

		static Statement of(PlanElement element) {
			String title = normalize(element.getTitle());
			return new Statement(title, normalize(element.getText()), Similarity.bigrams(title));
		}
	}

	/** @return the score of two statements, 0 when either has no title */
	static double score(Statement a, Statement b) {
		if (a.title().isEmpty() || b.title().isEmpty() || dice(a.bigrams(), b.bigrams()) < 0.4) {
			return 0;
		}
		double title = similarity(a.title(), b.title());
		if (a.text().isEmpty() || b.text().isEmpty()) {
			return title;
		}
		if (title < 2 * THRESHOLD - 1) {
			return title / 2; // even identical texts could not lift the mean to the threshold
		}
		return (title + similarity(a.text(), b.text())) / 2;
	}

	/** @return the Levenshtein similarity of two normalised strings */
	public static double similarity(String a, String b) {
		int longer = Math.max(a.length(), b.length());
		if (longer == 0) {
			return 1;
		}
		if ((double) Math.min(a.length(), b.length()) / longer < THRESHOLD / 2) {
			return (double) Math.min(a.length(), b.length()) / longer; // an upper bound, far below the threshold
		}
		return 1 - (double) EditDistance.between(a, b) / longer;
	}

	/** @return {@code text} in lower case with every run of non-letters and non-digits as one space */
	public static String normalize(String text) {
		if (text == null) {
			return "";
		}
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		return nfc.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	private static Set<String> bigrams(String text) {
		Set<String> bigrams = new HashSet<>();
		for (int i = 0; i + 2 <= text.length(); i++) {
			bigrams.add(text.substring(i, i + 2));
		}
		return bigrams;
	}

	private static double dice(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return a.equals(b) ? 1 : 0;
		}
		int common = 0;
		for (String bigram : a) {
			if (b.contains(bigram)) {
				common++;
			}
		}
		return 2.0 * common / (a.size() + b.size());
	}
}
