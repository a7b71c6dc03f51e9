package org.xinfang.web.interfaces.rest.ledgers;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.xinfang.core.application.ledgers.ReportSchedules;
import org.xinfang.core.application.ledgers.ScreeningLedgers;
import org.xinfang.core.application.ledgers.ZeroReports;
import org.xinfang.core.domain.model.report.ReportRule;
import org.xinfang.core.domain.model.report.ZeroReport;
import org.xinfang.core.domain.model.screening.Dispute;
import org.xinfang.core.domain.model.screening.ScreeningRound;

/** The answers of the ledgers API, as plain records; labels in the caller's language beside the codes. */
public final class LedgerJson {

    private LedgerJson() {
    }

    public record ReportJson(Long id, Long unitId, String unitName, String cadence, String periodStart, String periodEnd,
                             boolean nothingToReport, int visitBatches, int visitPersons, int incidents, int casesRegistered, String notes,
                             LocalDateTime dueAt, boolean late, String reportedBy, LocalDateTime reportedAt) {

        static ReportJson of(ZeroReport r) {
            return r == null ? null : new ReportJson(r.getId(), r.getUnit().getId(), r.getUnit().getName(), r.getCadence().name(),
                    text(r.getPeriodStart()), text(r.getPeriodEnd()), r.isNothingToReport(), r.getVisitBatches(), r.getVisitPersons(),
                    r.getIncidents(), r.getCasesRegistered(), r.getNotes(), r.getDueAt(), r.isLate(), r.getReportedBy(),
                    r.getReportedAt());
        }
    }

    public record RuleJson(String cadence, String cadenceLabel, String cutOff, String dueWeekday, Integer dueDay, boolean dueNextMonth) {

        static RuleJson of(ReportRule r, Locale locale) {
            return new RuleJson(r.cadence().name(), r.cadence().label().in(locale), r.cutOff().toString(),
                    r.dueWeekday() == null ? null : r.dueWeekday().name(), r.dueDay(), r.dueNextMonth());
        }
    }

    public record DueJson(Long unitId, String unitName, RuleJson rule, String periodStart, String periodEnd, LocalDateTime dueAt,
                          String standing, String standingLabel, ReportJson report) {

        static DueJson of(ZeroReports.Due d, Locale locale) {
            return new DueJson(d.unit().getId(), d.unit().getName(), RuleJson.of(d.rule(), locale), text(d.period().startsOn()),
                    text(d.period().endsOn()), d.dueAt(), d.standing().name(), d.standing().label().in(locale), ReportJson.of(d.report()));
        }
    }

    public record OverviewJson(Long unitId, String unitName, String date, List<DueJson> units, ZeroReports.Totals totals) {

        static OverviewJson of(ZeroReports.Overview o, Locale locale) {
            return new OverviewJson(o.unit().getId(), o.unit().getName(), text(o.day()), o.units().stream().map(d -> DueJson.of(d, locale)).toList(),
                    o.totals());
        }
    }

    public record UnitJson(Long id, String name) {
    }

    public record LevelRuleJson(String level, String levelLabel, RuleJson rule, boolean changed) {
    }

    public record UnitRuleJson(Long unitId, String unitName, RuleJson rule) {
    }

    public record SchedulesJson(List<LevelRuleJson> levels, List<UnitRuleJson> units) {

        static SchedulesJson of(List<ReportSchedules.LevelRule> levels, List<ReportSchedules.UnitRule> units, Locale locale) {
            return new SchedulesJson(
                    levels.stream().map(l -> new LevelRuleJson(l.level().name(), l.level().label().in(locale), RuleJson.of(l.rule(), locale),
                            l.changed())).toList(),
                    units.stream().map(u -> new UnitRuleJson(u.unit().getId(), u.unit().getName(), RuleJson.of(u.rule(), locale))).toList());
        }
    }

    public record DisputeJson(Long id, Long unitId, String unitName, String foundOn, String roundStartsOn, String parties, String matter,
                              String risk, String riskLabel, String responsiblePerson, String plan, String dueOn, String status,
                              String statusLabel, boolean overdue, String resolution, Long caseId, String caseNumber, String settledBy,
                              LocalDateTime settledAt, String registeredBy, LocalDateTime registeredAt) {

        static DisputeJson of(ScreeningLedgers.DisputeView v, Locale locale) {
            Dispute d = v.dispute();
            return new DisputeJson(d.getId(), d.getUnit().getId(), d.getUnit().getName(), text(d.getFoundOn()), text(d.getRoundStartsOn()),
                    d.getParties(), d.getMatter(), d.getRisk().name(), d.getRisk().label().in(locale), d.getResponsiblePerson(), d.getPlan(),
                    text(d.getDueOn()), d.getStatus().name(), d.getStatus().label().in(locale), v.overdue(), d.getResolution(), d.getCaseId(),
                    v.caseNumber(), d.getSettledBy(), d.getSettledAt(), d.getRegisteredBy(), d.getRegisteredAt());
        }
    }

    public record RoundJson(Long id, Long unitId, String startsOn, String endsOn, int disputesFound, String note, String recordedBy,
                            LocalDateTime recordedAt) {

        static RoundJson of(ScreeningRound r) {
            return r == null ? null : new RoundJson(r.getId(), r.getUnit().getId(), text(r.getStartsOn()), text(r.getEndsOn()),
                    r.getDisputesFound(), r.getNote(), r.getRecordedBy(), r.getRecordedAt());
        }
    }

    public record RoundViewJson(String startsOn, String endsOn, boolean missing, RoundJson recorded) {
    }

    public record LedgerViewJson(Long unitId, String unitName, String month, int roundsPerMonth, List<RoundViewJson> rounds,
                                 List<DisputeJson> disputes, ScreeningLedgers.Counts counts, boolean mayKeep) {

        static LedgerViewJson of(ScreeningLedgers.Ledger l, Locale locale) {
            return new LedgerViewJson(l.unit().getId(), l.unit().getName(), l.month().toString(), l.roundsPerMonth(),
                    l.rounds().stream().map(r -> new RoundViewJson(text(r.period().startsOn()), text(r.period().endsOn()), r.missing(),
                            RoundJson.of(r.recorded()))).toList(),
                    l.disputes().stream().map(d -> DisputeJson.of(d, locale)).toList(), l.counts(), l.mayKeep());
        }
    }

    static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
