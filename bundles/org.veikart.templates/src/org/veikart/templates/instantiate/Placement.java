package org.veikart.templates.instantiate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.veikart.model.FocusArea;
import org.veikart.model.Goal;
import org.veikart.model.GoalKind;
import org.veikart.model.Plan;
import org.veikart.model.PlanElement;
import org.veikart.model.VeikartPackage;
import org.veikart.model.text.EditDistance;
import org.veikart.templates.Template;
import org.veikart.templates.TemplateException;

/**
 * Decides where a template's top-level content goes: finds the container by id, resolves the level the
 * user asked for, and picks, per element, its own class if the container holds it, else the first of
 * focus area, goal or strategy that the container holds and the element's children fit (themes only:
 * a measure or strategy never changes level unless {@code --as} asks for it). Checks
 * every element before placing any, so a failed insertion leaves the plan unchanged.
 */
final class Placement {

	private static final VeikartPackage P = VeikartPackage.eINSTANCE;
	private static final List<EClass> CONTAINERS = List.of(P.getPlan(), P.getFocusArea(), P.getGoal(), P.getStrategy());

	private Placement() {
	}

	/** @return the plan or plan element with id {@code atId} in {@code plan} */
	static PlanElement container(Plan plan, String atId) throws TemplateException {
		if (atId == null || atId.equals(plan.getId())) {
			return plan;
		}
		List<String> ids = new ArrayList<>();
		for (EObject object : (Iterable<EObject>) plan::eAllContents) {
			if (object instanceof PlanElement element && element.getId() != null) {
				if (element.getId().equals(atId)) {
					return element;
				}
				ids.add(element.getId());
			}
		}
		// ids that contain what was typed come first (hm-1 -> hp-hm-1), then the closest by edit distance
		String typed = atId.toLowerCase(java.util.Locale.ROOT);
		List<String> containing = ids.stream().filter(id -> id.toLowerCase(java.util.Locale.ROOT).contains(typed)).toList();
		String hint = (containing.isEmpty() ? ids : containing).stream()
				.min((a, b) -> EditDistance.between(a, atId) - EditDistance.between(b, atId))
				.map(id -> "; did you mean " + id + "?").orElse("");
		throw Instantiator.problem(file(plan), 1, 1, "plan " + plan.getId() + " has no element with id " + atId + hint);
	}

	/** @return the level named {@code word} in {@code plan}'s vocabulary or as a level name */
	static Level level(Plan plan, String word) throws TemplateException {
		Optional<Level> level = Level.resolve(plan, word);
		if (level.isEmpty()) {
			throw Instantiator.problem(file(plan), 1, 1, "unknown level '" + word + "'; use " + Level.accepted(plan));
		}
		return level.get();
	}

	/**
	 * Re-kinds and adds {@code roots} to {@code container}.
	 *
	 * @return the placed elements (replacements where re-kinded)
	 */
	static List<PlanElement> place(Template template, List<EObject> roots, PlanElement container, Level level,
			Collection<? extends EObject> scope, InstanceCopier copier) throws TemplateException {
		List<PlanElement> placed = new ArrayList<>();
		List<EReference> slots = new ArrayList<>();
		for (EObject root : roots) {
			PlanElement element = (PlanElement) root;
			Level chosen = level != null ? level : choose(element, container);
			Optional<EReference> slot = chosen == null ? Optional.empty() : Slots.slot(container, chosen.type());
			if (slot.isEmpty() || !Rekinding.fits(element, chosen)) {
				throw cannotGo(template, element, container, chosen);
			}
			try {
				PlanElement rekinded = Rekinding.rekind(element, chosen, scope);
				if (rekinded != element) {
					rekinded.setId(copier.newId(rekinded)); // the id prefix names the class
				}
				placed.add(rekinded);
			} catch (Rekinding.CannotRekind e) {
				throw Instantiator.problem(template.location(), 1, 1, e.getMessage());
			}
			slots.add(slot.get());
		}
		for (int i = 0; i < placed.size(); i++) {
			Slots.add(container, slots.get(i), placed.get(i), -1);
		}
		return placed;
	}

	/** Own class first; only themes (focus areas and goals) change level unasked. */
	private static Level choose(PlanElement element, PlanElement container) {
		List<Level> candidates = new ArrayList<>();
		candidates.add(new Level(element.eClass(), null, Slots.word(element.eClass())));
		if (element instanceof FocusArea || element instanceof Goal) {
			GoalKind goalKind = container instanceof Goal ? GoalKind.SUB : GoalKind.MAIN;
			candidates.add(new Level(P.getFocusArea(), null, "focus-area"));
			candidates.add(new Level(P.getGoal(), goalKind, goalKind == GoalKind.SUB ? "sub-goal" : "main-goal"));
			candidates.add(new Level(P.getStrategy(), null, "strategy"));
		}
		for (Level candidate : candidates) {
			if (Slots.slot(container, candidate.type()).isPresent() && Rekinding.fits(element, candidate)) {
				return candidate;
			}
		}
		return null;
	}

	private static TemplateException cannotGo(Template template, PlanElement element, PlanElement container, Level level) {
		EClass type = level == null ? element.eClass() : level.type();
		List<String> fitting = CONTAINERS.stream().filter(c -> Slots.slot(c, type).isPresent()).map(Slots::word).toList();
		String what = level == null ? "its " + Slots.word(element.eClass()) + " '" + element.getTitle() + "'"
				: "a " + level.name();
		ICompositeNode node = NodeModelUtils.findActualNodeFor(container);
		if (level != null && Slots.slot(container, level.type()).isPresent()) {
			// the container holds this level, but the element's own content cannot go into it
			List<String> misfits = new ArrayList<>();
			for (EObject child : element.eContents()) {
				String word = Slots.word(child.eClass());
				if (child instanceof PlanElement && Slots.slot(level.type(), child.eClass()).isEmpty() && !misfits.contains(word)) {
					misfits.add(word);
				}
			}
			return Instantiator.problem(file(container), node == null ? 0 : node.getStartLine(), node == null ? 0 : 1,
					"template " + template.id() + " cannot go into " + Slots.describe(container) + " as a " + level.name() + ": its "
							+ Slots.word(element.eClass()) + " '" + element.getTitle() + "' holds " + String.join(", ", misfits)
							+ ", which a " + Slots.word(level.type()) + " cannot hold; choose a level that can hold them with --as");
		}
		return Instantiator.problem(file(container), node == null ? 0 : node.getStartLine(), node == null ? 0 : 1,
				"template " + template.id() + " cannot go into " + Slots.describe(container) + ": " + what
						+ " does not fit there (a " + Slots.word(container.eClass()) + " holds " + Slots.holds(container)
						+ "); a " + Slots.word(type) + " can go into a " + String.join(", a ", fitting)
						+ (level == null ? "; or choose a level with --as" : ""));
	}

	private static String file(EObject object) {
		EObject root = EcoreUtil.getRootContainer(object);
		if (root.eResource() == null) {
			return null;
		}
		return root.eResource().getURI().isFile() ? root.eResource().getURI().toFileString() : root.eResource().getURI().toString();
	}
}
