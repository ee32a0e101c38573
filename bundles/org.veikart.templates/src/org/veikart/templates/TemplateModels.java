package org.veikart.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.veikart.dsl.workspace.PlanWorkspace;
import org.veikart.model.Plan;
import org.veikart.model.check.ModelDiagnostic;

/**
 * Turns a template into its model: fills in the parameters ({@link Substitution}), parses the text
 * with the plan language into a resource set of its own (so template ids never meet a plan's), and
 * validates it. Problems are reported at the template file's line and column.
 */
public final class TemplateModels {

	private TemplateModels() {
	}

	/**
	 * @param given parameter values by name (declared defaults fill the rest)
	 * @return the template's plan, resolved and without errors
	 * @throws TemplateException for parameter problems, or the plan language's errors in the filled text
	 */
	public static Plan load(Template template, Map<String, String> given) throws TemplateException {
		return parse(template, Substitution.fill(template, given));
	}

	/**
	 * Parses text filled by {@link Substitution#fill(Template, ParameterValues, List)}.
	 *
	 * @throws TemplateException for the plan language's errors, mapped back to the template file
	 */
	public static Plan parse(Template template, Substitution.Result filled) throws TemplateException {
		PlanWorkspace workspace = PlanWorkspace.create();
		XtextResourceSet resourceSet = workspace.newResourceSet();
		URI uri = URI.createFileURI("/veikart-templates/" + template.id() + "/" + template.version() + ".plan");
		XtextResource resource = workspace.parse(resourceSet, uri, filled.text());
		EcoreUtil.resolveAll(resourceSet);
		List<ModelDiagnostic> problems = new ArrayList<>();
		for (Issue issue : workspace.validate(resource)) {
			if (issue.getSeverity() == Severity.ERROR) {
				int raw = filled.sourceMap().rawOffset(issue.getOffset() == null ? 0 : issue.getOffset());
				problems.add(TemplateProblems.error(TemplateProblems.CONTENT, issue.getMessage(), template.location(),
						filled.sourceMap().line(raw), filled.sourceMap().column(raw)));
			}
		}
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		if (problems.isEmpty() && !(root instanceof Plan)) {
			problems.add(TemplateProblems.error(TemplateProblems.CONTENT, "a template holds one plan (plan ID \"title\" { ... })",
					template.location(), 1, 1));
		}
		if (!problems.isEmpty()) {
			throw new TemplateException(problems);
		}
		return (Plan) root;
	}
}
