package org.veikart.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.veikart.model.ActorRegistry;
import org.veikart.model.Identifiable;
import org.veikart.model.Plan;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Names elements by the model's stable {@code id} attribute (never by title or code):
 * <ul>
 * <li>a plan or an actor registry: its id ({@code lillestrom-handlingsplan});</li>
 * <li>an element inside a plan: plan id and element id ({@code lillestrom-handlingsplan.area-5}),
 * however deeply it is nested, so that references survive moving the element inside the plan. Inside
 * the plan the element id alone resolves;</li>
 * <li>an actor of a registry: its id alone ({@code lillestrom-kommune}), because registries exist to
 * be shared by all plans.</li>
 * </ul>
 * Elements without an id, and objects outside plans and registries (the SDG catalogue), get no name.
 */
@Singleton
public class PlanQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

	@Inject
	private IResourceScopeCache cache;

	@Override
	public QualifiedName getFullyQualifiedName(EObject object) {
		if (!(object instanceof Identifiable identifiable)) {
			return null;
		}
		return cache.get(Tuples.pair(object, "fqn"), object.eResource(), () -> computeName(identifiable));
	}

	private static QualifiedName computeName(Identifiable element) {
		String id = element.getId();
		if (id == null || id.isEmpty()) {
			return null;
		}
		EObject root = EcoreUtil.getRootContainer(element);
		if (root == element && (root instanceof Plan || root instanceof ActorRegistry) || root instanceof ActorRegistry) {
			return QualifiedName.create(id);
		}
		if (root instanceof Plan plan && plan.getId() != null && !plan.getId().isEmpty()) {
			return QualifiedName.create(plan.getId(), id);
		}
		return null;
	}
}
