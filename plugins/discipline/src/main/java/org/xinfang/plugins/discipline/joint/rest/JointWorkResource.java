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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.Callers;
import org.xinfang.plugins.discipline.joint.AttachmentKind;
import org.xinfang.plugins.discipline.joint.JointOutcome;
import org.xinfang.plugins.discipline.joint.application.Investigations;
import org.xinfang.plugins.discipline.joint.rest.JointViews.AttachmentJson;
import org.xinfang.plugins.discipline.joint.rest.JointViews.JointCaseJson;
import org.xinfang.plugins.discipline.kernel.Input;
import org.xinfang.plugins.discipline.kernel.Texts;

/** A team's work on a joint case: plan, findings, due date, papers, outcome; and the committee's overdue cases. */
@Path("discipline/joint")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "discipline-joint", description = "纪委监委：重要信访件联查 / Discipline committee: joint investigation of important reports")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class JointWorkResource {

    /** A paper as JSON: at most what the core accepts for an attachment, base64 adds a third. */
    private static final int MAX_BASE64 = 30 * 1024 * 1024;

    @Inject
    Callers callers;

    @Inject
    Investigations investigations;

    @Inject
    Clock clock;

    /** {@code {"plan":"…","findings":"…","dueOn":"2026-06-30"}}: each replaced when given. */
    @PUT
    @Path("cases/{id}/work")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordJointWork", summary = "记录初查方案、核查情况与期限 / Record the plan, the findings, the due date",
            description = "委员会核查人员或领导；所给字段替换原值；修改期限仅限领导。"
                    + " / An investigator or leader of the committee; each field given replaces the old; only a leader changes the due date.")
    @APIResponse(responseCode = "200", description = "已保存 / Saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JointCaseJson.class)))
    @APIResponse(responseCode = "400", description = "输入有误，逐项列出；未保存 / Invalid input, each field named; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "非核查人员或领导，或非领导修改期限 / Not an investigator or leader, or the due date by someone not a leader",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "联查件不存在或无权查看（答复相同）/ No such joint case, or not visible (same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "尚未确定为联查件 / Not a joint case yet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public JointCaseJson work(@Parameter(description = "联查件编号 / Joint case id") @PathParam("id") long id, String body) {
        Caller caller = callers.current();
        Input in = Input.parse(body, caller.locale());
        String plan = in.text("plan", 2000, false);
        String findings = in.text("findings", 4000, false);
        LocalDate due = in.date("dueOn", false);
        in.refuseIfProblems();
        return JointCaseJson.of(investigations.recordWork(caller, id, plan, findings, due), caller, LocalDate.now(clock));
    }

    /** {@code {"kind":"INTERVIEW","fileName":"谈话笔录.pdf","title":"…","content":"<base64>"}}: stored with the case by the core's checks. */
    @POST
    @Path("cases/{id}/attachments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "attachJointPaper", summary = "上传联查材料 / Add a paper of the work",
            description = "委员会核查人员或领导；content 为 Base64；经核心的附件检查后存入事项；谈话笔录仅身份保管人可打开。"
                    + " / An investigator or leader of the committee; content in Base64; stored with the case after the core's checks; an interview record opens for the identity keeper only.")
    @APIResponse(responseCode = "201", description = "已保存 / Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentJson.class)))
    @APIResponse(responseCode = "400", description = "输入有误、content 不是 Base64、文件为空或扩展名与内容不符；未保存 / Invalid input, content not Base64, an empty file or one not matching its extension; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "非核查人员或领导 / Not an investigator or leader of the committee",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "联查件不存在或无权查看（答复相同）/ No such joint case, or not visible (same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "尚未确定为联查件 / Not a joint case yet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "413", description = "文件超过大小上限；未保存 / The file over the size limit; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "415", description = "文件不是可接受的类型；未保存 / The file not of an accepted type; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Response attach(@Parameter(description = "联查件编号 / Joint case id") @PathParam("id") long id, String body) {
        Caller caller = callers.current();
        Input in = Input.parse(body, caller.locale());
        AttachmentKind kind = in.choice("kind", AttachmentKind.class, true);
        String fileName = in.text("fileName", 200, true);
        String title = in.text("title", 200, false);
        String content = in.text("content", MAX_BASE64, true);
        in.refuseIfProblems();
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(content);
        } catch (IllegalArgumentException e) {
            throw Texts.invalid(caller.locale(), "content", "discipline.joint.notBase64");
        }
        return Response.status(Response.Status.CREATED)
                .entity(AttachmentJson.of(investigations.attach(caller, id, kind, fileName, title, bytes))).build();
    }

    @GET
    @Path("cases/{id}/attachments")
    @Operation(operationId = "listJointPapers", summary = "联查材料 / The papers of the work",
            description = "能查看该联查件者均可。"
                    + " / For anyone who sees the joint case.")
    @APIResponse(responseCode = "200", description = "材料 / The papers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AttachmentJson.class)))
    @APIResponse(responseCode = "404", description = "联查件不存在或无权查看（答复相同）/ No such joint case, or not visible (same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public List<AttachmentJson> attachments(@Parameter(description = "联查件编号 / Joint case id") @PathParam("id") long id) {
        return investigations.attachments(callers.current(), id).stream().map(AttachmentJson::of).toList();
    }

    /** {@code {"outcome":"FILED","on":"2026-05-10","moneyCollected":30000,"lossesRecovered":60000,"contractsEnded":2,"paymentsRestored":0,"note":"…"}}. */
    @POST
    @Path("cases/{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordJointOutcome", summary = "记录联查结果 / Record the outcome",
            description = "委员会核查人员或领导；仅限已分派给联查组的件；金额以元计。"
                    + " / An investigator or leader of the committee; only for a case a team took; amounts in yuan.")
    @APIResponse(responseCode = "200", description = "已保存 / Saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JointCaseJson.class)))
    @APIResponse(responseCode = "400", description = "输入有误、尚未分派或日期不合理；未保存 / Invalid input, no team yet, or an impossible date; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "非核查人员或领导 / Not an investigator or leader of the committee",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "联查件不存在或无权查看（答复相同）/ No such joint case, or not visible (same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "尚未确定为联查件 / Not a joint case yet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public JointCaseJson outcome(@Parameter(description = "联查件编号 / Joint case id") @PathParam("id") long id, String body) {
        Caller caller = callers.current();
        Input in = Input.parse(body, caller.locale());
        JointOutcome outcome = in.choice("outcome", JointOutcome.class, true);
        LocalDate on = in.date("on", false);
        BigDecimal money = in.amount("moneyCollected");
        BigDecimal losses = in.amount("lossesRecovered");
        Integer contracts = in.whole("contractsEnded", 0, 10_000, false);
        BigDecimal payments = in.amount("paymentsRestored");
        String note = in.text("note", 1000, false);
        in.refuseIfProblems();
        return JointCaseJson.of(investigations.recordOutcome(caller, id, new Investigations.Outcome(outcome, on, money, losses,
                contracts == null ? 0 : contracts, payments, note)), caller, LocalDate.now(clock));
    }

    /** The committee's joint cases of the year past their due date and not concluded. */
    @GET
    @Path("committees/{committeeId}/overdue")
    @Operation(operationId = "listOverdueJointCases", summary = "逾期未办结的联查件 / Joint cases past their due date",
            description = "委员会某年度（默认今年）已过期限且未办结的联查件，仅含本人可见者。"
                    + " / The committee's joint cases of the year (default this year) past their due date and not concluded, as far as the caller may see them.")
    @APIResponse(responseCode = "200", description = "逾期联查件 / The overdue cases",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = JointCaseJson.class)))
    @APIResponse(responseCode = "400", description = "年度有误 / A bad year",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "委员会不存在或本人不在其中（答复相同）/ No such committee, or the caller does not work in it (same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public List<JointCaseJson> overdue(@Parameter(description = "委员会（纪委监委单位）编号 / The committee's unit id") @PathParam("committeeId") long committeeId, @Parameter(description = "年度，默认今年 / Year, this year by default", example = "2026") @QueryParam("year") String year) {
        Caller caller = callers.current();
        LocalDate today = LocalDate.now(clock);
        return investigations.overdue(caller, committeeId, Input.year(year, today.getYear(), caller.locale())).stream()
                .map(c -> JointCaseJson.of(c, caller, today)).toList();
    }
}
