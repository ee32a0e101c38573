package org.veikart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veikart.ui.PlanModellingPerspective;
import org.veikart.ui.VeikartWindowAdvisor;

/**
 * Smoke test of the running Veikart workbench (started by the UI test harness as the product's
 * application): window title and icons, the plan-modelling perspective with its views in their
 * places, and a screenshot of the window.
 */
class WorkbenchWindowTest {

	private IWorkbenchWindow window;
	private Shell shell;

	@BeforeEach
	void findWindow() {
		IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
		assertEquals(1, windows.length, "workbench windows");
		window = windows[0];
		shell = window.getShell();
	}

	@Test
	void shellIsTitledVeikartAndCarriesTheProductIcons() {
		assertEquals("Veikart", shell.getText());
		// windowImages lists 16, 32, 48 and 128 px
		assertEquals(4, shell.getImages().length, "window images");
		assertEquals("Veikart", PlatformUI.getWorkbench().getDisplay().getAppName());
	}

	@Test
	void shellHasTheInitialSize() {
		Point size = shell.getSize();
		Point expected = VeikartWindowAdvisor.INITIAL_SIZE;
		assertTrue(Math.abs(size.x - expected.x) <= 40 && Math.abs(size.y - expected.y) <= 60,
				"window size " + size + ", expected about " + expected);
	}

	@Test
	void planModellingPerspectiveIsActiveWithItsViewsInPlace() {
		IWorkbenchPage page = window.getActivePage();
		assertNotNull(page, "active page");
		assertEquals(PlanModellingPerspective.ID, page.getPerspective().getId());
		assertEquals("Plan modelling", page.getPerspective().getLabel());
		assertTrue(page.isEditorAreaVisible(), "editor area visible");

		Rectangle plans = boundsOf(page, PlanModellingPerspective.PLANS_VIEW);
		Rectangle outline = boundsOf(page, IPageLayout.ID_OUTLINE);
		Rectangle properties = boundsOf(page, IPageLayout.ID_PROP_SHEET);
		Rectangle problems = boundsOf(page, IPageLayout.ID_PROBLEM_VIEW);

		assertTrue(plans.x + plans.width <= outline.x, "Plans left of Outline: " + plans + " / " + outline);
		assertTrue(plans.x + plans.width <= problems.x, "Plans left of Problems: " + plans + " / " + problems);
		assertTrue(outline.y + outline.height <= properties.y, "Outline above Properties: " + outline + " / " + properties);
		assertEquals(outline.x, properties.x, "Outline and Properties share the right column");
		assertTrue(problems.y > outline.y, "Problems at the bottom: " + problems);
	}

	@Test
	void screenshotShowsAPaintedWindow() throws Exception {
		ImageData pixels = Screenshots.capture(shell, "workbench");
		assertTrue(Files.size(Screenshots.DIRECTORY.resolve("workbench.png")) > 0, "screenshot written");
		assertEquals(Screenshots.areaOf(shell).width, pixels.width);
		// a blank or black capture has a handful of colours; a painted workbench has many
		assertTrue(distinctColours(pixels) > 50, "colours in screenshot: " + distinctColours(pixels));
	}

	/** Display-relative bounds of the view's part control; fails if the view is missing or hidden. */
	private Rectangle boundsOf(IWorkbenchPage page, String viewId) {
		assertNotNull(page.findView(viewId), "view " + viewId + " in the perspective");
		MPart part = window.getService(EPartService.class).findPart(viewId);
		assertNotNull(part, "model part of " + viewId);
		assertTrue(part.getWidget() instanceof Control, "widget of " + viewId + ": " + part.getWidget());
		Control control = (Control) part.getWidget();
		assertTrue(control.isVisible(), viewId + " visible");
		Rectangle bounds = control.getBounds();
		Point origin = control.getParent().toDisplay(bounds.x, bounds.y);
		return new Rectangle(origin.x, origin.y, bounds.width, bounds.height);
	}

	private static int distinctColours(ImageData data) {
		Set<Integer> colours = new HashSet<>();
		for (int y = 0; y < data.height; y += 3) {
			for (int x = 0; x < data.width; x += 3) {
				colours.add(data.getPixel(x, y));
			}
		}
		return colours.size();
	}
}
