package org.xinfang.plugins.discipline.joint.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.xinfang.api.port.Callers;
import org.xinfang.api.port.Organisation;
import org.xinfang.plugins.discipline.joint.Figures;
import org.xinfang.plugins.discipline.joint.application.JointFigures;
import org.xinfang.plugins.discipline.kernel.Roles;

/**
 * The year's figures ({@code /plugins/discipline/joint-figures.xhtml}): the committee's line and each
 * team's, with the workbook from the API beside them — the same computation the API answers with.
 */
@Named("jointFigures")
@ViewScoped
public class JointFiguresPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Callers callers;

    @Inject
    private transient JointFigures figures;

    @Inject
    private transient Organisation organisation;

    @Inject
    private transient Clock clock;

    private Long committeeId;
    private int year;
    private transient List<Figures.Row> rows;

    @PostConstruct
    void init() {
        year = LocalDate.now(clock).getYear();
        committeeId = CommitteeChoice.of(callers.current(), organisation)
                .filter(c -> Roles.inCommissionOver(callers.current(), c.path())).map(Organisation.Unit::id).orElse(null);
    }

    public void show() {
        rows = null;
    }

    /** The committee's line first, then one per team. */
    public List<Figures.Row> getRows() {
        if (rows == null) {
            rows = new ArrayList<>();
            if (committeeId != null) {
                Figures f = figures.of(callers.current(), committeeId, year);
                rows.add(f.total());
                rows.addAll(f.teams());
            }
        }
        return rows;
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }
}
