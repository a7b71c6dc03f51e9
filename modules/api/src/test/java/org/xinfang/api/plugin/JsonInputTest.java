package org.xinfang.api.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The plugins' one body reader: what is wrong is named field by field, in the plugin's own words. */
class JsonInputTest {

    /** Words each problem as "field:PROBLEM" and its arguments, so the tests see what the plugin is told. */
    private static final JsonInput.Wording WORDS = (problem, field, args) -> field + ":" + problem + (args.length == 0 ? "" : List.of(args));

    enum Colour { RED, GREEN }

    @Test
    void aBodyThatIsNoObjectIsRefusedAtOnceNamingTheBody() {
        Refusal notJson = assertThrows(Refusal.class, () -> JsonInput.parse("{\"a\":", WORDS));
        assertEquals(List.of(new Refusal.Field("body", "body:NOT_JSON")), notJson.fields());
        Refusal notObject = assertThrows(Refusal.class, () -> JsonInput.parseOrEmpty("[1,2]", WORDS));
        assertEquals("body:NOT_OBJECT", notObject.getMessage());
        Refusal blank = assertThrows(Refusal.class, () -> JsonInput.parse("  ", WORDS));
        assertEquals("body:NOT_JSON", blank.getMessage());
        JsonInput empty = JsonInput.parseOrEmpty("", WORDS);
        assertNull(empty.text("a"));
        empty.refuseIfProblems();
    }

    @Test
    void aBodyNestedBeyondTheParsersDepthIsRefusedAsNoJsonNotAnError() {
        String deep = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        Refusal refused = assertThrows(Refusal.class, () -> JsonInput.parse(deep, WORDS));
        assertEquals("body:NOT_JSON", refused.getMessage());
    }

    @Test
    void everyProblemIsNamedOnceInOneRefusal() {
        JsonInput in = JsonInput.parse("{\"z\":1,\"name\":3,\"on\":\"2026-13-01\",\"colour\":\"BLUE\",\"colours\":[\"RED\",7],\"id\":-2,\"y\":0}",
                WORDS).known(Set.of("name", "on", "colour", "colours", "id", "note"));
        assertNull(in.text("name", 10, true), "a number is no text, and not also missing");
        assertNull(in.date("on"));
        assertNull(in.choice("colour", Colour.class, true));
        assertEquals(Set.of(Colour.RED), in.choices("colours", Colour.class));
        assertNull(in.id("id"));
        assertNull(in.text("note", 10, true));
        Refusal refused = assertThrows(Refusal.class, () -> in.refuseIfProblems("summary"));
        assertEquals("summary", refused.getMessage());
        assertEquals(List.of(
                new Refusal.Field("y", "y:UNKNOWN[[colour, colours, id, name, note, on]]"),
                new Refusal.Field("z", "z:UNKNOWN[[colour, colours, id, name, note, on]]"),
                new Refusal.Field("name", "name:NOT_TEXT"),
                new Refusal.Field("on", "on:NOT_DATE"),
                new Refusal.Field("colour", "colour:NOT_CHOICE[BLUE, RED, GREEN]"),
                new Refusal.Field("colours", "colours:NOT_CHOICE_IN_LIST[7, RED, GREEN]"),
                new Refusal.Field("id", "id:NOT_ID"),
                new Refusal.Field("note", "note:REQUIRED")), refused.fields());
    }

    @Test
    void anUnknownFieldsMessageCanNameTheFieldsTheCallTakes() {
        Refusal refused = assertThrows(Refusal.class, () -> JsonInput.parse("{\"colr\":\"RED\"}",
                (problem, field, args) -> field + " is unknown; it takes " + JsonInput.knownFields(args)).known(Set.of("note", "colour")).refuseIfProblems());
        assertEquals(List.of(new Refusal.Field("colr", "colr is unknown; it takes colour, note")), refused.fields());
    }

    @Test
    void goodValuesAreReadTrimmedAndBlankIsAbsent() {
        JsonInput in = JsonInput.parse("{\"name\":\"  Li  \",\"on\":\" 2026-03-01 \",\"blank\":\"  \",\"long\":\"abcdef\",\"raw\":\" x \"}", WORDS);
        assertEquals("Li", in.text("name", 10, true));
        assertEquals(" x ", in.text("raw"));
        assertEquals(LocalDate.of(2026, 3, 1), in.date("on"));
        assertNull(in.date("blank"));
        assertNull(in.text("long", 5, false));
        Refusal refused = assertThrows(Refusal.class, in::refuseIfProblems);
        assertEquals("long:TOO_LONG[5]", refused.getMessage());
    }
}
