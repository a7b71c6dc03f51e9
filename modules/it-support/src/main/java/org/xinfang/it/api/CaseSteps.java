package org.xinfang.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.xinfang.it.api.Api.Answer;

/**
 * A case's procedure over HTTP, for black-box tests that walk a case through its steps: take a step at
 * the version the caller last read, read where it stands, and read a notice's text as the petitioner
 * reads the stored PDF.
 */
public final class CaseSteps {

    private CaseSteps() {
    }

    /** The case's procedure as {@code user} sees it; fails unless they may. */
    public static JsonObject procedure(String user, long caseId) {
        Answer answer = Api.get(user, "/cases/" + caseId + "/procedure");
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    /** Takes {@code transition} with {@code inputs} at the version {@code user} reads now; the answer as it comes. */
    public static Answer take(String user, long caseId, String transition, JsonObjectBuilder inputs) {
        Answer read = Api.get(user, "/cases/" + caseId);
        long version = read.status() == 200 ? read.json().getJsonNumber("version").longValue() : 0;
        return Api.post(user, "/cases/" + caseId + "/procedure/steps", inputs.add("transition", transition).add("version", version).build());
    }

    /** Takes the step and fails the test unless it is taken; the procedure as it then stands. */
    public static JsonObject taken(String user, long caseId, String transition, JsonObjectBuilder inputs) {
        Answer answer = take(user, caseId, transition, inputs);
        assertEquals(200, answer.status(), () -> transition + ": " + answer);
        return answer.json();
    }

    public static JsonObjectBuilder none() {
        return Json.createObjectBuilder();
    }

    public static JsonObjectBuilder reason(String text) {
        return Json.createObjectBuilder().add("reason", text);
    }

    /** A decision's inputs: its outcome ({@code SUPPORT}, {@code EXPLAIN}, {@code REJECT}) and the opinion. */
    public static JsonObjectBuilder opinion(String outcome, String text) {
        return reason(text).add("outcome", outcome);
    }

    /** The due date of one of the case's clocks as {@code user} reads it. */
    public static LocalDate dueOn(String user, long caseId, String clock) {
        return procedure(user, caseId).getJsonArray("clocks").getValuesAs(JsonObject.class).stream()
                .filter(k -> k.getString("name").equals(clock)).findFirst()
                .map(k -> LocalDate.parse(k.getString("dueOn"))).orElseThrow(() -> new AssertionError("no clock " + clock));
    }

    /** 2026年3月5日: a date as the notices write it in their text. */
    public static String written(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** The text of the case's last notice of {@code noticeKind} (e.g. {@code DECISION}), whitespace removed, from its stored PDF. */
    public static String noticeText(String user, long caseId, String noticeKind) {
        Answer listed = Api.get(user, "/cases/" + caseId + "/documents");
        assertEquals(200, listed.status(), listed::toString);
        List<JsonObject> notices = listed.array().getValuesAs(JsonObject.class).stream()
                .filter(d -> noticeKind.equals(d.getString("noticeKind", null))).toList();
        if (notices.isEmpty()) {
            throw new AssertionError("no " + noticeKind + " notice in " + listed.body());
        }
        return documentText(user, caseId, notices.get(notices.size() - 1).getJsonNumber("id").longValue());
    }

    /** The text of the case's document {@code documentId}, whitespace removed, from its stored PDF. */
    public static String documentText(String user, long caseId, long documentId) {
        HttpResponse<byte[]> pdf = Api.getBytes(user, "/cases/" + caseId + "/documents/" + documentId);
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
