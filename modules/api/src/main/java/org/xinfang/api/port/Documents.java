package org.xinfang.api.port;

import java.util.List;
import org.xinfang.api.caller.Caller;

/**
 * A case's documents as a plugin adds them: numbered written documents of its own (rendered as PDF
 * with the unit's seal, numbered in the unit's series for the year) and attachments.
 */
public interface Documents {

    /**
     * A written document to issue.
     *
     * @param series     the series' short name in the number, e.g. 拟办 → 青纪拟办〔2026〕3号
     * @param title      its title, e.g. 重要信访件拟办单
     * @param addressee  the salutation line, or null
     * @param paragraphs the body, one entry per paragraph
     */
    record Draft(String series, String title, String addressee, List<String> paragraphs) {
        public Draft {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    record Issued(long documentId, String number, String fileName) {
    }

    /** Issues {@code draft} on the case in the name of the case's unit; the caller must see the case. */
    Issued issue(Caller caller, long caseId, Draft draft);

    /**
     * Takes the next number of the unit's series {@code series} for the year of {@code on}, for a
     * document of the unit about no single case (a bureau's quarterly analysis) that is being issued:
     * 青人信析〔2025〕4号. The caller must be staff of the unit or above it.
     */
    String numberForUnit(Caller caller, long unitId, String series, java.time.LocalDate on);

    /**
     * {@code draft} set as a written document of the unit — letterhead, the bundled font, the unit's
     * seal, dated {@code on} — under {@code number} (a draft's may be a word such as 草稿). Not stored:
     * the plugin keeps what it issues, and the same draft, number and day give the same bytes again.
     * The caller must be staff of the unit or above it.
     */
    byte[] renderForUnit(Caller caller, long unitId, Draft draft, String number, java.time.LocalDate on);

    /**
     * Stores an attachment with the case after the core's checks (type, size); returns its id. An
     * {@code identifying} one (a record of an interview with the reporter) is opened, on a case with
     * sealed identities, by its identity keeper only, as a reveal.
     */
    long attach(Caller caller, long caseId, String fileName, String title, byte[] content, boolean identifying);
}
