package org.veikart.model.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.veikart.model.DocumentRelation;
import org.veikart.model.Plan;
import org.veikart.model.PlanElement;

/**
 * Cycles in a non-containment reference graph, one diagnostic per cycle, reported on the cycle's
 * first element in document order and naming the whole path:
 * <ul>
 * <li>ERROR {@link ModelIssueCodes#CONTRIBUTES_TO_CYCLE}: {@code contributesTo} is a hierarchy
 * (effect goal to main goal); a cycle makes it meaningless.</li>
 * <li>ERROR {@link ModelIssueCodes#VARIANT_OF_CYCLE}: {@code variantOf} points from a variant to its
 * original; in a cycle no element is the original.</li>
 * <li>WARNING {@link ModelIssueCodes#PLAN_RELATION_CYCLE}: plans related through
 * {@code relations.targetPlan} in a circle. Documents do refer to each other in practice, so this
 * does not block saving.</li>
 * </ul>
 * The graphs may reach into other resources; only cycles that include an element of the checked
 * resource are reported. Unresolvable targets are left to {@link DanglingReferenceRule}.
 */
final class CycleRule<T extends EObject> implements CheckRule
{
	private final Class<T> nodeType;
	private final Function<T, List<T>> successors;
	private final Severity severity;
	private final String code;
	private final String what;

	private CycleRule(Class<T> nodeType, Function<T, List<T>> successors, Severity severity, String code,
			String what)
	{
		this.nodeType = nodeType;
		this.successors = successors;
		this.severity = severity;
		this.code = code;
		this.what = what;
	}

	static CycleRule<PlanElement> contributesTo()
	{
		return new CycleRule<>(PlanElement.class, e -> resolved(e.getContributesTo()), Severity.ERROR,
				ModelIssueCodes.CONTRIBUTES_TO_CYCLE, "'contributesTo' links form a cycle: ");
	}

	static CycleRule<PlanElement> variantOf()
	{
		return new CycleRule<>(PlanElement.class, e -> resolved(e.getVariantOf()), Severity.ERROR,
				ModelIssueCodes.VARIANT_OF_CYCLE, "'variantOf' links form a cycle: ");
	}

	static CycleRule<Plan> planRelations()
	{
		return new CycleRule<>(Plan.class, CycleRule::relatedPlans, Severity.WARNING,
				ModelIssueCodes.PLAN_RELATION_CYCLE, "plan relations form a cycle: ");
	}

	@Override
	public void check(CheckContext context)
	{
		for (List<T> cycle : CycleFinder.cycles(context.elements(nodeType), successors))
		{
			String path = cycle.stream().map(ElementLabels::describe).collect(Collectors.joining(" -> "));
			context.report(severity, code, cycle.get(0), what + path);
		}
	}

	private static <E extends EObject> List<E> resolved(List<E> targets)
	{
		List<E> result = new ArrayList<>(targets.size());
		for (int i = 0; i < targets.size(); i++)
		{
			E target = targets.get(i); // get(i) resolves proxies
			if (target != null && !target.eIsProxy())
			{
				result.add(target);
			}
		}
		return result;
	}

	private static List<Plan> relatedPlans(Plan plan)
	{
		List<Plan> result = new ArrayList<>();
		for (DocumentRelation relation : plan.getRelations())
		{
			Plan target = relation.getTargetPlan();
			if (target != null && !target.eIsProxy())
			{
				result.add(target);
			}
		}
		return result;
	}
}
