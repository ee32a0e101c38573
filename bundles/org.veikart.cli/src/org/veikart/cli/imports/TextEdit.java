package org.veikart.cli.imports;

/** Replace {@code length} characters at {@code offset} with {@code text} (an insertion when length is 0). */
record TextEdit(int offset, int length, String text) {
}
