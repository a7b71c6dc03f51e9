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
     * Stores an attachment with the case after the core's checks (type, size); returns its id. An
     * {@code identifying} one (a record of an interview with the reporter) is opened, on a case with
     * sealed identities, by its identity keeper only, as a reveal.
     */
    long attach(Caller caller, long caseId, String fileName, String title, byte[] content, boolean identifying);
}
