package org.veikart.dsl.linking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.veikart.dsl.validation.PlanIssueCodes;
import org.veikart.model.VeikartPackage;
import org.veikart.sdg.Sdgs;

import com.google.inject.Inject;

/**
 * Messages for references that do not resolve, each with a "did you mean" hint: for SDG numbers the
 * closest catalogue numbers ({@link Sdgs#closestReferences}), for ids the most similar ids in scope
 * ({@link Suggestions}). The suggestions are also the diagnostic's data, for quick fixes.
 */
public class PlanLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	private static final int MAX_SUGGESTIONS = 3;

	@Inject
	private IScopeProvider scopeProvider;

	@Inject
	private IQualifiedNameConverter nameConverter;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EReference reference = context.getReference();
		String text = context.getLinkText();
		if (reference == VeikartPackage.Literals.SDG_REFERENCE__GOAL
				|| reference == VeikartPackage.Literals.SDG_REFERENCE__TARGET) {
			return unknownSdg(reference == VeikartPackage.Literals.SDG_REFERENCE__TARGET, text);
		}
		List<String> suggestions = Suggestions.closest(text, candidates(context), MAX_SUGGESTIONS);
		String what = Suggestions.describeType(reference.getEReferenceType());
		String message = "No " + what + " with id '" + text + "' is defined in this file or in the files loaded with it."
				+ Suggestions.didYouMean(suggestions);
		return new DiagnosticMessage(message, Severity.ERROR, PlanIssueCodes.UNRESOLVED_REFERENCE,
				suggestions.toArray(String[]::new));
	}

	private static DiagnosticMessage unknownSdg(boolean target, String text) {
		List<String> suggestions = Sdgs.closestReferences(text, MAX_SUGGESTIONS);
		String message = target ? "SDG target " + text + " does not exist in the catalogue."
				: "SDG goal " + text + " does not exist: the goals are numbered 1 to 17.";
		return new DiagnosticMessage(message + Suggestions.didYouMean(suggestions), Severity.ERROR,
				PlanIssueCodes.UNKNOWN_SDG, suggestions.toArray(String[]::new));
	}

	/** @return the names in scope, one per element: the shortest name that reaches it */
	private List<String> candidates(ILinkingDiagnosticContext context) {
		IScope scope = scopeProvider.getScope(context.getContext(), context.getReference());
		Map<URI, String> shortest = new LinkedHashMap<>();
		for (IEObjectDescription description : scope.getAllElements()) {
			String name = nameConverter.toString(description.getName());
			shortest.merge(description.getEObjectURI(), name, (a, b) -> b.length() < a.length() ? b : a);
		}
		return List.copyOf(shortest.values());
	}
}
