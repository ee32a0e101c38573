package org.veikart.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.ComposedChecks;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;
import org.veikart.model.Identifiable;
import org.veikart.model.Indicator;
import org.veikart.model.Measure;
import org.veikart.model.PlanElement;

/**
 * Validation of plan files. The rules that hold for every Veikart model (ids, cycles, titles, dates,
 * periods) come from the shared {@link org.veikart.model.check.ModelChecker}; this language adds the
 * rules that concern how a plan is written (see {@link PlanIssueCodes}). Unresolved references are
 * reported while linking, with suggestions (see
 * {@link org.veikart.dsl.linking.PlanLinkingDiagnosticMessageProvider}).
 * <p>
 * Severities: problems that make the model wrong are errors; doubtful content is a warning. An error
 * on an element marked {@code note missing-in-source} is reported as a warning, because the gap is in
 * the source document.
 */
@ComposedChecks(validators = { CodeValidator.class, SdgTagValidator.class, IndicatorValidator.class,
		RepeatedClauseValidator.class })
public class PlanValidator extends AbstractPlanValidator {

	private final ModelCheckerBridge modelChecker = new ModelCheckerBridge();

	/** Runs the shared model checker once per file, on the file's root element. */
	@Check(CheckType.NORMAL)
	public void checkModel(Identifiable root) {
		if (root.eContainer() == null && root.eResource() != null) {
			modelChecker.check(root.eResource(), getMessageAcceptor());
		}
	}

	/** Schedule years and dates of a measure must lie within the plan's (or its part's) period. */
	@Check
	public void checkScheduleInPeriod(Measure measure) {
		PeriodChecks.checkSchedule(measure, getMessageAcceptor());
	}

	/** Target years of an indicator must lie within the plan's (or its part's) period. */
	@Check
	public void checkTargetsInPeriod(Indicator indicator) {
		PeriodChecks.checkTargets(indicator, getMessageAcceptor());
	}

	/** @return "measure 'm1'", "plan 'p'", ... for messages */
	static String describe(EObject element) {
		String type = org.veikart.dsl.linking.Suggestions.describeType(element.eClass());
		String id = element instanceof Identifiable identifiable ? identifiable.getId() : null;
		return id == null ? type : type + " '" + id + "'";
	}

	/** @return {@link #describe(EObject)} with a capital first letter, to start a sentence */
	static String describeAtStart(EObject element) {
		String text = describe(element);
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/**
	 * @return true if the element carries a missing-in-source note (then errors become warnings); a
	 *         value without an id of its own (a schedule, a period) counts as part of its container
	 */
	static boolean missingInSource(EObject element) {
		EObject owner = element instanceof Identifiable || element.eContainer() == null ? element
				: element.eContainer();
		return owner instanceof PlanElement planElement && planElement.isMissingInSource();
	}

	/** @return the severity of an error found on the element: a warning if it is marked missing-in-source */
	static Severity errorOrWarning(EObject element) {
		return missingInSource(element) ? Severity.WARNING : Severity.ERROR;
	}

	/** Reports an error on the element, or a warning if the element is marked missing-in-source. */
	static void acceptError(ValidationMessageAcceptor acceptor, String message, EObject element,
			EStructuralFeature feature, int index, String code) {
		if (errorOrWarning(element) == Severity.WARNING) {
			acceptor.acceptWarning(message, element, feature, index, code);
		} else {
			acceptor.acceptError(message, element, feature, index, code);
		}
	}
}
