package org.veikart.sdg.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.veikart.model.SdgGoal;
import org.veikart.sdg.SdgColours;
import org.veikart.sdg.Sdgs;

class SdgColoursTest {

	@Test
	void textOnEveryGoalColourMeetsWcagAa() {
		for (SdgGoal goal : Sdgs.catalogue().getGoals()) {
			String text = SdgColours.textOn(goal.getColour());
			double ratio = SdgColours.contrast(goal.getColour(), text);
			assertTrue(ratio >= 4.5, "goal " + goal.getNumber() + " " + goal.getColour() + " with " + text + ": " + ratio);
		}
	}

	@Test
	void lightGoalsGetDarkTextAndDarkGoalsWhite() {
		assertEquals(SdgColours.DARK_TEXT, SdgColours.textOn(Sdgs.goal(7).getColour()));
		assertEquals(SdgColours.LIGHT_TEXT, SdgColours.textOn(Sdgs.goal(17).getColour()));
	}

	@Test
	void contrastIsTheWcagRatio() {
		assertEquals(21.0, SdgColours.contrast("#000000", "#FFFFFF"), 1e-9);
		assertEquals(1.0, SdgColours.contrast("#4C9F38", "#4c9f38"), 1e-9);
		assertThrows(IllegalArgumentException.class, () -> SdgColours.textOn("red"));
	}
}
