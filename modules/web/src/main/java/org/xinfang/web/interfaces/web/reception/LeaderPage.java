package org.xinfang.web.interfaces.web.reception;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.application.reception.CaseOwnerships.OwnedCase;
import org.xinfang.core.application.reception.CaseOwnerships;
import org.xinfang.core.application.reception.ReceptionVisits.MonthProgress;
import org.xinfang.core.application.reception.ReceptionVisits.VisitFilter;
import org.xinfang.core.application.reception.ReceptionVisits;
import org.xinfang.core.application.reception.VisitNotFoundException;
import org.xinfang.core.domain.model.visit.ReceptionVisit;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * The leader's page (领导接访台账): this month's meetings per kind against the monthly minimums, the
 * months before, the cases the leader owns (包案) with their due dates, and the latest meetings. A
 * leader sees their own; a desk user or a leader above picks a leader of the units they see.
 */
@Named("leaderPage")
@ViewScoped
public class LeaderPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int RECENT = 10;

    @Inject
    private transient ReceptionVisits visits;

    @Inject
    private transient CaseOwnerships ownerships;

    @Inject
    private transient WebCaller webCaller;

    /** The leaders to choose from, read once per view. */
    private transient List<SelectItem> leaders;

    private String leader;
    private transient List<MonthProgress> progress;
    private transient List<OwnedCase> owned;
    private transient List<ReceptionVisit> recent;

    @PostConstruct
    void init() {
        List<SelectItem> choices = getLeaders();
        String me = webCaller.get().username();
        leader = choices.stream().anyMatch(i -> me.equals(i.getValue())) ? me
                : choices.isEmpty() ? null : (String) choices.get(0).getValue();
    }

    /** The leaders of the units the user sees. */
    public List<SelectItem> getLeaders() {
        if (leaders == null) {
            leaders = visits.leaders(webCaller.get()).stream()
                    .map(l -> new SelectItem(l.username(), l.displayName() + "（" + l.username() + "）")).toList();
        }
        return leaders;
    }

    public void show() {
        progress = null;
        owned = null;
        recent = null;
    }

    /** This month first, then the months before it. */
    public List<MonthProgress> getProgress() {
        if (progress == null) {
            try {
                progress = leader == null ? List.of()
                        : visits.progress(webCaller.get(), leader, YearMonth.now(Clocks.statutoryClock()), ReceptionVisits.HISTORY_MONTHS);
            } catch (VisitNotFoundException notVisible) {
                progress = List.of();
            }
        }
        return progress;
    }

    public MonthProgress getThisMonth() {
        return getProgress().isEmpty() ? null : getProgress().get(0);
    }

    public List<MonthProgress> getEarlierMonths() {
        return getProgress().size() < 2 ? List.of() : getProgress().subList(1, getProgress().size());
    }

    public List<OwnedCase> getOwned() {
        if (owned == null) {
            owned = leader == null ? List.of() : ownerships.openOf(webCaller.get(), leader);
        }
        return owned;
    }

    public List<ReceptionVisit> getRecent() {
        if (recent == null) {
            recent = leader == null ? List.of() : visits.list(webCaller.get(), new VisitFilter(null, null, null, leader), RECENT);
        }
        return recent;
    }

    public String getLeader() {
        return leader;
    }

    public void setLeader(String leader) {
        this.leader = leader;
    }
}
