package org.veikart.dsl.tests.robustness;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Broken variants of one plan text, four kinds, each capped so that the whole smoke test stays in
 * the low thousands of cases: cut off after a line, one token dropped (tokens from the parser's node
 * model, comments and white space excluded), two adjacent lines swapped, and random byte edits
 * (which may also break the UTF-8 encoding). When a file has more candidates than the cap, an evenly
 * spaced sample is taken; random edits use a seed derived from the file name, so every case is
 * reproducible from its description.
 */
final class Mutations {

	static final int MAX_TRUNCATIONS = 80;
	static final int MAX_TOKEN_DROPS = 120;
	static final int MAX_LINE_SWAPS = 60;
	static final int BYTE_EDIT_CASES = 60;

	/** One broken text and how it was made. */
	record Mutant(String description, byte[] bytes) {
	}

	private Mutations() {
	}

	/** The text cut off at the end of each line (before its line break), and the empty text. */
	static List<Mutant> truncations(String text) {
		List<Integer> ends = new ArrayList<>();
		for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', end + 1)) {
			ends.add(end);
		}
		List<Mutant> result = new ArrayList<>();
		result.add(new Mutant("empty text", new byte[0]));
		for (int index : sample(ends.size(), MAX_TRUNCATIONS)) {
			result.add(mutant("cut after line " + (index + 1), text.substring(0, ends.get(index))));
		}
		return result;
	}

	/** The text without one token; {@code parsed} is the resource parsed from {@code text}. */
	static List<Mutant> tokenDrops(String text, XtextResource parsed) {
		List<ILeafNode> tokens = new ArrayList<>();
		for (ILeafNode leaf : parsed.getParseResult().getRootNode().getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getLength() > 0) {
				tokens.add(leaf);
			}
		}
		List<Mutant> result = new ArrayList<>();
		for (int index : sample(tokens.size(), MAX_TOKEN_DROPS)) {
			ILeafNode token = tokens.get(index);
			result.add(mutant("without token '" + abbreviate(token.getText()) + "' at line " + token.getStartLine(),
					text.substring(0, token.getOffset()) + text.substring(token.getEndOffset())));
		}
		return result;
	}

	/** The text with line i and i + 1 swapped (pairs of equal lines are skipped: no change). */
	static List<Mutant> lineSwaps(String text) {
		List<String> lines = text.lines().toList();
		List<Integer> candidates = new ArrayList<>();
		for (int i = 0; i + 1 < lines.size(); i++) {
			if (!lines.get(i).equals(lines.get(i + 1))) {
				candidates.add(i);
			}
		}
		List<Mutant> result = new ArrayList<>();
		for (int index : sample(candidates.size(), MAX_LINE_SWAPS)) {
			int line = candidates.get(index);
			List<String> swapped = new ArrayList<>(lines);
			swapped.set(line, lines.get(line + 1));
			swapped.set(line + 1, lines.get(line));
			result.add(mutant("lines " + (line + 1) + " and " + (line + 2) + " swapped", String.join("\n", swapped)));
		}
		return result;
	}

	/**
	 * 1-4 byte edits per case (delete, insert or replace a byte), bytes drawn from the language's
	 * punctuation or at random, so multi-byte characters such as æøå can be cut into invalid UTF-8.
	 */
	static List<Mutant> byteEdits(String text, String fileName) {
		byte[] original = text.getBytes(StandardCharsets.UTF_8);
		byte[] alphabet = "{}\".-,^/*\n abc19".getBytes(StandardCharsets.US_ASCII);
		long seed = 20221122L + fileName.hashCode();
		Random random = new Random(seed);
		List<Mutant> result = new ArrayList<>();
		for (int i = 0; i < BYTE_EDIT_CASES && original.length > 0; i++) {
			StringBuilder description = new StringBuilder("byte edits (seed " + seed + ", case " + i + "):");
			byte[] bytes = original;
			for (int edit = 0, edits = 1 + random.nextInt(4); edit < edits && bytes.length > 0; edit++) {
				int at = random.nextInt(bytes.length);
				byte value = random.nextBoolean() ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt(256);
				switch (random.nextInt(3)) {
					case 0 -> {
						bytes = splice(bytes, at, 1, new byte[0]);
						description.append(" delete@").append(at);
					}
					case 1 -> {
						bytes = splice(bytes, at, 0, new byte[] {value});
						description.append(" insert@").append(at).append('=').append(value & 0xff);
					}
					default -> {
						bytes = splice(bytes, at, 1, new byte[] {value});
						description.append(" replace@").append(at).append('=').append(value & 0xff);
					}
				}
			}
			result.add(new Mutant(description.toString(), bytes));
		}
		return result;
	}

	/** @return all of 0..n-1 if n <= max, else max evenly spaced indices from 0 */
	static int[] sample(int n, int max) {
		int count = Math.min(n, max);
		int[] indices = new int[count];
		for (int i = 0; i < count; i++) {
			indices[i] = (int) ((long) i * n / count);
		}
		return indices;
	}

	private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
		byte[] result = new byte[bytes.length - remove + insert.length];
		System.arraycopy(bytes, 0, result, 0, at);
		System.arraycopy(insert, 0, result, at, insert.length);
		System.arraycopy(bytes, at + remove, result, at + insert.length, bytes.length - at - remove);
		return result;
	}

	private static Mutant mutant(String description, String text) {
		return new Mutant(description, text.getBytes(StandardCharsets.UTF_8));
	}

	private static String abbreviate(String token) {
		String flat = token.replace('\n', ' ');
		return flat.length() <= 20 ? flat : flat.substring(0, 17) + "...";
	}
}
