package org.veikart.ui;

import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

/**
 * Configures the Veikart workbench: the plan-modelling perspective opens first, the workspace root
 * is the page input (so the Plans navigator shows the workspace's projects) and the window layout
 * is saved between sessions.
 * <p>
 * Guarantees that the workspace is saved when the workbench shuts down, so resource state (markers,
 * project descriptions) survives a restart.
 */
public final class VeikartWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
		// resource adapters (labels, icons) for the Project Explorer and the Problems view
		IDE.registerAdapters();
		IdeImages.declare(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return PlanModellingPerspective.ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new VeikartWindowAdvisor(configurer);
	}

	@Override
	public void postShutdown() {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		try {
			workspace.save(true, null);
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
	}
}
