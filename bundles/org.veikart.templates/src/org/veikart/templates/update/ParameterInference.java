package org.veikart.templates.update;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.veikart.model.PlanElement;
import org.veikart.templates.TemplateParameter;

/**
 * Recovers the parameter values a plan was made with, so the base version can be filled in exactly as
 * it was when the plan was made (the plan does not store them). The base template is filled with
 * sentinels; each text of a template element that contains some becomes a pattern
 * ("${kommune} kommune skal ..." matches "Sørum kommune skal ..." with kommune = "Sørum"), matched
 * against the same feature of the plan element made from it. The first match of a parameter wins;
 * values given by the user win over inferred ones. A text the municipality edited simply does not
 * match and adds nothing.
 */
final class ParameterInference {

	private static final Pattern SENTINEL = Pattern.compile(TemplateSide.SENTINEL_OPEN + "([^" + TemplateSide.SENTINEL_CLOSE
			+ "]+)" + TemplateSide.SENTINEL_CLOSE);

	private ParameterInference() {
	}

	/**
	 * @param sentinelBase the base template filled with sentinels only
	 * @param ours         the plan's elements made from that template version
	 * @param given        values the user gave (kept as they are)
	 * @return {@code given} plus every value that could be inferred, plus defaults
	 */
	static Map<String, String> infer(TemplateSide sentinelBase, List<PlanElement> ours, Map<String, String> given) {
		Map<String, String> values = new HashMap<>(given);
		for (PlanElement element : ours) {
			PlanElement template = sentinelBase.element(element.getOrigin().getElementId());
			if (template == null) {
				continue;
			}
			for (EAttribute attribute : template.eClass().getEAllAttributes()) {
				if (attribute.getEAttributeType().getInstanceClass() == String.class && !attribute.isMany()
						&& template.eGet(attribute) instanceof String pattern && pattern.indexOf(TemplateSide.SENTINEL_OPEN) >= 0) {
					EStructuralFeature same = element.eClass().getEStructuralFeature(attribute.getName());
					if (same != null && element.eGet(same) instanceof String value) {
						bind(pattern, value, values);
					}
				}
			}
		}
		for (TemplateParameter parameter : sentinelBase.template().parameters()) {
			if (parameter.defaultValue() != null) {
				values.putIfAbsent(parameter.name(), parameter.defaultValue());
			}
		}
		return values;
	}

	private static void bind(String pattern, String value, Map<String, String> values) {
		List<String> groups = new ArrayList<>(); // group i+1 captures groups.get(i)
		StringBuilder regex = new StringBuilder();
		Matcher sentinels = SENTINEL.matcher(pattern);
		int last = 0;
		while (sentinels.find()) {
			regex.append(Pattern.quote(pattern.substring(last, sentinels.start())));
			String name = sentinels.group(1);
			int earlier = groups.indexOf(name);
			if (earlier >= 0) {
				regex.append("\\").append(earlier + 1); // the same parameter twice: the same text twice
			} else {
				regex.append("(.+?)");
				groups.add(name);
			}
			last = sentinels.end();
		}
		regex.append(Pattern.quote(pattern.substring(last)));
		Matcher match = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(value);
		if (match.matches()) {
			for (int i = 0; i < groups.size(); i++) {
				values.putIfAbsent(groups.get(i), match.group(i + 1));
			}
		}
	}
}
