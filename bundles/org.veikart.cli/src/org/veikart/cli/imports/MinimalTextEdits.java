package org.veikart.cli.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.veikart.dsl.PlanStandaloneSetup;
import org.veikart.dsl.workspace.PlanWorkspace;
import org.veikart.generator.csv.CsvChange;

/**
 * Applies CSV changes to {@code .plan} text as minimal edits: each changed value that is written once
 * in the text (a title, a text, a code, ...) has exactly its token replaced by the new value, written
 * by the language's value converter; everything else in the file stays byte for byte. When a change
 * cannot be made that way (a value not yet in the text, a removed value, a reference list), or the
 * edited text does not parse, it answers empty and the caller writes the whole plan with the
 * serializer instead.
 */
final class MinimalTextEdits {

	private record Replacement(int offset, int length, String text) {
	}

	private MinimalTextEdits() {
	}

	/** @return the edited text, or empty if the changes need the serializer */
	static Optional<String> apply(Resource resource, List<CsvChange> changes) {
		if (!(resource instanceof XtextResource xtext) || xtext.getParseResult() == null) {
			return Optional.empty();
		}
		IValueConverterService converter = PlanStandaloneSetup.doSetup().getInstance(IValueConverterService.class);
		List<Replacement> replacements = new ArrayList<>();
		for (CsvChange change : changes) {
			Optional<Replacement> replacement = replacement(converter, change);
			if (replacement.isEmpty()) {
				return Optional.empty();
			}
			replacements.add(replacement.get());
		}
		String text = xtext.getParseResult().getRootNode().getText();
		StringBuilder edited = new StringBuilder(text);
		replacements.sort(Comparator.comparingInt(Replacement::offset).reversed());
		for (Replacement r : replacements) {
			edited.replace(r.offset(), r.offset() + r.length(), r.text());
		}
		return parses(resource, edited.toString()) ? Optional.of(edited.toString()) : Optional.empty();
	}

	private static Optional<Replacement> replacement(IValueConverterService converter, CsvChange change) {
		if (!(change.feature() instanceof EAttribute attribute) || attribute.isMany() || change.newValue() == null
				|| attribute.getEAttributeType().getInstanceClass() != String.class) {
			return Optional.empty();
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(change.element(), attribute);
		if (nodes.size() != 1 || !(nodes.get(0).getGrammarElement() instanceof RuleCall call)) {
			return Optional.empty();
		}
		try {
			String token = converter.toString(change.newValue(), call.getRule().getName());
			return Optional.of(new Replacement(nodes.get(0).getOffset(), nodes.get(0).getLength(), token));
		} catch (ValueConverterException e) {
			return Optional.empty();
		}
	}

	/** @return true if {@code text} parses without syntax errors (links are not checked here) */
	private static boolean parses(Resource resource, String text) {
		PlanWorkspace workspace = PlanWorkspace.create();
		XtextResourceSet scratch = workspace.newResourceSet();
		return workspace.parse(scratch, resource.getURI(), text).getParseResult().getSyntaxErrors().iterator().hasNext() == false;
	}
}
