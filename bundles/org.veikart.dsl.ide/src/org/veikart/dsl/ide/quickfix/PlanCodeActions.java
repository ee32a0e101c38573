package org.veikart.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.veikart.dsl.validation.PlanIssueCodes;
import org.veikart.sdg.Sdgs;

/**
 * Quick fixes as IDE-neutral LSP code actions, one or more per diagnostic of the request:
 * <ul>
 * <li>{@link PlanIssueCodes#UNKNOWN_SDG}: replace the number by one of the closest catalogue numbers
 * ({@link Sdgs#closestReferences}), closest first;</li>
 * <li>{@link PlanIssueCodes#REDUNDANT_SDG_GOAL}: remove the goal tag ({@code sdg 8} next to
 * {@code sdg 8.2}), with its line when it stands alone on it;</li>
 * <li>{@link PlanIssueCodes#MISSING_BASELINE}: insert a skeleton
 * {@code baseline in YEAR value 0 "..."} into the indicator (see {@link TextEdits#baselineSkeleton}).</li>
 * </ul>
 * Edits are computed from the current document text and its parse; a diagnostic that no longer fits
 * the text gets no action.
 */
public class PlanCodeActions implements ICodeActionService2 {

	/** The most replacement numbers offered for one unknown SDG number. */
	static final int MAX_SDG_SUGGESTIONS = 3;

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		if (options.getDocument() != null && options.getResource() != null) {
			return actions(options, options.getDocument(), options.getResource());
		}
		// the language server passes neither text nor model: read them from the workspace
		return options.getLanguageServerAccess().doSyncRead(options.getURI(),
				context -> actions(options, context.getDocument(), context.getResource()));
	}

	private static List<Either<Command, CodeAction>> actions(Options options, Document document, Resource model) {
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		if (!(model instanceof XtextResource resource) || document == null) {
			return actions;
		}
		for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
			String code = diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
			try {
				if (PlanIssueCodes.UNKNOWN_SDG.equals(code)) {
					unknownSdg(options.getURI(), document, diagnostic, actions);
				} else if (PlanIssueCodes.REDUNDANT_SDG_GOAL.equals(code)) {
					EObject tag = TextEdits.elementAt(resource, document.getOffSet(diagnostic.getRange().getStart()));
					TextEdit edit = TextEdits.removeSdgTag(document, tag);
					if (edit != null) {
						actions.add(action("Remove the redundant goal tag", options.getURI(), diagnostic, edit));
					}
				} else if (PlanIssueCodes.MISSING_BASELINE.equals(code)) {
					EObject indicator = TextEdits.elementAt(resource, document.getOffSet(diagnostic.getRange().getStart()));
					TextEdit edit = TextEdits.baselineSkeleton(document, indicator);
					if (edit != null) {
						actions.add(action("Add a baseline skeleton", options.getURI(), diagnostic, edit));
					}
				}
			} catch (IndexOutOfBoundsException e) {
				// the diagnostic belongs to an older version of the text: offer nothing for it
			}
		}
		return actions;
	}

	private static void unknownSdg(String uri, Document document, Diagnostic diagnostic,
			List<Either<Command, CodeAction>> actions) {
		String typed = document.getSubstring(diagnostic.getRange()).strip();
		for (String suggestion : Sdgs.closestReferences(typed, MAX_SDG_SUGGESTIONS)) {
			actions.add(action("Change to SDG " + suggestion, uri, diagnostic,
					new TextEdit(diagnostic.getRange(), suggestion)));
		}
	}

	private static Either<Command, CodeAction> action(String title, String uri, Diagnostic diagnostic, TextEdit edit) {
		CodeAction action = new CodeAction(title);
		action.setKind(CodeActionKind.QuickFix);
		action.setDiagnostics(List.of(diagnostic));
		action.setEdit(new WorkspaceEdit(Map.of(uri, List.of(edit))));
		return Either.forRight(action);
	}

	/** @return a range from two document offsets */
	static Range range(Document document, int start, int end) {
		return new Range(document.getPosition(start), document.getPosition(end));
	}
}
