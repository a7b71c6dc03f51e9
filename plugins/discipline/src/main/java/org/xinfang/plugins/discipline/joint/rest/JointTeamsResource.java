package org.xinfang.plugins.discipline.joint.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
@Tag(name = "discipline-joint", description = "纪委监委：重要信访件联查 / Discipline committee: joint investigation of important reports")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class JointTeamsResource {

    @Inject
    Callers callers;

    @Inject
    Teams teams;

    @Inject
    Clock clock;

    @GET
    @Path("committees/{committeeId}/pool")
    @Operation(operationId = "listJointPool", summary = "联查人才库 / The pool of case officers",
            description = "委员会本级人员可查看。"
                    + " / For the committee's own staff.")
    @APIResponse(responseCode = "200", description = "人才库 / The pool",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = PoolMemberJson.class)))
    @APIResponse(responseCode = "404", description = "委员会不存在或本人不在其中（答复相同）/ No such committee, or the caller does not work in it (same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public List<PoolMemberJson> pool(@Parameter(description = "委员会（纪委监委单位）编号 / The committee's unit id") @PathParam("committeeId") long committeeId) {
        return teams.pool(callers.current(), committeeId).stream().map(PoolMemberJson::of).toList();
    }

    /** {@code {"name":"陈刚","unitId":7,"post":"城关镇纪委副书记","username":null,"standingCommittee":false}}. */
    @POST
    @Path("committees/{committeeId}/pool")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addToJointPool", summary = "推荐人员入库 / Propose a pool member",
            description = "委员会登记员或领导推荐本委员会或下级委员会的人员；领导审定后方可编组。"
                    + " / A clerk or leader of the committee proposes someone of the committee or a lower one; usable once a leader approves.")
    @APIResponse(responseCode = "201", description = "已入库，待审定 / Added, awaiting approval",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PoolMemberJson.class)))
    @APIResponse(responseCode = "400", description = "输入有误，逐项列出；未保存 / Invalid input, each field named; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "非委员会登记员或领导 / Not a clerk or leader of the committee",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "委员会不存在或本人不在其中（答复相同）/ No such committee, or the caller does not work in it (same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Response addToPool(@Parameter(description = "委员会（纪委监委单位）编号 / The committee's unit id") @PathParam("committeeId") long committeeId, String body) {
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
    @Operation(operationId = "approveJointPoolMember", summary = "审定入库人员 / Approve a pool member",
            description = "仅委员会领导。"
                    + " / A leader of the committee only.")
    @APIResponse(responseCode = "200", description = "已审定 / Approved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PoolMemberJson.class)))
    @APIResponse(responseCode = "400", description = "没有该人员 / No such pool member",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "非委员会领导 / Not a leader of the committee",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "委员会不存在或本人不在其中（答复相同）/ No such committee, or the caller does not work in it (same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public PoolMemberJson approve(@Parameter(description = "委员会（纪委监委单位）编号 / The committee's unit id") @PathParam("committeeId") long committeeId, @PathParam("memberId") long memberId) {
        return PoolMemberJson.of(teams.approve(callers.current(), committeeId, memberId));
    }

    @GET
    @Path("committees/{committeeId}/teams")
    @Operation(operationId = "listJointTeams", summary = "联查组 / The standing teams",
            description = "委员会本级人员可查看。"
                    + " / For the committee's own staff.")
    @APIResponse(responseCode = "200", description = "联查组 / The teams",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = TeamJson.class)))
    @APIResponse(responseCode = "404", description = "委员会不存在或本人不在其中（答复相同）/ No such committee, or the caller does not work in it (same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public List<TeamJson> teams(@Parameter(description = "委员会（纪委监委单位）编号 / The committee's unit id") @PathParam("committeeId") long committeeId) {
        return teams.teams(callers.current(), committeeId).stream().map(TeamJson::of).toList();
    }

    /** {@code {"name":"第一联查组","leaderId":1,"memberIds":[2,3]}}. */
    @POST
    @Path("committees/{committeeId}/teams")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "formJointTeam", summary = "组建联查组 / Form a team",
            description = "仅委员会领导；组长须为常委，成员须已审定且不在其他组。"
                    + " / A leader of the committee only; its leader a standing-committee member, everyone approved and in no other team.")
    @APIResponse(responseCode = "201", description = "已组建 / Formed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamJson.class)))
    @APIResponse(responseCode = "400", description = "输入有误（组名重复、人员未审定或已在他组等），逐项列出；未保存 / Invalid input (a name taken, someone unapproved or in another team…), each named; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "非委员会领导 / Not a leader of the committee",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "委员会不存在或本人不在其中（答复相同）/ No such committee, or the caller does not work in it (same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Response form(@Parameter(description = "委员会（纪委监委单位）编号 / The committee's unit id") @PathParam("committeeId") long committeeId, String body) {
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
    @Operation(operationId = "addJointTeamMember", summary = "增加联查组成员 / Add a member to a team",
            description = "仅委员会领导；成员所在地区或回避事由与该组已有联查件冲突时拒绝并说明。"
                    + " / A leader of the committee only; refused, with the reason, when the member's region or a recusal clashes with a case the team has.")
    @APIResponse(responseCode = "200", description = "已加入 / Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamJson.class)))
    @APIResponse(responseCode = "400", description = "没有该组或人员、人员不可用，或与该组联查件冲突；未保存 / No such team or member, the member not usable, or a clash with the team's cases; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "非委员会领导 / Not a leader of the committee",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "委员会不存在或本人不在其中（答复相同）/ No such committee, or the caller does not work in it (same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public TeamJson join(@Parameter(description = "委员会（纪委监委单位）编号 / The committee's unit id") @PathParam("committeeId") long committeeId, @PathParam("teamId") long teamId, String body) {
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
    @Operation(operationId = "assignJointCaseToTeam", summary = "分派联查件给联查组 / Give a joint case to a team",
            description = "仅委员会领导；dueOn 默认按设置的办理天数；组员所在地区或回避与该件冲突时拒绝并说明。"
                    + " / A leader of the committee only; dueOn defaults to the committee's days per case; refused, with the reason, on a region or recusal clash.")
    @APIResponse(responseCode = "200", description = "已分派 / Given",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JointCaseJson.class)))
    @APIResponse(responseCode = "400", description = "没有该组、期限不晚于今天，或地区、回避冲突；未保存 / No such team, a due date not after today, or a region or recusal clash; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "非委员会领导 / Not a leader of the committee",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "联查件不存在或无权查看（答复相同）/ No such joint case, or not visible (same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "尚未确定为联查件 / Not a joint case yet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public JointCaseJson assign(@Parameter(description = "联查件编号 / Joint case id") @PathParam("id") long id, String body) {
        Caller caller = callers.current();
        Input in = Input.parse(body, caller.locale());
        Long team = in.id("teamId", true);
        LocalDate due = in.date("dueOn", false);
        in.refuseIfProblems();
        return JointCaseJson.of(teams.assign(caller, id, team, due), caller, LocalDate.now(clock));
    }
}
