package org.veikart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * Checks the Veikart menu bar as SWT renders it: the top-level menus in order and the standard
 * actions inside them. Menus fill themselves when shown, so each is sent an {@code SWT.Show}.
 */
class MenuBarTest {

	@Test
	void menuBarHasFileWindowHelpInThisOrder() {
		List<String> labels = new ArrayList<>();
		for (MenuItem item : menuBar().getItems()) {
			labels.add(plain(item.getText()));
		}
		assertEquals(List.of("File", "Window", "Help"), labels);
	}

	@Test
	void fileMenuOffersExit() {
		assertTrue(itemsOf("File").contains("Exit"), "File menu: " + itemsOf("File"));
	}

	@Test
	void windowMenuOffersShowViewAndResetPerspective() {
		List<String> items = itemsOf("Window");
		assertTrue(items.contains("Show View"), "Window menu: " + items);
		assertTrue(items.stream().anyMatch(i -> i.startsWith("Reset Perspective")), "Window menu: " + items);
	}

	@Test
	void helpMenuOffersAboutVeikart() {
		assertTrue(itemsOf("Help").contains("About Veikart"), "Help menu: " + itemsOf("Help"));
	}

	private static Menu menuBar() {
		Menu bar = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell().getMenuBar();
		assertNotNull(bar, "menu bar");
		return bar;
	}

	/** Labels (mnemonics and accelerators stripped) of the items in the named top-level menu. */
	private static List<String> itemsOf(String menuLabel) {
		for (MenuItem item : menuBar().getItems()) {
			if (plain(item.getText()).equals(menuLabel)) {
				Menu menu = item.getMenu();
				menu.notifyListeners(SWT.Show, new Event());
				List<String> labels = new ArrayList<>();
				for (MenuItem child : menu.getItems()) {
					if ((child.getStyle() & SWT.SEPARATOR) == 0) {
						labels.add(plain(child.getText()));
					}
				}
				menu.notifyListeners(SWT.Hide, new Event());
				return labels;
			}
		}
		throw new AssertionError("no top-level menu " + menuLabel);
	}

	private static String plain(String text) {
		int tab = text.indexOf('\t');
		String label = tab < 0 ? text : text.substring(0, tab);
		return label.replace("&", "").replace("...", "").trim();
	}
}
