package org.veikart.ui;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The Veikart workbench application ({@code org.veikart.ui.application}).
 * <p>
 * Takes no arguments of its own; it needs an instance location (the workspace), which the product's
 * configuration defaults to {@code @user.home/veikart-workspace}. Creates the display, runs the
 * workbench with {@link VeikartWorkbenchAdvisor} until the user closes it and returns
 * {@link IApplication#EXIT_RESTART} if a restart was asked for, otherwise {@link IApplication#EXIT_OK}.
 */
public final class VeikartApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		Display display = PlatformUI.createDisplay();
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new VeikartWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		// stop() may come from any thread; the workbench must be closed on the UI thread
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
