package org.veikart.dsl.validation;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;
import org.veikart.model.Identifiable;
import org.veikart.model.Plan;
import org.veikart.model.Schedule;
import org.veikart.model.VeikartPackage;
import org.veikart.model.check.ElementLocations.Location;
import org.veikart.model.check.ModelChecker;
import org.veikart.model.check.ModelDiagnostic;
import org.veikart.model.check.ModelIssueCodes;

/**
 * Reports the findings of the shared {@link ModelChecker} as Xtext diagnostics, on the element (and,
 * where it helps, the feature) concerned, with the checker's code and message.
 * <p>
 * Dangling references are left out: in a plan file they are unresolved links, which the linker
 * already reports with "did you mean" suggestions. Findings on elements of other files are left out
 * too; each file reports its own. Errors on an element marked {@code note missing-in-source} are
 * reported as warnings.
 */
final class ModelCheckerBridge {

	private final ModelChecker checker = new ModelChecker();

	void check(Resource resource, ValidationMessageAcceptor acceptor) {
		Identifiable root = (Identifiable) resource.getContents().get(0);
		try {
			// positions come from the node model, on demand: validation must not change the resource,
			// since language-server requests may read it concurrently
			List<ModelDiagnostic> diagnostics = checker.check(resource, ModelCheckerBridge::locate);
			for (ModelDiagnostic diagnostic : diagnostics) {
				EObject element = diagnostic.element();
				if (element == null || element.eResource() != resource
						|| ModelIssueCodes.DANGLING_REFERENCE.equals(diagnostic.code())
						|| ModelIssueCodes.MISSING_ID.equals(diagnostic.code())) {
					continue;
				}
				report(diagnostic, element, feature(diagnostic, element), acceptor);
			}
		} catch (RuntimeException e) {
			// the validator must never throw on bad input; make the failure visible instead
			acceptor.acceptError("The model check failed (" + e + "); please report this with the file.", root,
					VeikartPackage.Literals.IDENTIFIABLE__ID, ValidationMessageAcceptor.INSIGNIFICANT_INDEX,
					PlanIssueCodes.CHECK_FAILED);
		}
	}

	/** Where {@code element} starts in its text, from the node model (used in "already used by ... at line 2"). */
	private static Optional<Location> locate(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return Optional.empty();
		}
		LineAndColumn start = NodeModelUtils.getLineAndColumn(node, node.getOffset());
		return Optional.of(new Location(start.getLine(), start.getColumn()));
	}

	private static void report(ModelDiagnostic diagnostic, EObject element, EStructuralFeature feature,
			ValidationMessageAcceptor acceptor) {
		int index = ValidationMessageAcceptor.INSIGNIFICANT_INDEX;
		switch (diagnostic.severity()) {
			// a gap in the source document is not the plan writer's error (PlanValidator)
			case ERROR -> PlanValidator.acceptError(acceptor, diagnostic.message(), element, feature, index,
					diagnostic.code());
			case WARNING -> acceptor.acceptWarning(diagnostic.message(), element, feature, index, diagnostic.code());
			case INFO -> acceptor.acceptInfo(diagnostic.message(), element, feature, index, diagnostic.code());
		}
	}

	/** The feature to underline: the id for element-level findings, the date for date findings. */
	private static EStructuralFeature feature(ModelDiagnostic diagnostic, EObject element) {
		if (ModelIssueCodes.INVALID_DATE.equals(diagnostic.code())) {
			boolean first = diagnostic.message().contains("adopted") || diagnostic.message().contains("start");
			if (element instanceof Plan) {
				return first ? VeikartPackage.Literals.PLAN__ADOPTED : VeikartPackage.Literals.PLAN__PUBLISHED;
			}
			if (element instanceof Schedule) {
				return first ? VeikartPackage.Literals.SCHEDULE__START : VeikartPackage.Literals.SCHEDULE__END;
			}
		}
		return element instanceof Identifiable identifiable && identifiable.getId() != null
				? VeikartPackage.Literals.IDENTIFIABLE__ID : null;
	}
}
