package org.xinfang.core.application.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.procedure.EffectiveProcedure;
import org.xinfang.core.application.cases.CaseNotFoundException;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.notice.NoticeRenderer;
import org.xinfang.core.application.notice.NoticeText;
import org.xinfang.core.application.notice.NoticeTexts;
import org.xinfang.core.application.procedure.ClockReading;
import org.xinfang.core.application.procedure.ProcedureEngine;
import org.xinfang.core.application.procedure.Procedures;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseRepository;
import org.xinfang.core.domain.model.ownership.CaseOwnership;
import org.xinfang.core.domain.model.ownership.CaseOwnershipRepository;
import org.xinfang.core.domain.model.ownership.OwnershipDuty;
import org.xinfang.core.domain.model.user.AppUserRepository;
import org.xinfang.core.domain.model.procedure.CaseStep;
import org.xinfang.core.domain.model.unit.OrgUnit;

/**
 * The complete file of a case (一套完整卷宗) and its one-case card (一案一卡), both for the people who
 * work on it. The file is one ZIP: an index, the history of every step, then every notice and
 * attachment the caller may open — an identifying attachment of a sealed case is listed in the index
 * but left out, since opening it is a reveal its keeper makes on its own, with a reason.
 */
@ApplicationScoped
public class CaseFiles {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The file's name and bytes. */
    public record Bundle(String fileName, byte[] zip) {
    }

    @Inject
    private CaseRepository cases;

    @Inject
    private CaseDocuments documents;

    @Inject
    private ProcedureEngine engine;

    @Inject
    private Procedures procedures;

    @Inject
    private CaseOwnershipRepository ownerships;

    @Inject
    private AppUserRepository users;

    @Inject
    private NoticeRenderer renderer;

    @Inject
    private IdentityDisclosure disclosure;

    @Inject
    private Clock clock;

    /** The case's complete file as a ZIP with its index first. */
    @Transactional
    public Bundle bundle(Caller caller, Long caseId) {
        Case c = cases.find(caseId, caller.visibility()).orElseThrow(() -> new CaseNotFoundException(caseId));
        Locale locale = caller.locale();
        LocalDate today = LocalDate.now(clock);
        List<CaseStep> history = engine.history(c);
        List<CaseDocuments.ShownDocument> shown = documents.shown(caller, caseId);

        List<String> index = new ArrayList<>();
        index.add(Messages.get(locale, "casefile.index.matter", c.getNumber(), disclosure.redact(c, c.getSubject()), c.getReceivedOn(),
                stateLabel(c, c.getStatus(), locale)));
        index.add(Messages.get(locale, "casefile.index.history", 1, history.size()));
        // The index first, in the order a reader opens the file: so the entries are named before any is written.
        List<String> names = new ArrayList<>();
        int n = 2;
        for (CaseDocuments.ShownDocument d : shown) {
            if (!d.openable() || d.sealed()) {
                index.add(Messages.get(locale, "casefile.index.withheld", n++, d.title()));
                names.add(null);
                continue;
            }
            String name = String.format("%02d-%s", n, safe(d.fileName()));
            index.add(Messages.get(locale, "casefile.index.item", n++, d.title(), name));
            names.add(name);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, "00-" + Messages.get(locale, "casefile.index.title") + ".pdf",
                    pdf(c, Messages.get(locale, "casefile.index.title"), index, today));
            put(zip, "01-" + Messages.get(locale, "casefile.history.title") + ".pdf", historyPdf(c, history, locale, today));
            for (int i = 0; i < shown.size(); i++) {
                if (names.get(i) != null) {
                    put(zip, names.get(i), documents.read(caller, caseId, shown.get(i).document().getId()).content());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Bundle(safe(c.getNumber()) + "-卷宗.zip", bytes.toByteArray());
    }

    /** 一案一卡: the matter, its 四定 and 四包, the working group and plan, the next time limit, on one page. */
    @Transactional
    public byte[] card(Caller caller, Long caseId) {
        Case c = cases.find(caseId, caller.visibility()).orElseThrow(() -> new CaseNotFoundException(caseId));
        Locale locale = caller.locale();
        LocalDate today = LocalDate.now(clock);
        String none = Messages.get(locale, "card.none");
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get(locale, "card.matter", c.getNumber(), disclosure.redact(c, c.getSubject()), c.getPetitionerName(),
                c.getReceivedOn(), stateLabel(c, c.getStatus(), locale), c.getUnit().getName()));
        CaseOwnership owned = ownerships.ofCase(c.getId()).stream().findFirst().orElse(null);
        if (owned != null) {
            lines.add(Messages.get(locale, "card.fixes", owned.getTask(), person(owned.getLeaderUsername()), person(owned.getHandlerUsername()),
                    owned.getDueOn(), owned.isOverdueOn(today) ? Messages.get(locale, "card.overdue") : ""));
            for (OwnershipDuty duty : OwnershipDuty.values()) {
                lines.add(owned.done(duty).map(d -> Messages.get(locale, "card.duty", duty.label().in(locale), d.getNote()))
                        .orElse(Messages.get(locale, "card.dutyOpen", duty.label().in(locale))));
            }
            lines.add(Messages.get(locale, "card.group", owned.getWorkingGroup() == null ? none : owned.getWorkingGroup()));
            lines.add(Messages.get(locale, "card.plan", owned.getResolutionPlan() == null ? none : owned.getResolutionPlan()));
        }
        engine.clocks(c).stream().filter(k -> !k.isStopped()).min(Comparator.comparing(ClockReading::dueOn))
                .ifPresent(k -> lines.add(Messages.get(locale, "card.deadline", k.label().in(locale), k.dueOn())
                        + (k.isOverdue() ? Messages.get(locale, "card.deadlinePassed") : "")));
        return pdf(c, Messages.get(locale, "card.title"), lines, today);
    }

    private byte[] historyPdf(Case c, List<CaseStep> history, Locale locale, LocalDate today) {
        EffectiveProcedure procedure = procedures.of(c.getAgencyType());
        List<String> lines = new ArrayList<>();
        for (CaseStep s : history) {
            String step = CaseStep.REGISTER.equals(s.getTransition()) ? CaseStep.REGISTER_LABEL.in(locale)
                    : procedure.transition(s.getTransition()).map(t -> t.label().in(locale)).orElse(s.getTransition());
            String reason = s.getReason() == null ? "" : disclosure.redact(c, s.getReason());
            lines.add(Messages.get(locale, "casefile.history.step", s.getOccurredAt().format(AT), step,
                    stateLabel(c, s.getToState(), locale), s.getActor(), reason));
        }
        return pdf(c, Messages.get(locale, "casefile.history.title"), lines, today);
    }

    private byte[] pdf(Case c, String title, List<String> lines, LocalDate today) {
        OrgUnit unit = c.getUnit();
        String seal = unit.getSealText() == null || unit.getSealText().isBlank() ? unit.getName() : unit.getSealText();
        NoticeText text = new NoticeText(unit.getName(), title, c.getNumber(), null, lines.stream().filter(l -> !l.isBlank()).toList(),
                NoticeTexts.chineseDate(today), seal);
        return renderer.render(text, today, c.getNumber() + " " + title);
    }

    /** A person as a printed card names them: their name, with the account that tells namesakes apart. */
    private String person(String username) {
        return users.findByUsername(username).map(u -> u.getDisplayName() + "（" + username + "）").orElse(username);
    }

    private String stateLabel(Case c, String state, Locale locale) {
        return procedures.of(c.getAgencyType()).state(state).map(s -> s.label().in(locale)).orElse(state);
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** A name safe in a ZIP and on every file system: no path separators or reserved characters. */
    private static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|]", "_");
    }
}
