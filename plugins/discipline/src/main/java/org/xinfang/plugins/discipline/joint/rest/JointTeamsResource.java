package org.xinfang.plugins.discipline.joint.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.Callers;
import org.xinfang.plugins.discipline.joint.application.Teams;
import org.xinfang.plugins.discipline.joint.rest.JointViews.JointCaseJson;
import org.xinfang.plugins.discipline.joint.rest.JointViews.PoolMemberJson;
import org.xinfang.plugins.discipline.joint.rest.JointViews.TeamJson;
import org.xinfang.plugins.discipline.kernel.Input;

/** The pool of case officers, the standing teams, and a selected case given to a team. */
@Path("discipline/joint")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JointTeamsResource {

    @Inject
    Callers callers;

    @Inject
    Teams teams;

    @Inject
    Clock clock;

    @GET
    @Path("committees/{committeeId}/pool")
    public List<PoolMemberJson> pool(@PathParam("committeeId") long committeeId) {
        return teams.pool(callers.current(), committeeId).stream().map(PoolMemberJson::of).toList();
    }

    /** {@code {"name":"陈刚","unitId":7,"post":"城关镇纪委副书记","username":null,"standingCommittee":false}}. */
    @POST
    @Path("committees/{committeeId}/pool")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addToPool(@PathParam("committeeId") long committeeId, String body) {
        Caller caller = callers.current();
        Input in = Input.parse(body, caller.locale());
        String name = in.text("name", 50, true);
        Long unitId = in.id("unitId", true);
        String post = in.text("post", 100, false);
        String username = in.text("username", 100, false);
        boolean standing = in.flag("standingCommittee");
        in.refuseIfProblems();
        PoolMemberJson added = PoolMemberJson.of(teams.addToPool(caller, committeeId, new Teams.Candidate(name, unitId, post, username, standing)));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    /** 审定: a leader approves a pool member. */
    @POST
    @Path("committees/{committeeId}/pool/{memberId}/approval")
    public PoolMemberJson approve(@PathParam("committeeId") long committeeId, @PathParam("memberId") long memberId) {
        return PoolMemberJson.of(teams.approve(callers.current(), committeeId, memberId));
    }

    @GET
    @Path("committees/{committeeId}/teams")
    public List<TeamJson> teams(@PathParam("committeeId") long committeeId) {
        return teams.teams(callers.current(), committeeId).stream().map(TeamJson::of).toList();
    }

    /** {@code {"name":"第一联查组","leaderId":1,"memberIds":[2,3]}}. */
    @POST
    @Path("committees/{committeeId}/teams")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response form(@PathParam("committeeId") long committeeId, String body) {
        Caller caller = callers.current();
        Input in = Input.parse(body, caller.locale());
        String name = in.text("name", 50, true);
        Long leader = in.id("leaderId", true);
        List<Long> members = in.ids("memberIds");
        in.refuseIfProblems();
        return Response.status(Response.Status.CREATED)
                .entity(TeamJson.of(teams.form(caller, committeeId, name, leader, members))).build();
    }

    /** {@code {"memberId":4}}: refused when the member's region or a recusal clashes with a case the team has. */
    @POST
    @Path("committees/{committeeId}/teams/{teamId}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    public TeamJson join(@PathParam("committeeId") long committeeId, @PathParam("teamId") long teamId, String body) {
        Caller caller = callers.current();
        Input in = Input.parse(body, caller.locale());
        Long member = in.id("memberId", true);
        in.refuseIfProblems();
        return TeamJson.of(teams.join(caller, committeeId, teamId, member));
    }

    /** {@code {"teamId":1,"dueOn":"2026-06-30"}}: refused, with the reason, when the team may not take the case. */
    @POST
    @Path("cases/{id}/team")
    @Consumes(MediaType.APPLICATION_JSON)
    public JointCaseJson assign(@PathParam("id") long id, String body) {
        Caller caller = callers.current();
        Input in = Input.parse(body, caller.locale());
        Long team = in.id("teamId", true);
        LocalDate due = in.date("dueOn", false);
        in.refuseIfProblems();
        return JointCaseJson.of(teams.assign(caller, id, team, due), caller, LocalDate.now(clock));
    }
}
