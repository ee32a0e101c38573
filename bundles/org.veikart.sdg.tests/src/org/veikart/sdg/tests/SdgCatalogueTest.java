package org.veikart.sdg.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.veikart.model.SdgCatalogue;
import org.veikart.model.SdgGoal;
import org.veikart.model.SdgTarget;
import org.veikart.sdg.Sdgs;

/** The catalogue content built from data/: counts, order, names, colours, texts. */
class SdgCatalogueTest {

    private final SdgCatalogue catalogue = Sdgs.catalogue();

    @Test
    void hasSeventeenGoalsNumberedOneToSeventeenInOrder() {
        List<Integer> numbers = catalogue.getGoals().stream().map(SdgGoal::getNumber).toList();
        assertEquals(IntStream.rangeClosed(1, 17).boxed().toList(), numbers);
    }

    @Test
    void hasExactly169Targets() {
        assertEquals(169, allTargets().size());
    }

    @Test
    void everyTargetCodeStartsWithItsGoalNumberAndHasMatchingId() {
        for (SdgGoal goal : catalogue.getGoals()) {
            assertEquals("sdg-" + goal.getNumber(), goal.getId());
            for (SdgTarget target : goal.getTargets()) {
                assertTrue(target.getCode().startsWith(goal.getNumber() + "."), target.getCode());
                assertEquals("sdg-" + target.getCode(), target.getId());
            }
        }
    }

    @Test
    void goalEightHasNumberedThenLetteredTargets() {
        List<String> codes = Sdgs.goal(8).getTargets().stream().map(SdgTarget::getCode).toList();
        assertEquals(List.of("8.1", "8.2", "8.3", "8.4", "8.5", "8.6", "8.7", "8.8", "8.9", "8.10", "8.a", "8.b"),
                codes);
    }

    @Test
    void catalogueIdentifiesVersionSourceAndLicence() {
        assertEquals("sdg-catalogue-2020", catalogue.getId());
        assertEquals("2020", catalogue.getVersion());
        assertTrue(catalogue.getSource().contains("open-sdg"), catalogue.getSource());
        assertTrue(catalogue.getLicence().contains("MIT"), catalogue.getLicence());
        assertSame(catalogue, Sdgs.catalogue());
    }

    @Test
    void everyColourIsUppercaseHexAndMatchesColoursCsv() throws IOException {
        Map<Integer, String> expected = readColoursCsv();
        assertEquals(17, expected.size());
        for (SdgGoal goal : catalogue.getGoals()) {
            assertTrue(goal.getColour().matches("#[0-9A-F]{6}"), goal.getColour());
            assertEquals(expected.get(goal.getNumber()), goal.getColour());
        }
        assertEquals("#A21942", Sdgs.goal(8).getColour());
    }

    @Test
    void norwegianNamesFollowFnSambandetAndKeepOpenSdgWordingAsAlias() {
        assertEquals("Utrydde fattigdom", Sdgs.goal(1).getNameNb());
        assertEquals("Anstendig arbeid og økonomisk vekst", Sdgs.goal(8).getNameNb());
        assertEquals("Industri, innovasjon og infrastruktur", Sdgs.goal(9).getNameNb());
        assertEquals("Samarbeid for å nå målene", Sdgs.goal(17).getNameNb());
        assertEquals(List.of("Ingen fattigdom"), Sdgs.goal(1).getAliases());
        assertEquals(List.of(), Sdgs.goal(8).getAliases());
    }

    @Test
    void goalsHaveEnglishNamesAndBothTitles() {
        SdgGoal goal = Sdgs.goal(8);
        assertEquals("Decent work and economic growth", goal.getNameEn());
        assertTrue(goal.getTitleEn().startsWith("Promote sustained, inclusive and sustainable economic growth"),
                goal.getTitleEn());
        for (SdgGoal each : catalogue.getGoals()) {
            assertFalse(each.getTitleEn().isBlank());
            assertFalse(each.getTitleNb().isBlank());
        }
    }

    @Test
    void duplicatedNorwegianTargetTextIsDroppedOnTheLaterTargetOnly() {
        assertNull(Sdgs.target("1.a").getTextNb());
        assertTrue(Sdgs.target("1.5").getTextNb().startsWith("Innen 2030 må du bygge motstanden"));
        assertNull(Sdgs.target("10.3").getTextNb());
        assertNotNull(Sdgs.target("10.2").getTextNb());
        assertNotNull(Sdgs.target("1.a").getTextEn());
    }

    @Test
    void everyTargetHasEnglishTextAndUnreviewedNorwegianText() {
        for (SdgTarget target : allTargets()) {
            assertNotNull(target.getTextEn(), target.getCode());
            assertFalse(target.getTextEn().isBlank(), target.getCode());
            assertFalse(target.isTextNbReviewed(), target.getCode());
        }
        long withNb = allTargets().stream().filter(target -> target.getTextNb() != null).count();
        assertEquals(167, withNb);
    }

    @Test
    void multiLineYamlTextsAreJoinedWithSingleSpaces() {
        String text = Sdgs.target("1.1").getTextEn();
        assertEquals("By 2030, eradicate extreme poverty for all people everywhere, currently measured as people"
                + " living on less than $1.25 a day", text);
    }

    private List<SdgTarget> allTargets() {
        return catalogue.getGoals().stream().flatMap(goal -> goal.getTargets().stream()).toList();
    }

    private static Map<Integer, String> readColoursCsv() throws IOException {
        Map<Integer, String> colours = new HashMap<>();
        // the fragment shares the host's class loader, so the host's data/ is visible
        try (InputStream in = Sdgs.class.getResourceAsStream("/data/colours.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
                String[] cells = line.split(",");
                colours.put(Integer.valueOf(cells[0].strip()), cells[1].strip());
            });
        }
        return colours;
    }
}
