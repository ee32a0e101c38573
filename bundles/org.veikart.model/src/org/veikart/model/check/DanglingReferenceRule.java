package org.veikart.model.check;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;

/**
 * ERROR {@link ModelIssueCodes#DANGLING_REFERENCE}: a non-containment reference whose target is a
 * proxy that cannot be resolved (missing file or element), or an element that is not contained in
 * any resource (removed from the model, or never added). Such a model cannot be saved faithfully.
 */
final class DanglingReferenceRule implements CheckRule
{
	@Override
	public void check(CheckContext context)
	{
		for (EObject element : context.elements())
		{
			for (EReference reference : element.eClass().getEAllReferences())
			{
				if (reference.isContainment() || reference.isContainer() || reference.isDerived()
						|| reference.isTransient() || !element.eIsSet(reference))
				{
					continue;
				}
				for (EObject target : targets(element, reference))
				{
					check(context, element, reference, target);
				}
			}
		}
	}

	private static void check(CheckContext context, EObject element, EReference reference, EObject target)
	{
		String source = ElementLabels.describe(element) + ": '" + reference.getName() + "' refers to ";
		if (target.eIsProxy())
		{
			URI proxy = ((InternalEObject) target).eProxyURI();
			context.report(Severity.ERROR, ModelIssueCodes.DANGLING_REFERENCE, element,
					source + "'" + relative(proxy, context) + "', which cannot be resolved");
		}
		else if (target.eResource() == null)
		{
			context.report(Severity.ERROR, ModelIssueCodes.DANGLING_REFERENCE, element,
					source + ElementLabels.describe(target)
							+ ", which is not contained in any resource (deleted or never added)");
		}
	}

	/** Resolving access: proxies that can be resolved are, so only true failures remain proxies. */
	private static List<EObject> targets(EObject element, EReference reference)
	{
		Object value = element.eGet(reference, true);
		if (reference.isMany())
		{
			List<?> list = (List<?>) value;
			List<EObject> targets = new ArrayList<>(list.size());
			for (int i = 0; i < list.size(); i++)
			{
				targets.add((EObject) list.get(i));
			}
			return targets;
		}
		return value == null ? List.of() : List.of((EObject) value);
	}

	private static String relative(URI proxy, CheckContext context)
	{
		URI base = context.resource().getURI();
		if (base != null && base.isHierarchical() && !base.isRelative() && proxy.isHierarchical()
				&& !proxy.isRelative())
		{
			return proxy.deresolve(base).toString();
		}
		return proxy.toString();
	}
}
