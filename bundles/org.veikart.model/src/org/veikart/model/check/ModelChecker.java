package org.veikart.model.check;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * Checks a resource of the Veikart model for problems that the metamodel's multiplicities cannot
 * express: dangling references, missing and duplicate ids, cycles in {@code contributesTo},
 * {@code variantOf} and plan relations, empty titles, invalid partial dates and inverted periods.
 * See {@link ModelIssueCodes} for the codes and each rule class for the details.
 * <p>
 * Containment cannot form a cycle (EMF keeps every element in at most one container and refuses to
 * put an element inside its own descendant), so only the non-containment graphs are checked.
 * <p>
 * The checker does not modify the model. It resolves cross-resource proxies through the resource's
 * resource set (as any navigation would), which may load referenced files into that set. Results are
 * ordered by position in the file (then by rule); positions are 0:0 for elements whose location is
 * not known (see {@link ElementLocator}).
 */
public final class ModelChecker
{
	private final List<CheckRule> rules = List.of(
			new MissingIdRule(),
			new DuplicateIdRule(),
			new DanglingReferenceRule(),
			CycleRule.contributesTo(),
			CycleRule.variantOf(),
			CycleRule.planRelations(),
			new EmptyTitleRule(),
			new PartialDateRule(),
			new PeriodRule());

	public ModelChecker()
	{
		// Stateless: one instance may check any number of resources, also concurrently.
	}

	/**
	 * @param resource the resource to check; not null
	 * @return the findings, ordered by position; empty when the resource is fine
	 */
	public List<ModelDiagnostic> check(Resource resource)
	{
		return check(resource, ElementLocator.RECORDED);
	}

	/**
	 * @param resource the resource to check; not null
	 * @param locator where elements start, for positions and for naming other elements in messages
	 * @return the findings, ordered by position; empty when the resource is fine
	 */
	public List<ModelDiagnostic> check(Resource resource, ElementLocator locator)
	{
		Objects.requireNonNull(resource, "resource");
		CheckContext context = new CheckContext(resource, Objects.requireNonNull(locator, "locator"));
		for (CheckRule rule : rules)
		{
			rule.check(context);
		}
		return context.diagnostics();
	}

	/** @return only the {@link Severity#ERROR errors} of {@code diagnostics} */
	public static List<ModelDiagnostic> errors(List<ModelDiagnostic> diagnostics)
	{
		return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
	}
}
