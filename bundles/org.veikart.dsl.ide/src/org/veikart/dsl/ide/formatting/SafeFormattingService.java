package org.veikart.dsl.ide.formatting;

import java.util.List;

import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;
import org.veikart.dsl.formatting2.FormattingPreconditions;

/**
 * Formatting for the language server that returns no edits for text Xtext cannot format: an empty
 * file (no model), text with syntax errors, or a repeated clause (see
 * {@link FormattingPreconditions}). An editor must show the diagnostics, not a formatting failure.
 */
public class SafeFormattingService extends FormattingService {

	@Override
	public List<TextEdit> format(XtextResource resource, Document document, int offset, int length,
			FormattingOptions options) {
		if (!FormattingPreconditions.canFormat(resource)) {
			return List.of();
		}
		return super.format(resource, document, offset, length, options);
	}
}
