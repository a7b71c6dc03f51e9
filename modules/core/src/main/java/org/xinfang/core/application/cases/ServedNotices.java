package org.xinfang.core.application.cases;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.xinfang.api.model.NoticeKind;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.core.application.kernel.Messages;

/**
 * What a case's served notices have fixed. A written notice is the petitioner's proof, so once it is
 * served the facts it states are corrected only by a new step with its own notice — never by editing the
 * case, which would make the case say something other than the paper the petitioner holds. Read from the
 * notices' texts ({@code NoticeFacts}, {@code NoticeTexts}):
 * <ul>
 * <li>the subject ({@code subject}) is stated by every notice, as 关于…的信访事项;</li>
 * <li>the content ({@code summary}) is quoted, as 主要内容, by the letters to another body — 转送函 and
 * 交办函 — and by no notice to the petitioner;</li>
 * <li>the category is stated by no notice, and stays correctable while the matter is open.</li>
 * </ul>
 * A notice counts as served from the step that issues it: the system records no separate delivery, and
 * the step is where the petitioner's copy is made. The date received, the parties and the number are not
 * correctable at all. A case in a terminal state
 * (declined, concluded, settled…) is not edited at all: its last notice closed it (see {@code DefaultCaseService}).
 */
public final class ServedNotices {

    /** The notices that quote the case's content. */
    static final Set<NoticeKind> QUOTING_CONTENT = EnumSet.of(NoticeKind.FORWARD, NoticeKind.ASSIGNMENT);

    /** One notice served on the case: its kind and number, oldest first in a list. */
    public record Served(NoticeKind kind, String number) {
        public Served {
            Objects.requireNonNull(kind, "kind");
        }
    }

    private final List<Served> served;

    public ServedNotices(List<Served> served) {
        this.served = List.copyOf(served);
    }

    /** The first served notice that states {@code field} ("subject", "content", "category"), if any. */
    public Optional<Served> stating(String field) {
        return switch (field) {
            case "subject" -> served.stream().findFirst();
            case "content" -> served.stream().filter(s -> QUOTING_CONTENT.contains(s.kind())).findFirst();
            default -> Optional.empty();
        };
    }

    public boolean fixes(String field) {
        return stating(field).isPresent();
    }

    /** The correctable facts of a case, as stored or as a correction gives them. */
    public record Facts(String subject, String content, String category) {
    }

    /**
     * A problem for each field the correction would change although a served notice states it, in the
     * order subject, content, category; empty when it touches only what no notice states.
     */
    public List<FieldProblem> refusals(Locale locale, Facts stored, Facts given) {
        List<FieldProblem> problems = new ArrayList<>();
        refuse(locale, "subject", stored.subject(), given.subject(), problems);
        refuse(locale, "content", stored.content(), given.content(), problems);
        refuse(locale, "category", stored.category(), given.category(), problems);
        return problems;
    }

    private void refuse(Locale locale, String field, String stored, String given, List<FieldProblem> problems) {
        if (!Objects.equals(blankToNull(stored), blankToNull(given))) {
            stating(field).ifPresent(notice -> problems.add(new FieldProblem(field, Messages.get(locale, "case.correct.served",
                    notice.kind().label().in(locale), notice.number() == null ? "" : notice.number()))));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
