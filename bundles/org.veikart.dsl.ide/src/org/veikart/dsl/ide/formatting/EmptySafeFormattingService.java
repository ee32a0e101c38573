package org.veikart.dsl.ide.formatting;

import java.util.List;

import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Formatting for the language server that returns no edits for a file without content (empty or
 * only whitespace and comments, hence no model): Xtext's text region access fails on a resource
 * without a root element, and an editor must not show an error for formatting an empty file.
 */
public class EmptySafeFormattingService extends FormattingService {

	@Override
	public List<TextEdit> format(XtextResource resource, Document document, int offset, int length,
			FormattingOptions options) {
		if (resource.getContents().isEmpty() || resource.getParseResult() == null
				|| resource.getParseResult().getRootASTElement() == null) {
			return List.of();
		}
		return super.format(resource, document, offset, length, options);
	}
}
