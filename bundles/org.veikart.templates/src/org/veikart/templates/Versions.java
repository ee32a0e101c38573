package org.veikart.templates;

import java.util.Comparator;

/**
 * Orders template versions: dotted numbers compare numerically part by part ("2" &lt; "10",
 * "1.2" &lt; "1.10"); a part that is not a number compares as text after all numbers.
 */
public final class Versions {

	/** Oldest first. */
	public static final Comparator<String> ORDER = Versions::compare;

	private Versions() {
	}

	/** @return negative, zero or positive as {@code a} is older than, equal to or newer than {@code b} */
	public static int compare(String a, String b) {
		String[] left = a.split("\\.");
		String[] right = b.split("\\.");
		for (int i = 0; i < Math.max(left.length, right.length); i++) {
			String l = i < left.length ? left[i] : "0";
			String r = i < right.length ? right[i] : "0";
			int result = comparePart(l, r);
			if (result != 0) {
				return result;
			}
		}
		return 0;
	}

	private static int comparePart(String l, String r) {
		boolean ln = l.matches("\\d{1,9}");
		boolean rn = r.matches("\\d{1,9}");
		if (ln && rn) {
			return Integer.compare(Integer.parseInt(l), Integer.parseInt(r));
		}
		if (ln != rn) {
			return ln ? -1 : 1;
		}
		return l.compareTo(r);
	}
}
