package org.veikart.generator;

/**
 * One problem found while importing: where it is (file, 1-based line and column; 0 when unknown) and
 * what is wrong, in words for the person who edits the file.
 */
public record ImportProblem(String file, int line, int column, String message) {

	/** @return "file:line:col: error: message", the format of every Veikart diagnostic */
	public String format() {
		return file + ":" + line + ":" + column + ": error: " + message;
	}
}
