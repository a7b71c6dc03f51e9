package org.xinfang.core.application.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.Spreadsheets;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.prevention.MeetingKinds;
import org.xinfang.core.application.prevention.PreventionDesk;
import org.xinfang.core.domain.model.prevention.AnalysisMeeting;
import org.xinfang.core.domain.model.prevention.AnalysisMeetingRepository;
import org.xinfang.core.domain.model.prevention.FollowUp;
import org.xinfang.core.domain.model.prevention.MeetingDecision;
import org.xinfang.core.domain.model.prevention.RiskAssessment;
import org.xinfang.core.domain.model.prevention.RiskAssessmentRepository;
import org.xinfang.core.domain.model.unit.OrgUnit;

/**
 * The prevention ledgers a unit files as Excel: its risk assessments, and the decisions of its
 * analysis meetings with how each was followed up — the unit and those below it, within a period,
 * titled with the unit's name and the period.
 */
@ApplicationScoped
public class PreventionExports {

    @Inject
    private MeetingKinds kinds;

    @Inject
    private RiskAssessmentRepository assessments;

    @Inject
    private AnalysisMeetingRepository meetings;

    @Inject
    private PreventionDesk desk;

    @Inject
    private Spreadsheets spreadsheets;

    @Inject
    private Clock clock;

    /** The risk assessments of the unit (none: the caller's own) and below, assessed within the period. */
    @Transactional
    public byte[] assessments(Caller caller, Long unitId, LocalDate from, LocalDate to) {
        Locale locale = caller.locale();
        PreventionDesk.requireOrdered(caller, from, to);
        OrgUnit unit = desk.ledgerUnit(caller, unitId);
        List<List<Object>> rows = new ArrayList<>();
        for (RiskAssessment a : assessments.within(List.of(unit.getPath()), from, to, ListExports.MAX_ROWS)) {
            List<FollowUp> followUps = a.getFollowUps();
            FollowUp last = followUps.isEmpty() ? null : followUps.get(followUps.size() - 1);
            rows.add(Arrays.asList(a.getUnit().getName(), a.getProjectName(), a.getProjectOwner(), a.getPlannedStart(), a.getAssessedOn(),
                    a.getRating().label().in(locale), a.getRisks(), a.getConditions(), a.getStatus().label().in(locale), followUps.size(),
                    last == null ? null : last.getFollowedOn(), last == null ? null : last.getNote()));
        }
        return sheet(locale, unit, Messages.get(locale, "export.assessments"), from, to, List.of("unit", "projectName", "projectOwner", "plannedStart",
                "assessedOn", "rating", "risks", "conditions", "status", "followUps", "lastFollowedOn", "lastFollowUp"), rows);
    }

    /** The decisions of the meetings of the unit (none: the caller's own) and below, held within the period. */
    @Transactional
    public byte[] decisions(Caller caller, Long unitId, LocalDate from, LocalDate to) {
        return decisions(caller, unitId, from, to, null);
    }

    /**
     * The decisions of the meetings of {@code kind} (null: every kind) of the unit (none: the caller's
     * own) and below, held within the period; each row names its meeting's kind, the title the kind asked for.
     *
     * @throws InvalidInputException naming {@code kind} when no such kind is installed
     */
    @Transactional
    public byte[] decisions(Caller caller, Long unitId, LocalDate from, LocalDate to, String kind) {
        Locale locale = caller.locale();
        PreventionDesk.requireOrdered(caller, from, to);
        OrgUnit unit = desk.ledgerUnit(caller, unitId);
        String kindLabel = kind == null ? null : kinds.known(kind, locale).label().in(locale);
        LocalDate today = LocalDate.now(clock);
        List<List<Object>> rows = new ArrayList<>();
        for (MeetingDecision d : meetings.decisionsWithin(List.of(unit.getPath()), from, to, kind, ListExports.MAX_ROWS)) {
            AnalysisMeeting m = d.getMeeting();
            rows.add(Arrays.asList(m.getUnit().getName(), kinds.label(m.getKind(), locale), m.getHeldOn(), m.getMonth().toString(),
                    m.getOutsideBodies(), d.getText(), d.getResponsible(), d.getDueOn(),
                    yesNo(locale, d.isDone()), yesNo(locale, d.isOverdueOn(today)), d.getDoneNote(),
                    d.getDoneAt() == null ? null : d.getDoneAt().toLocalDate()));
        }
        List<String> heads = List.of("unit", "kind", "heldOn", "month", "outsideBodies", "decision", "responsible", "dueOn",
                "done", "overdue", "doneNote", "doneOn");
        String title = kindLabel == null ? Messages.get(locale, "export.decisions") : Messages.get(locale, "export.decisions.ofKind", kindLabel);
        return sheet(locale, unit, title, from, to, heads, rows);
    }

    private byte[] sheet(Locale locale, OrgUnit unit, String name, LocalDate from, LocalDate to, List<String> heads, List<List<Object>> rows) {
        String period = from == null && to == null ? Messages.get(locale, "export.prevention.period.all")
                : Messages.get(locale, "export.prevention.period", from == null ? "…" : from.toString(), to == null ? "…" : to.toString());
        return spreadsheets.write(List.of(new Spreadsheets.Table(name, unit.getName() + " " + name + " " + period,
                heads.stream().map(h -> Messages.get(locale, "export.head.prevention." + h)).toList(), rows)));
    }

    private static String yesNo(Locale locale, boolean yes) {
        return Messages.get(locale, yes ? "export.yes" : "export.no");
    }
}
