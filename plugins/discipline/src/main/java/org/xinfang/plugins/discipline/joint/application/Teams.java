package org.xinfang.plugins.discipline.joint.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.AuditTrail;
import org.xinfang.api.port.Organisation;
import org.xinfang.plugins.discipline.DisciplinePlugin;
import org.xinfang.plugins.discipline.joint.JointCase;
import org.xinfang.plugins.discipline.joint.PoolMember;
import org.xinfang.plugins.discipline.joint.RegionRule;
import org.xinfang.plugins.discipline.joint.Team;
import org.xinfang.api.plugin.Refusal;
import org.xinfang.plugins.discipline.kernel.Roles;
import org.xinfang.plugins.discipline.kernel.Texts;
import org.xinfang.plugins.discipline.recusal.Duty;
import org.xinfang.plugins.discipline.recusal.Person;
import org.xinfang.plugins.discipline.recusal.Recusals;

/**
 * The pool of case officers, the standing teams drawn from it, and the selected cases split over
 * the teams. A team never takes a case of its own members' region, and nobody on it may be someone
 * who must stand aside from the case; both are checked whenever a case or a member is added.
 */
@ApplicationScoped
public class Teams {

    @Inject
    private JointRecords records;

    @Inject
    private Committees committees;

    @Inject
    private Recusals recusals;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** A new pool member, proposed by the office or a leader; usable once a leader approves. */
    public record Candidate(String name, long unitId, String post, String username, boolean standingCommittee) {
    }

    @Transactional
    public PoolMember addToPool(Caller caller, long committeeUnitId, Candidate candidate) {
        Organisation.Unit committee = committees.committee(caller, committeeUnitId);
        Roles.require(caller, committee.path(), "discipline.joint.mayNotManagePool", DisciplinePlugin.ROLE_CLERK, DisciplinePlugin.ROLE_LEADER);
        Organisation.Unit home = committees.unit(caller.locale(), "unitId", candidate.unitId());
        boolean lower = committees.lowerCommittees(committee.id()).stream().anyMatch(u -> u.id() == home.id());
        if (home.id() != committee.id() && !lower) {
            throw Texts.invalid(caller.locale(), "unitId", "discipline.joint.poolUnitOutside", home.name(), committee.name());
        }
        PoolMember member = new PoolMember(committee.id(), candidate.name(), home.id(), home.name(), candidate.post(),
                candidate.username(), candidate.standingCommittee(), caller.username(), LocalDateTime.now(clock));
        records.add(member);
        audit.record(caller, JointAuditAction.DISCIPLINE_JOINT_POOL_ADDED, "PoolMember", member.getId(), committee.id(),
                member.getName() + " " + home.name());
        return member;
    }

    /** 审定: a leader approves a pool member. */
    @Transactional
    public PoolMember approve(Caller caller, long committeeUnitId, long memberId) {
        Organisation.Unit committee = committees.committee(caller, committeeUnitId);
        Roles.require(caller, committee.path(), "discipline.joint.onlyLeaderApprovesPool", DisciplinePlugin.ROLE_LEADER);
        PoolMember member = member(caller, committee.id(), memberId, "memberId");
        member.approve(caller.username(), LocalDateTime.now(clock));
        audit.record(caller, JointAuditAction.DISCIPLINE_JOINT_POOL_APPROVED, "PoolMember", member.getId(), committee.id(), member.getName());
        return member;
    }

    @Transactional
    public List<PoolMember> pool(Caller caller, long committeeUnitId) {
        return records.pool(committees.committee(caller, committeeUnitId).id());
    }

    @Transactional
    public List<Team> teams(Caller caller, long committeeUnitId) {
        return records.teams(committees.committee(caller, committeeUnitId).id());
    }

    /** A leader forms a team: its leader a standing-committee member, everyone approved and in no other team. */
    @Transactional
    public Team form(Caller caller, long committeeUnitId, String name, long leaderId, List<Long> memberIds) {
        Organisation.Unit committee = committees.committee(caller, committeeUnitId);
        Roles.require(caller, committee.path(), "discipline.joint.onlyLeaderFormsTeams", DisciplinePlugin.ROLE_LEADER);
        if (records.teams(committee.id()).stream().anyMatch(t -> t.getName().equals(name))) {
            throw Texts.invalid(caller.locale(), "name", "discipline.joint.teamNameTaken", name);
        }
        PoolMember leader = usable(caller, committee.id(), leaderId, "leaderId");
        if (!leader.isStandingCommittee()) {
            throw Texts.invalid(caller.locale(), "leaderId", "discipline.joint.leaderNotStanding", leader.getName());
        }
        Team team = new Team(committee.id(), name, leader, caller.username(), LocalDateTime.now(clock));
        for (Long id : memberIds) {
            team.add(usable(caller, committee.id(), id, "memberIds"));
        }
        records.add(team);
        audit.record(caller, JointAuditAction.DISCIPLINE_JOINT_TEAM_FORMED, "Team", team.getId(), committee.id(),
                name + " " + team.everyone().stream().map(PoolMember::getName).toList());
        return team;
    }

    /** A leader adds a member to a team; refused if the member's region or a recusal clashes with a case the team has. */
    @Transactional
    public Team join(Caller caller, long committeeUnitId, long teamId, long memberId) {
        Organisation.Unit committee = committees.committee(caller, committeeUnitId);
        Roles.require(caller, committee.path(), "discipline.joint.onlyLeaderFormsTeams", DisciplinePlugin.ROLE_LEADER);
        Team team = team(caller, committee.id(), teamId);
        PoolMember member = usable(caller, committee.id(), memberId, "memberId");
        team.add(member);
        for (JointCase taken : records.ofTeam(team.getId())) {
            refuseIfClashes(caller, team, taken);
        }
        audit.record(caller, JointAuditAction.DISCIPLINE_JOINT_TEAM_JOINED, "Team", team.getId(), committee.id(), member.getName());
        return team;
    }

    /** A leader gives a selected case to a team, with its due date (default: the committee's days per case from today). */
    @Transactional
    public JointCase assign(Caller caller, long jointCaseId, long teamId, LocalDate dueOn) {
        JointCase selected = records.visibleCase(caller, jointCaseId);
        Roles.require(caller, selected.getCommitteeUnitPath(), "discipline.joint.onlyLeaderAssigns", DisciplinePlugin.ROLE_LEADER);
        selected.requireSelected(caller.locale());
        Team team = team(caller, selected.getCommitteeUnitId(), teamId);
        refuseIfClashes(caller, team, selected);
        LocalDate today = LocalDate.now(clock);
        LocalDate due = dueOn != null ? dueOn : today.plusDays(records.settings(selected.getCommitteeUnitId()).getDaysPerCase());
        if (!due.isAfter(today)) {
            throw Texts.invalid(caller.locale(), "dueOn", "discipline.joint.dueNotAfterToday");
        }
        selected.takenBy(team.getId(), due);
        audit.record(caller, JointAuditAction.DISCIPLINE_JOINT_CASE_TAKEN, "JointCase", selected.getId(), selected.getCommitteeUnitId(),
                selected.getCaseNumber() + " → " + team.getName() + " " + due);
        return selected;
    }

    /** The region rule, then recusal person by person: the first clash refuses, naming the member and the ground. */
    private void refuseIfClashes(Caller caller, Team team, JointCase c) {
        List<Long> unitIds = new ArrayList<>(team.everyone().stream().map(PoolMember::getUnitId).toList());
        unitIds.add(c.getRegionUnitId());
        Map<Long, Organisation.Unit> units = committees.units(unitIds);
        Organisation.Unit region = units.get(c.getRegionUnitId());
        if (region != null) {
            RegionRule.memberFromRegion(team, region, units).ifPresent(m -> {
                String message = Texts.get(caller.locale(), "discipline.joint.ownRegion", team.getName(), m.getName(), m.getUnitName(),
                        c.getCaseNumber(), region.name());
                throw new Refusal(Refusal.Kind.INVALID, message, List.of(new Refusal.Field("teamId", message)));
            });
        }
        for (PoolMember m : team.everyone()) {
            Organisation.Unit home = units.get(m.getUnitId());
            recusals.refuseIfRecused(caller, c.getCaseId(), new Person(m.getName(), m.getUsername(), home == null ? List.of() : List.of(home)),
                    Duty.TEAM_MEMBER);
        }
    }

    private Team team(Caller caller, long committeeId, long teamId) {
        return records.team(committeeId, teamId)
                .orElseThrow(() -> Texts.invalid(caller.locale(), "teamId", "discipline.joint.teamNotFound", String.valueOf(teamId)));
    }

    private PoolMember member(Caller caller, long committeeId, long memberId, String field) {
        return records.poolMember(committeeId, memberId)
                .orElseThrow(() -> Texts.invalid(caller.locale(), field, "discipline.joint.memberNotFound", String.valueOf(memberId)));
    }

    /** An approved pool member in no team yet. */
    private PoolMember usable(Caller caller, long committeeId, long memberId, String field) {
        PoolMember member = member(caller, committeeId, memberId, field);
        if (!member.isApproved()) {
            throw Texts.invalid(caller.locale(), field, "discipline.joint.memberNotApproved", member.getName());
        }
        records.teams(committeeId).stream().filter(t -> t.includes(member)).findFirst().ifPresent(t -> {
            throw Texts.invalid(caller.locale(), field, "discipline.joint.memberInTeam", member.getName(), t.getName());
        });
        return member;
    }
}
