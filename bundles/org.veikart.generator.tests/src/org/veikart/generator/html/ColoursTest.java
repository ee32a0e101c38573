package org.veikart.generator.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.veikart.model.SdgGoal;
import org.veikart.sdg.Sdgs;

/** Text on every official SDG colour reaches WCAG AA contrast (4.5:1); only well-formed colours reach a style. */
class ColoursTest {

	@Test
	void everySdgColourGetsReadableText() {
		for (SdgGoal goal : Sdgs.catalogue().getGoals()) {
			String text = Colours.textOn(goal.getColour());
			double ratio = contrast(goal.getColour(), text);
			assertTrue(ratio >= 4.5, "goal " + goal.getNumber() + " " + goal.getColour() + " with " + text + ": " + ratio);
		}
		assertEquals("#ffffff", Colours.textOn("#A21942"));
		assertEquals("#111111", Colours.textOn("#FCC30B"));
	}

	@Test
	void onlyHexColoursBecomeStyles() {
		assertEquals("background:#E5243B;color:#ffffff", Colours.style("#E5243B"));
		assertNull(Colours.style("red;background:url(javascript:x)"));
		assertNull(Colours.style(null));
	}

	private static double contrast(String a, String b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	private static double luminance(String hex) {
		int rgb = Integer.parseInt(hex.substring(1), 16);
		double[] c = { (rgb >> 16 & 0xff) / 255.0, (rgb >> 8 & 0xff) / 255.0, (rgb & 0xff) / 255.0 };
		for (int i = 0; i < 3; i++) {
			c[i] = c[i] <= 0.03928 ? c[i] / 12.92 : Math.pow((c[i] + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
	}
}
