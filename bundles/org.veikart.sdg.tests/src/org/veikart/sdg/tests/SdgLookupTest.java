package org.veikart.sdg.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.veikart.model.SdgGoal;
import org.veikart.model.SdgTarget;
import org.veikart.sdg.Sdgs;
import org.veikart.sdg.UnknownSdgException;

/** Looking up goals and targets by reference, the error messages, and suggestions. */
class SdgLookupTest {

    private static final String MALFORMED_HINT = ": write a goal number (8) or a target code (8.2, 8.a)";

    @Test
    void lookupOfGoalNumberGivesTheGoal() {
        SdgGoal goal = (SdgGoal) Sdgs.lookup("8");
        assertEquals(8, goal.getNumber());
        assertSame(Sdgs.goal(8), goal);
    }

    @ParameterizedTest
    @CsvSource({ "8.2, 8.2", "8.a, 8.a", "' 8.2 ', 8.2", "8.A, 8.a", "08.02, 8.2", "17.19, 17.19" })
    void lookupOfTargetCodeGivesTheTarget(String reference, String code) {
        SdgTarget target = (SdgTarget) Sdgs.lookup(reference);
        assertEquals(code, target.getCode());
        assertSame(Sdgs.target(code), target);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "18   | SDG \"18\" does not exist: the goals are numbered 1-17",
            "0    | SDG \"0\" does not exist: the goals are numbered 1-17",
            "8.99 | SDG target \"8.99\" does not exist: goal 8 has the targets 8.1-8.10, 8.a, 8.b",
            "8.c  | SDG target \"8.c\" does not exist: goal 8 has the targets 8.1-8.10, 8.a, 8.b",
            "1.6  | SDG target \"1.6\" does not exist: goal 1 has the targets 1.1-1.5, 1.a, 1.b",
            "18.2 | SDG target \"18.2\" does not exist: the goals are numbered 1-17",
            "abc  | \"abc\" is not an SDG reference" + MALFORMED_HINT,
            "8.   | \"8.\" is not an SDG reference" + MALFORMED_HINT,
            "SDG 8| \"SDG 8\" is not an SDG reference" + MALFORMED_HINT })
    void unknownReferencesAreRejectedWithAClearMessage(String reference, String message) {
        UnknownSdgException thrown = assertThrows(UnknownSdgException.class, () -> Sdgs.lookup(reference));
        assertEquals(message, thrown.getMessage());
        assertFalse(Sdgs.isValidReference(reference));
    }

    @Test
    void emptyAndNullReferencesAreRejectedWithAClearMessage() {
        assertEquals("\"\" is not an SDG reference" + MALFORMED_HINT,
                assertThrows(UnknownSdgException.class, () -> Sdgs.lookup("")).getMessage());
        assertEquals("No SDG reference given" + MALFORMED_HINT,
                assertThrows(UnknownSdgException.class, () -> Sdgs.lookup(null)).getMessage());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { " ", "abc", "18", "8.99", "8,2" })
    void invalidReferencesAreNotValid(String reference) {
        assertFalse(Sdgs.isValidReference(reference));
    }

    @ParameterizedTest
    @ValueSource(strings = { "1", "17", "8.2", "8.10", "8.a", " 8.b ", "17.19" })
    void existingReferencesAreValid(String reference) {
        assertTrue(Sdgs.isValidReference(reference));
    }

    @Test
    void goalAndTargetRejectUnknownNumbersAndCodes() {
        assertEquals("SDG \"18\" does not exist: the goals are numbered 1-17",
                assertThrows(UnknownSdgException.class, () -> Sdgs.goal(18)).getMessage());
        assertEquals("\"8\" is a goal, not a target: write a target code such as 8.1",
                assertThrows(UnknownSdgException.class, () -> Sdgs.target("8")).getMessage());
    }

    @Test
    void suggestionsForAnUnknownGoalIncludeTheGoalsItsDigitsName() {
        List<String> suggestions = Sdgs.closestReferences("18", 5);
        assertEquals(5, suggestions.size());
        assertTrue(suggestions.containsAll(List.of("1", "8")), suggestions.toString());
        assertEquals(List.of("8", "1", "17"), suggestions.subList(0, 3));
        assertEquals(List.of("8.1", "1.1"), Sdgs.closestReferences("18.1", 2));
    }

    @Test
    void suggestionsForAnUnknownTargetAreNearbyTargetsOfTheSameGoal() {
        List<String> suggestions = Sdgs.closestReferences("8.99", 4);
        assertEquals(List.of("8.9", "8.8", "8.7", "8.6"), suggestions);
    }

    @Test
    void suggestionsNeedDigitsAndAPositiveMaximum() {
        assertEquals(List.of(), Sdgs.closestReferences("abc", 5));
        assertEquals(List.of(), Sdgs.closestReferences(null, 5));
        assertEquals(List.of(), Sdgs.closestReferences("18", 0));
        assertEquals("8.2", Sdgs.closestReferences("8.2", 1).get(0));
    }
}
