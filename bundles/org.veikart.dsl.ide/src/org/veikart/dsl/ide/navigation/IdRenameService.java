package org.veikart.dsl.ide.navigation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.rename.RenameService2;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.veikart.model.Identifiable;
import org.veikart.model.VeikartPackage;

/**
 * Rename in the language server, keyed on the model's {@code id}: the cursor may stand on the id that
 * declares an element or on any reference to it (Xtext's default looks for a {@code name} attribute,
 * which plan elements do not have and which for actors is the display name).
 */
public class IdRenameService extends RenameService2 {

	@Override
	protected EObject getElementWithIdentifierAt(XtextResource resource, int offset) {
		if (offset < 0 || resource.getParseResult() == null) {
			return null;
		}
		EObject referenced = getEObjectAtOffsetHelper().resolveCrossReferencedElementAt(resource, offset);
		if (referenced instanceof Identifiable && !referenced.eIsProxy()) {
			return referenced;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		EObject element = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
		if (element instanceof Identifiable) {
			for (INode idNode : NodeModelUtils.findNodesForFeature(element, VeikartPackage.Literals.IDENTIFIABLE__ID)) {
				if (idNode.getOffset() <= offset && offset <= idNode.getEndOffset()) {
					return element;
				}
			}
		}
		return null;
	}

	@Override
	protected String getElementName(EObject element) {
		return element instanceof Identifiable identifiable ? identifiable.getId() : super.getElementName(element);
	}
}
