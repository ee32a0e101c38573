package org.veikart.dsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.scoping.IScope;
import org.veikart.model.VeikartPackage;

/**
 * Scopes of the plan language. SDG references resolve by number against the shipped catalogue
 * ({@link SdgScope}); every other reference uses the default: ids of the same plan by their simple
 * id, shared actors by id, and elements of other loaded plans as {@code plan-id.element-id} (see
 * {@link org.veikart.dsl.naming.PlanQualifiedNameProvider}).
 */
public class PlanScopeProvider extends AbstractPlanScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == VeikartPackage.Literals.SDG_REFERENCE__GOAL) {
			return SdgScope.goals(context);
		}
		if (reference == VeikartPackage.Literals.SDG_REFERENCE__TARGET) {
			return SdgScope.targets(context);
		}
		return super.getScope(context, reference);
	}
}
