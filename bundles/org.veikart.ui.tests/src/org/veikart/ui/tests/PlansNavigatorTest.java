package org.veikart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.navigator.CommonViewer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.veikart.ui.PlanModellingPerspective;

/**
 * The Plans navigator over the workspace: a project created in the workspace appears in it with
 * its icon, and selecting it with the Properties view open works without errors in the platform log.
 */
class PlansNavigatorTest {

	private static final String PROJECT = "kommuneplan";

	private static IProject project;

	@BeforeAll
	static void createProject() throws CoreException {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
	}

	@AfterAll
	static void deleteProject() throws CoreException {
		project.delete(true, true, null);
	}

	@Test
	void plansNavigatorIsACommonNavigatorOverTheWorkspace() {
		CommonNavigator plans = plans();
		assertEquals("Plans", plans.getTitle());
		CommonViewer viewer = plans.getCommonViewer();
		assertEquals(ResourcesPlugin.getWorkspace().getRoot(), viewer.getInput());
		assertEquals(PlanModellingPerspective.PLANS_VIEW, viewer.getNavigatorContentService().getViewerId());
	}

	@Test
	void workspaceProjectAppearsAndItsPropertiesShowWithoutErrors() throws PartInitException, IOException {
		CommonNavigator plans = plans();
		CommonViewer viewer = plans.getCommonViewer();
		viewer.refresh();
		Screenshots.settle(viewer.getControl().getDisplay(), 300);

		TreeItem item = Arrays.stream(viewer.getTree().getItems()).filter(i -> i.getText().equals(PROJECT))
				.findFirst().orElseThrow(() -> new AssertionError("Plans shows no " + PROJECT + ": "
						+ Arrays.stream(viewer.getTree().getItems()).map(TreeItem::getText).toList()));
		// the project icon is one of the IDE images the workbench advisor declares
		assertNotNull(item.getImage(), "project icon");

		IWorkbenchPage page = plans.getSite().getPage();
		page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		page.activate(plans);
		viewer.setSelection(new StructuredSelection(project), true);
		Screenshots.settle(viewer.getControl().getDisplay(), 500);

		assertEquals(List.of(), errorsInLog(), "errors in " + Platform.getLogFileLocation());
	}

	private static CommonNavigator plans() {
		IViewPart view = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage()
				.findView(PlanModellingPerspective.PLANS_VIEW);
		assertNotNull(view, "Plans view");
		assertTrue(view instanceof CommonNavigator, "Plans is a Common Navigator: " + view.getClass());
		return (CommonNavigator) view;
	}

	/** The "!ENTRY ... 4 ..." (error) headers and their messages in the platform log, if any. */
	private static List<String> errorsInLog() throws IOException {
		Path log = Platform.getLogFileLocation().toPath();
		if (!Files.exists(log)) {
			return List.of();
		}
		List<String> lines = Files.readAllLines(log);
		List<String> errors = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String[] fields = lines.get(i).split(" ");
			if (fields.length > 2 && fields[0].equals("!ENTRY") && fields[2].equals("4")) {
				errors.add(lines.get(i) + (i + 1 < lines.size() ? " " + lines.get(i + 1) : ""));
			}
		}
		return errors;
	}
}
