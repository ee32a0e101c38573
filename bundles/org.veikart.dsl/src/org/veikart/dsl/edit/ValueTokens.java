package org.veikart.dsl.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.veikart.dsl.PlanStandaloneSetup;
import org.veikart.model.Identifiable;

/**
 * Writes a value as the plan language writes it where the grammar assigns it: strings and numbers by
 * the language's value converters, enum values as their keyword ({@code completed}), references as
 * their ids ({@code i-1, other-plan.i-2}). Answers empty for values it cannot write that way.
 */
final class ValueTokens {

	private final IValueConverterService converter = PlanStandaloneSetup.doSetup().getInstance(IValueConverterService.class);

	/** @return the value as the language writes it in {@code assignment} */
	Optional<String> token(EObject element, Assignment assignment, Object value) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature(assignment.getFeature());
		if (feature instanceof EReference) {
			List<?> targets = value instanceof List<?> list ? list : List.of(value);
			List<String> ids = new ArrayList<>();
			for (Object target : targets) {
				String id = qualifiedId(element, (EObject) target);
				if (id == null) {
					return Optional.empty();
				}
				ids.add(id);
			}
			return Optional.of(String.join(", ", ids));
		}
		if (!(assignment.getTerminal() instanceof RuleCall call)) {
			return Optional.empty();
		}
		if (call.getRule() instanceof EnumRule enumRule && value instanceof Enumerator literal) {
			for (EnumLiteralDeclaration declaration : EcoreUtil2.getAllContentsOfType(enumRule, EnumLiteralDeclaration.class)) {
				if (declaration.getEnumLiteral().getName().equals(literal.getName())) {
					return Optional.of(declaration.getLiteral().getValue());
				}
			}
			return Optional.empty();
		}
		try {
			return Optional.of(converter.toString(value, call.getRule().getName()));
		} catch (RuntimeException e) {
			return value instanceof Number ? Optional.of(value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString())
					: Optional.empty();
		}
	}

	/** @return the target's id, with its plan's id in front when it is in another file; null without ids */
	private static String qualifiedId(EObject source, EObject target) {
		if (!(target instanceof Identifiable identifiable) || identifiable.getId() == null) {
			return null;
		}
		EObject targetRoot = EcoreUtil.getRootContainer(target);
		if (targetRoot == EcoreUtil.getRootContainer(source)) {
			return identifiable.getId();
		}
		return targetRoot instanceof Identifiable root && root.getId() != null ? root.getId() + "." + identifiable.getId() : null;
	}

	/**
	 * @return {@code value} written by the value converter of {@code call}'s rule
	 * @throws RuntimeException (from the converter) if the value cannot be written by that rule
	 */
	String ruleToken(Object value, RuleCall call) {
		return converter.toString(value, call.getRule().getName());
	}
}
