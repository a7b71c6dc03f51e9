package org.xinfang.web.interfaces.web.ledgers;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.xinfang.api.model.UnitLevel;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.ledgers.ReportSchedules;
import org.xinfang.core.application.ledgers.ScheduleInput;
import org.xinfang.core.domain.model.report.ReportCadence;
import org.xinfang.core.domain.model.report.ReportRule;
import org.xinfang.core.domain.model.user.CoreRoles;
import org.xinfang.web.interfaces.web.Labels;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * The reporting rules (报送规则): each level's rule, edited in place, and the units with a rule of their
 * own, added and taken away. Everyone may read them; only an administrator changes them.
 */
@Named("reportSchedules")
@ViewScoped
public class ReportSchedulesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A rule as the page edits it: for a level ({@code unitId} null) or for one unit. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final UnitLevel level;
        private final Long unitId;
        private final String name;
        private final boolean changed;
        private ReportCadence cadence;
        private LocalTime cutOff;
        private DayOfWeek dueWeekday;
        private Integer dueDay;
        private boolean dueNextMonth;

        Row(UnitLevel level, Long unitId, String name, boolean changed, ReportRule rule) {
            this.level = level;
            this.unitId = unitId;
            this.name = name;
            this.changed = changed;
            this.cadence = rule.cadence();
            this.cutOff = rule.cutOff();
            this.dueWeekday = rule.dueWeekday();
            this.dueDay = rule.dueDay();
            this.dueNextMonth = rule.dueNextMonth();
        }

        ScheduleInput input() {
            return new ScheduleInput(cadence, cutOff, dueWeekday, dueDay, dueNextMonth);
        }

        /** The rule as it reads, from what is typed now. */
        public ReportRule getRule() {
            return cadence == null || cutOff == null ? null : new ReportRule(cadence, cutOff, dueWeekday, dueDay, dueNextMonth);
        }

        public UnitLevel getLevel() {
            return level;
        }

        public Long getUnitId() {
            return unitId;
        }

        public String getName() {
            return name;
        }

        public boolean isChanged() {
            return changed;
        }

        public ReportCadence getCadence() {
            return cadence;
        }

        public void setCadence(ReportCadence cadence) {
            this.cadence = cadence;
        }

        public LocalTime getCutOff() {
            return cutOff;
        }

        public void setCutOff(LocalTime cutOff) {
            this.cutOff = cutOff;
        }

        public DayOfWeek getDueWeekday() {
            return dueWeekday;
        }

        public void setDueWeekday(DayOfWeek dueWeekday) {
            this.dueWeekday = dueWeekday;
        }

        public Integer getDueDay() {
            return dueDay;
        }

        public void setDueDay(Integer dueDay) {
            this.dueDay = dueDay;
        }

        public boolean isDueNextMonth() {
            return dueNextMonth;
        }

        public void setDueNextMonth(boolean dueNextMonth) {
            this.dueNextMonth = dueNextMonth;
        }
    }

    @Inject
    private transient ReportSchedules schedules;

    @Inject
    private transient Labels labels;

    @Inject
    private transient WebCaller webCaller;

    @Inject
    private transient UiMessages messages;

    private List<Row> levels;
    private List<Row> unitRows;
    private Long newUnitId;
    private Row newRule;

    @PostConstruct
    void start() {
        load();
    }

    private void load() {
        levels = schedules.levels().stream()
                .map(l -> new Row(l.level(), null, labels.label(l.level()), l.changed(), l.rule())).toList();
        unitRows = schedules.unitRules().stream()
                .map(u -> new Row(null, u.unit().getId(), u.unit().getName(), true, u.rule())).toList();
        newRule = new Row(null, null, null, false, ReportRule.DEFAULT);
        newUnitId = null;
    }

    public boolean isAdmin() {
        return webCaller.get().hasRole(CoreRoles.ADMIN);
    }

    /** Every unit, for choosing the one to give a rule of its own. */
    public List<SelectItem> getUnitChoices() {
        return labels.unitChoices();
    }

    public void save(Row row) {
        act(() -> {
            if (row.getUnitId() == null) {
                schedules.setForLevel(webCaller.get(), row.getLevel(), row.input());
            } else {
                schedules.setForUnit(webCaller.get(), row.getUnitId(), row.input());
            }
            messages.info(null, messages.text("schedules.saved", row.getName()));
        });
    }

    public void addUnitRule() {
        act(() -> {
            schedules.setForUnit(webCaller.get(), newUnitId, newRule.input());
            messages.info(null, messages.text("schedules.unitAdded"));
        });
    }

    public void remove(Row row) {
        act(() -> {
            schedules.removeForUnit(webCaller.get(), row.getUnitId());
            messages.info(null, messages.text("schedules.removed", row.getName()));
        });
    }

    private void act(Runnable change) {
        try {
            change.run();
            load();
        } catch (InvalidInputException | NotPermittedException e) {
            messages.refused("ledgers.field.", e);
        }
    }

    public List<Row> getLevels() {
        return levels;
    }

    public List<Row> getUnitRows() {
        return unitRows;
    }

    public Long getNewUnitId() {
        return newUnitId;
    }

    public void setNewUnitId(Long newUnitId) {
        this.newUnitId = newUnitId;
    }

    public Row getNewRule() {
        return newRule;
    }
}
