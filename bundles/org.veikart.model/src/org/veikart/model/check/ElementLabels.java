package org.veikart.model.check;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.veikart.model.Identifiable;

/**
 * Names model elements in messages so that a reader can find them: class, printed code and title (or
 * name), and stable id, e.g. {@code Goal 'A1 Grønn vekst' (goal-7f3a2c9d)}. Value objects without
 * a label of their own (Period, Schedule, ...) are named through their container, e.g.
 * {@code Period of Plan 'Klimaplan' (plan-0h2k5m7q)}. UI-free and side-effect free (never resolves
 * proxies).
 */
public final class ElementLabels
{
	/** Features that make up the label, tried in this order; code and title are combined. */
	private static final List<String> LABEL_FEATURES = List.of("code", "title", "name", "nameEn", "label");
	private static final int MAX_LABEL = 60;

	private ElementLabels()
	{
	}

	/** @return a human-readable description of {@code element}; never null */
	public static String describe(EObject element)
	{
		if (element == null)
		{
			return "nothing";
		}
		String type = element.eClass().getName();
		if (element.eIsProxy())
		{
			return "unresolved " + type + " '" + ((InternalEObject) element).eProxyURI() + "'";
		}
		String label = label(element);
		String id = element instanceof Identifiable identifiable ? identifiable.getId() : null;
		StringBuilder text = new StringBuilder(type);
		if (label != null)
		{
			text.append(" '").append(label).append('\'');
		}
		if (id != null && !id.isBlank())
		{
			text.append(" (").append(id).append(')');
		}
		else if (element instanceof Identifiable)
		{
			text.append(" (no id)");
		}
		else if (element.eContainer() != null)
		{
			// Value objects (Period, Schedule, ...) are only meaningful through their owner.
			text.append(" of ").append(describe(element.eContainer()));
		}
		return text.toString();
	}

	/** @return class and label without id, e.g. {@code Goal 'A1 Grønn vekst'}; never null */
	public static String name(EObject element)
	{
		String label = element == null ? null : label(element);
		String type = element == null ? "nothing" : element.eClass().getName();
		return label == null ? type : type + " '" + label + "'";
	}

	/** @return code and title (or name, label) joined, shortened; null when the element has none */
	static String label(EObject element)
	{
		List<String> parts = new ArrayList<>(2);
		for (String name : LABEL_FEATURES)
		{
			EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
			if (feature instanceof EAttribute attribute && !attribute.isMany() && element.eIsSet(attribute))
			{
				String value = EcoreUtil.convertToString(attribute.getEAttributeType(), element.eGet(attribute));
				if (value != null && !value.isBlank())
				{
					parts.add(value.strip().replaceAll("\\s+", " "));
				}
			}
			if (parts.size() == 2 || !parts.isEmpty() && !"code".equals(name))
			{
				break;
			}
		}
		if (parts.isEmpty())
		{
			return null;
		}
		String label = String.join(" ", parts);
		return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
	}
}
