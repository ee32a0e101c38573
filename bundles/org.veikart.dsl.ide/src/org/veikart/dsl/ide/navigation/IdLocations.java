package org.veikart.dsl.ide.navigation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.resource.DefaultLocationInFileProvider;
import org.veikart.model.Identifiable;
import org.veikart.model.VeikartPackage;

/**
 * The significant text of an element is its {@code id}, the name references use (Xtext's default
 * would prefer a {@code name} attribute, which for actors is the display name). Go-to-definition,
 * highlighting of the declaration and rename all land on the id.
 */
public class IdLocations extends DefaultLocationInFileProvider {

	@Override
	protected EStructuralFeature getIdentifierFeature(EObject object) {
		if (object instanceof Identifiable identifiable && identifiable.getId() != null) {
			return VeikartPackage.Literals.IDENTIFIABLE__ID;
		}
		return super.getIdentifierFeature(object);
	}
}
