package org.veikart.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Takes screenshots of shells under the test display: copies the shell's screen area (see
 * {@link #areaOf}) with
 * {@link GC#copyArea} and writes it as PNG below {@code target/screenshots} of the module (the
 * working directory of tycho-surefire). Returns the pixels so tests can check them.
 */
final class Screenshots {

	static final Path DIRECTORY = Path.of("target", "screenshots");

	private Screenshots() {
	}

	/**
	 * Lets pending paints run, then captures {@code shell}'s bounds from the screen.
	 *
	 * @param shell a visible shell
	 * @param name  file name without extension
	 * @return the captured pixels (also written to {@code target/screenshots/<name>.png})
	 */
	static ImageData capture(Shell shell, String name) throws IOException {
		Display display = shell.getDisplay();
		shell.forceActive();
		settle(display, 1500);
		Rectangle bounds = areaOf(shell);
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageData data = image.getImageData();
			Files.createDirectories(DIRECTORY);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			loader.save(DIRECTORY.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
			return data;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/**
	 * The screen area of {@code shell}: from its top-left corner to the bottom-right of its client
	 * area. Without a window manager SWT still adds an estimated title-bar trim to the shell's size,
	 * which would capture a strip of bare screen below the window.
	 */
	static Rectangle areaOf(Shell shell) {
		Rectangle bounds = shell.getBounds();
		Rectangle client = shell.getClientArea();
		Point end = shell.toDisplay(client.x + client.width, client.y + client.height);
		return new Rectangle(bounds.x, bounds.y, end.x - bounds.x, end.y - bounds.y);
	}

	/** Runs the event loop for {@code millis} so layout and painting finish. */
	static void settle(Display display, long millis) {
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
	}
}
