package org.xinfang.plugins.discipline.joint.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.Organisation;
import org.xinfang.plugins.discipline.joint.Figures;
import org.xinfang.plugins.discipline.joint.JointCase;

/**
 * A committee's figures for a year, for its own staff: the whole register, then each team's share of
 * the selected cases. The page, the API and the workbook all read this one computation.
 */
@ApplicationScoped
public class JointFigures {

    @Inject
    private JointRecords records;

    @Inject
    private Committees committees;

    @Transactional
    public Figures of(Caller caller, long committeeUnitId, int year) {
        Organisation.Unit committee = committees.committee(caller, committeeUnitId);
        List<JointCase> cases = records.ofYear(committee.id(), year);
        List<Figures.Row> teams = records.teams(committee.id()).stream()
                .map(team -> Figures.Row.count(team.getName(), cases.stream().filter(c -> team.getId().equals(c.getTeamId())).toList()))
                .toList();
        return new Figures(year, Figures.Row.count(committee.name(), cases), teams);
    }

    /** The same figures as an .xlsx workbook, headed in the caller's language. */
    @Transactional
    public byte[] workbook(Caller caller, long committeeUnitId, int year) {
        return FiguresWorkbook.write(of(caller, committeeUnitId, year), caller.locale());
    }
}
