package org.veikart.cli.diagram;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.veikart.dsl.workspace.PlanIssues;
import org.veikart.dsl.workspace.PlanWorkspace;
import org.veikart.model.Identifiable;
import org.veikart.model.check.ModelDiagnostic;

/**
 * The findings of a {@code .plan} file with the element each one is about (the nearest element with
 * an id around the problem), which the diagram needs for its validation markers; the
 * {@link PlanIssues} conversion used for printing keeps only the position.
 */
final class IssueElements {

    private IssueElements() {
    }

    /** @return the language's findings for {@code resource}, each with its element where known */
    static List<ModelDiagnostic> check(PlanWorkspace workspace, Resource resource, String file) {
        List<Issue> issues = workspace.validate(resource).stream().filter(issue -> issue.getSeverity() != Severity.IGNORE).toList();
        List<ModelDiagnostic> plain = PlanIssues.toDiagnostics(issues, file);
        List<ModelDiagnostic> located = new ArrayList<>();
        for (int i = 0; i < plain.size(); i++) {
            ModelDiagnostic d = plain.get(i);
            located.add(new ModelDiagnostic(d.severity(), d.code(), d.message(), d.file(), d.line(), d.column(),
                    element(resource, issues.get(i))));
        }
        return located;
    }

    private static EObject element(Resource resource, Issue issue) {
        if (issue.getUriToProblem() == null || issue.getUriToProblem().fragment() == null) {
            return null;
        }
        EObject object = resource.getEObject(issue.getUriToProblem().fragment());
        while (object != null && !(object instanceof Identifiable)) {
            object = object.eContainer();
        }
        return object;
    }
}
