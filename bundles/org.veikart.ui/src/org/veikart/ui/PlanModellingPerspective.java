package org.veikart.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The "Plan modelling" perspective ({@value #ID}): the editor area in the middle, the Plans
 * navigator on the left, Outline and Properties on the right and Problems at the
 * bottom. Guarantees these view ids are in the layout, so Window &gt; Reset Perspective brings
 * them back.
 */
public final class PlanModellingPerspective implements IPerspectiveFactory {

	/** Perspective id, as declared in plugin.xml. */
	public static final String ID = "org.veikart.ui.perspective";

	/**
	 * The Plans navigator over the workspace: the platform's Project Explorer under its own view
	 * and Common Navigator viewer id (plugin.xml), to which later bundles bind plan content.
	 */
	public static final String PLANS_VIEW = "org.veikart.ui.plans";

	/** Folder ids, stable so later views can be added to the same stacks. */
	public static final String LEFT = "org.veikart.ui.left";
	public static final String RIGHT_TOP = "org.veikart.ui.rightTop";
	public static final String RIGHT_BOTTOM = "org.veikart.ui.rightBottom";
	public static final String BOTTOM = "org.veikart.ui.bottom";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);

		IFolderLayout left = layout.createFolder(LEFT, IPageLayout.LEFT, 0.22f, editors);
		left.addView(PLANS_VIEW);

		IFolderLayout bottom = layout.createFolder(BOTTOM, IPageLayout.BOTTOM, 0.74f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);

		IFolderLayout rightTop = layout.createFolder(RIGHT_TOP, IPageLayout.RIGHT, 0.72f, editors);
		rightTop.addView(IPageLayout.ID_OUTLINE);

		IFolderLayout rightBottom = layout.createFolder(RIGHT_BOTTOM, IPageLayout.BOTTOM, 0.5f, RIGHT_TOP);
		rightBottom.addView(IPageLayout.ID_PROP_SHEET);

		layout.addShowViewShortcut(PLANS_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
	}
}
