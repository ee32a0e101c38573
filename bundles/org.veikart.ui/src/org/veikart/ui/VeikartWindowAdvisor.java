package org.veikart.ui;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * Shapes each Veikart workbench window before it opens: title "Veikart", an initial size of
 * 1280x800, a menu bar (from {@link VeikartActionBarAdvisor}), a status line and a progress area;
 * no cool bar, since the skeleton has no tool bar actions yet.
 */
public final class VeikartWindowAdvisor extends WorkbenchWindowAdvisor {

	/** The window title; tests and users look for it. */
	public static final String TITLE = "Veikart";

	/** Initial size of a new window (a saved layout overrides it on later starts). */
	public static final Point INITIAL_SIZE = new Point(1280, 800);

	/**
	 * @param configurer the workbench's configurer for the window being created
	 */
	public VeikartWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new VeikartActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setTitle(TITLE);
		configurer.setInitialSize(INITIAL_SIZE);
		configurer.setShowMenuBar(true);
		configurer.setShowCoolBar(false);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(false);
	}
}
