package org.veikart.generator.csv;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.veikart.generator.ElementIdentity;
import org.veikart.generator.IdIndex;
import org.veikart.generator.ImportException;
import org.veikart.generator.ImportProblem;

/**
 * Updates the existing elements of one model root from CSV files as {@link CsvExporter} writes them
 * (possibly edited in a spreadsheet). Rows are matched by {@code id}; the import never creates or
 * deletes elements and never moves them ({@code type} and {@code parentId} are checked, not applied).
 * <p>
 * Guarantees: {@link #read} changes nothing; it returns the complete list of cell changes (empty when
 * the files match the model) or throws an {@link ImportException} listing every problem with
 * file:line:col (malformed CSV, unknown column, unknown or repeated id, bad value, unknown reference
 * target). {@link #apply} then makes all the changes, so a caller can show them first (dry run).
 */
public final class CsvImporter {

	private final EObject root;
	private final IdIndex context;
	private final Map<String, EObject> elements = new HashMap<>();

	/**
	 * @param root    the plan (or registry) to update
	 * @param context where reference ids resolve (the plan itself, other loaded files, SDG catalogue)
	 */
	public CsvImporter(EObject root, IdIndex context) {
		this.root = root;
		this.context = context;
		index(root);
		for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
			index(it.next());
		}
	}

	private void index(EObject element) {
		String id = ElementIdentity.idOf(element);
		if (id != null && !id.isEmpty()) {
			elements.putIfAbsent(id, element);
		}
	}

	/**
	 * @param files file name (as shown in problems) to content
	 * @return the changes the files make, in file and row order
	 */
	public List<CsvChange> read(Map<String, byte[]> files) throws ImportException {
		List<ImportProblem> problems = new ArrayList<>();
		List<CsvChange> changes = new ArrayList<>();
		Map<String, String> seenIds = new HashMap<>();
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			String text = decode(file.getKey(), file.getValue(), problems);
			if (text != null) {
				new CsvFileReader(file.getKey(), elements, context, seenIds, problems, changes)
						.read(new CsvReader(file.getKey(), text, problems).records());
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportException(problems);
		}
		return changes;
	}

	/** Makes the changes {@link #read} returned. */
	public static void apply(List<CsvChange> changes) {
		changes.forEach(CsvChange::apply);
	}

	/** @return the root this importer updates */
	public EObject root() {
		return root;
	}

	private static String decode(String file, byte[] bytes, List<ImportProblem> problems) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			problems.add(new ImportProblem(file, 1, 1, "the file is not UTF-8 text (save it as \"CSV UTF-8\")"));
			return null;
		}
	}
}
