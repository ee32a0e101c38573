package org.veikart.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;
import org.veikart.model.PlanElement;
import org.veikart.model.SdgGoal;
import org.veikart.model.SdgReference;
import org.veikart.model.SdgTarget;
import org.veikart.model.VeikartPackage;

/**
 * SDG tags of one element:
 * <ul>
 * <li>WARNING {@link PlanIssueCodes#REDUNDANT_SDG_GOAL}: {@code sdg 8} next to {@code sdg 8.2} with
 * the same relation kind; the target implies its goal. Data: the target code.</li>
 * <li>WARNING {@link PlanIssueCodes#DUPLICATE_SDG}: the same goal or target tagged twice with the same
 * relation kind.</li>
 * </ul>
 * Unknown numbers are linking errors ({@link PlanIssueCodes#UNKNOWN_SDG}) and are skipped here.
 */
public class SdgTagValidator extends ComposedPlanValidator {

	@Check
	public void checkSdgTags(PlanElement element) {
		List<SdgReference> tags = element.getSdgReferences();
		for (int i = 0; i < tags.size(); i++) {
			SdgReference tag = tags.get(i);
			EObject tagged = tagged(tag);
			if (tagged == null) {
				continue;
			}
			if (isDuplicate(tags, i, tagged)) {
				warning("SDG " + number(tagged) + " is tagged twice on " + PlanValidator.describe(element) + ".",
						tag, feature(tagged), ValidationMessageAcceptor.INSIGNIFICANT_INDEX, PlanIssueCodes.DUPLICATE_SDG);
			} else if (tagged instanceof SdgGoal goal) {
				SdgTarget target = taggedTargetOf(tags, tag, goal);
				if (target != null) {
					warning("SDG goal " + goal.getNumber() + " is redundant: its target " + target.getCode()
							+ " is tagged on the same element, which implies the goal.", tag,
							VeikartPackage.Literals.SDG_REFERENCE__GOAL, PlanIssueCodes.REDUNDANT_SDG_GOAL,
							target.getCode());
				}
			}
		}
	}

	/** @return the resolved goal or target of the tag, or null (unspecified, unresolved) */
	private static EObject tagged(SdgReference tag) {
		EObject tagged = tag.getTarget() != null ? tag.getTarget() : tag.getGoal();
		return tagged == null || tagged.eIsProxy() ? null : tagged;
	}

	private static boolean isDuplicate(List<SdgReference> tags, int index, EObject tagged) {
		SdgReference tag = tags.get(index);
		for (int j = 0; j < index; j++) {
			if (tags.get(j).getKind() == tag.getKind() && tagged(tags.get(j)) == tagged) {
				return true;
			}
		}
		return false;
	}

	private static SdgTarget taggedTargetOf(List<SdgReference> tags, SdgReference goalTag, SdgGoal goal) {
		for (SdgReference other : tags) {
			if (other != goalTag && other.getKind() == goalTag.getKind() && tagged(other) instanceof SdgTarget target
					&& target.eContainer() == goal) {
				return target;
			}
		}
		return null;
	}

	private static String number(EObject tagged) {
		return tagged instanceof SdgTarget target ? "target " + target.getCode()
				: "goal " + ((SdgGoal) tagged).getNumber();
	}

	private static org.eclipse.emf.ecore.EReference feature(EObject tagged) {
		return tagged instanceof SdgTarget ? VeikartPackage.Literals.SDG_REFERENCE__TARGET
				: VeikartPackage.Literals.SDG_REFERENCE__GOAL;
	}
}
