package org.veikart.generator.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.veikart.generator.ElementIdentity;
import org.veikart.model.Actor;
import org.veikart.model.Indicator;
import org.veikart.model.Plan;
import org.veikart.model.PlanElement;
import org.veikart.model.Source;

/**
 * What the views of one plan page share: the plan, its words ({@link Terms}), the page names of all
 * plans in the report (for links across plans), and the anchors written so far, so each element id
 * becomes an {@code id} attribute at most once per page.
 */
final class PageContext {

	private final Plan plan;
	private final Terms terms;
	private final Map<Plan, String> pages;
	private final Set<String> anchored = new HashSet<>();
	private final Set<Actor> actors;
	private Map<Indicator, List<PlanElement>> measuring;

	PageContext(Plan plan, Map<Plan, String> pages) {
		this.plan = plan;
		this.terms = new Terms(plan);
		this.pages = pages;
		this.actors = collectActors(plan);
	}

	Plan plan() {
		return plan;
	}

	Terms terms() {
		return terms;
	}

	Map<Plan, String> pages() {
		return pages;
	}

	/** @return the plan's own actors followed by those of other files that it refers to */
	Set<Actor> actors() {
		return actors;
	}

	/** @return the elements of the plan that {@code indicator} measures, in document order */
	List<PlanElement> measuring(Indicator indicator) {
		if (measuring == null) {
			measuring = new HashMap<>();
			for (var it = plan.eAllContents(); it.hasNext();) {
				if (it.next() instanceof PlanElement element) {
					for (Indicator measuredBy : element.getMeasuredBy()) {
						measuring.computeIfAbsent(measuredBy, k -> new ArrayList<>()).add(element);
					}
				}
			}
		}
		return measuring.getOrDefault(indicator, List.of());
	}

	/** @return the element's id for its {@code id} attribute, the first time it is asked for; else null */
	String anchor(EObject element) {
		String id = ElementIdentity.idOf(element);
		return id != null && !id.isEmpty() && anchored.add(id) ? id : null;
	}

	/** @return a link target for the element (same page, another plan's page), or null if it has no place */
	String href(EObject target) {
		String id = ElementIdentity.idOf(target);
		if (id == null || id.isEmpty() || target.eIsProxy()) {
			return null;
		}
		EObject root = EcoreUtil.getRootContainer(target);
		if (root == plan || target instanceof Actor actor && actors.contains(actor)) {
			return "#" + id;
		}
		String page = root instanceof Plan other ? pages.get(other) : null;
		if (page == null) {
			return null;
		}
		return target == root ? page : page + "#" + id;
	}

	/** @return "1. Title", "Name" or the id: how a link to the element reads */
	static String label(EObject element) {
		if (element instanceof PlanElement e) {
			String title = e.getTitle() == null ? "" : e.getTitle();
			return e.getCode() == null || e.getCode().isBlank() ? title : e.getCode() + " " + title;
		}
		if (element instanceof Actor actor) {
			return actor.getName();
		}
		if (element instanceof Source source) {
			return source.getTitle();
		}
		return ElementIdentity.idOf(element);
	}

	private static Set<Actor> collectActors(Plan plan) {
		Set<Actor> result = new LinkedHashSet<>(plan.getActors());
		for (var it = EcoreUtil.getAllProperContents(plan, false); it.hasNext();) {
			Object next = it.next();
			if (next instanceof EObject element) {
				for (EObject target : element.eCrossReferences()) {
					if (target instanceof Actor actor && !actor.eIsProxy()) {
						result.add(actor);
						if (actor.getPartOf() != null && !actor.getPartOf().eIsProxy()) {
							result.add(actor.getPartOf());
						}
					}
				}
			}
		}
		if (plan.getOwner() != null && !plan.getOwner().eIsProxy()) {
			result.add(plan.getOwner());
		}
		return result;
	}
}
