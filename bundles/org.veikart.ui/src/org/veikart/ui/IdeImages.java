package org.veikart.ui;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.internal.ide.IDEInternalWorkbenchImages;
import org.osgi.framework.Bundle;

/**
 * Declares the org.eclipse.ui.ide images that the IDE's own workbench advisor would declare and that
 * the Plans navigator (project icons) and the Problems view (severity icons) look up by key.
 * Without this an RCP application shows those entries without icons.
 */
final class IdeImages {

	private static final String IDE_BUNDLE = "org.eclipse.ui.ide";
	private static final String OBJ16 = "$nl$/icons/full/obj16/";

	private IdeImages() {
	}

	/**
	 * @param configurer the configurer passed to {@code WorkbenchAdvisor.initialize}
	 */
	@SuppressWarnings("restriction")
	static void declare(IWorkbenchConfigurer configurer) {
		Bundle ide = Platform.getBundle(IDE_BUNDLE);
		declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT, "prj_obj.png");
		declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "cprj_obj.png");
		declare(configurer, ide, IDEInternalWorkbenchImages.IMG_OBJS_ERROR_PATH, "error_tsk.png");
		declare(configurer, ide, IDEInternalWorkbenchImages.IMG_OBJS_WARNING_PATH, "warn_tsk.png");
		declare(configurer, ide, IDEInternalWorkbenchImages.IMG_OBJS_INFO_PATH, "info_tsk.png");
	}

	private static void declare(IWorkbenchConfigurer configurer, Bundle ide, String key, String file) {
		// FileLocator resolves $nl$ and the @2x variants the way the IDE advisor does
		ImageDescriptor image = ImageDescriptor.createFromURL(FileLocator.find(ide, IPath.fromOSString(OBJ16 + file)));
		configurer.declareImage(key, image, true);
	}
}
