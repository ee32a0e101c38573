package org.veikart.dsl.ide.navigation;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.refactoring.IRenameStrategy2;
import org.veikart.model.Identifiable;
import org.veikart.model.VeikartPackage;

/**
 * Rename changes the model's {@code id} (the name every reference uses); the change serializer then
 * rewrites the declaration and every reference to it, in this file and in the other files of the
 * workspace.
 */
public class IdRenameStrategy extends IRenameStrategy2.DefaultImpl {

	@Override
	protected EAttribute getNameEAttribute(EObject target) {
		return target instanceof Identifiable ? VeikartPackage.Literals.IDENTIFIABLE__ID : super.getNameEAttribute(target);
	}
}
