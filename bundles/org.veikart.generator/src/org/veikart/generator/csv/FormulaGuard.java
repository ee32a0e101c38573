package org.veikart.generator.csv;

import java.util.regex.Pattern;

/**
 * Guards CSV cells against spreadsheet formula injection without losing data. A cell whose text,
 * after any number of leading apostrophes, starts with {@code = + - @}, tab or carriage return gets
 * one more apostrophe in front on export (spreadsheets then show it as text); import removes exactly
 * one apostrophe from such a cell. So every value round-trips, including values that themselves start
 * with apostrophes, and no exported cell starts with a formula character.
 */
public final class FormulaGuard {

	private static final Pattern GUARDED = Pattern.compile("^'*[=+\\-@\t\r].*", Pattern.DOTALL);

	private FormulaGuard() {
	}

	/** @return the cell text to write for {@code value} */
	public static String protect(String value) {
		return GUARDED.matcher(value).matches() ? "'" + value : value;
	}

	/** @return the value a cell written by {@link #protect} stands for */
	public static String unprotect(String cell) {
		return cell.startsWith("'") && GUARDED.matcher(cell).matches() ? cell.substring(1) : cell;
	}
}
