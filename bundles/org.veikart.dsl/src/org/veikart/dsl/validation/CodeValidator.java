package org.veikart.dsl.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;
import org.veikart.model.PlanElement;
import org.veikart.model.Section;
import org.veikart.model.VeikartPackage;

/**
 * ERROR {@link PlanIssueCodes#DUPLICATE_CODE}: two children in the same list of one parent (two
 * strategies of one focus area, two sections of one section, ...) print the same code. Codes restart
 * per parent, so equal codes under different parents are fine. Reported on each later occurrence,
 * naming the first; a warning if that element is marked missing-in-source.
 */
public class CodeValidator extends ComposedPlanValidator {

	@Check
	public void checkUniqueCodes(EObject parent) {
		for (EReference containment : parent.eClass().getEAllContainments()) {
			if (containment.isMany()) {
				checkList(parent, (List<?>) parent.eGet(containment));
			}
		}
	}

	private void checkList(EObject parent, List<?> children) {
		Map<String, EObject> first = new HashMap<>();
		for (Object child : children) {
			String code = codeOf(child);
			if (code == null) {
				continue;
			}
			EObject element = (EObject) child;
			EObject earlier = first.putIfAbsent(code, element);
			if (earlier != null) {
				String message = "Duplicate code '" + code + "' under " + PlanValidator.describe(parent) + ": "
						+ PlanValidator.describe(earlier) + line(earlier) + " has the same code.";
				EStructuralFeature feature = element instanceof Section ? VeikartPackage.Literals.SECTION__CODE
						: VeikartPackage.Literals.PLAN_ELEMENT__CODE;
				PlanValidator.acceptError(getMessageAcceptor(), message, element, feature,
						ValidationMessageAcceptor.INSIGNIFICANT_INDEX, PlanIssueCodes.DUPLICATE_CODE);
			}
		}
	}

	private static String codeOf(Object child) {
		String code = child instanceof PlanElement element ? element.getCode()
				: child instanceof Section section ? section.getCode() : null;
		return code == null || code.isBlank() ? null : code.strip();
	}

	private static String line(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		return node == null ? "" : " on line " + node.getStartLine();
	}
}
