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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.Callers;
import org.xinfang.plugins.discipline.joint.Eligibility;
import org.xinfang.plugins.discipline.joint.application.Selection;
import org.xinfang.plugins.discipline.joint.rest.JointViews.JointCaseJson;
import org.xinfang.plugins.discipline.kernel.Input;

/** The 拟办单: the office proposes with the categories ticked; a leader approves (the form is issued as a numbered PDF) or rejects. */
@Path("discipline/joint")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "discipline-joint", description = "纪委监委：重要信访件联查 / Discipline committee: joint investigation of important reports")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class JointSelectionResource {

    @Inject
    Callers callers;

    @Inject
    Selection selection;

    @Inject
    Clock clock;

    /** {@code {"eligibility":["URGENT",…],"proposal":"拟列为联查件…"}}: at least one of the eight categories. */
    @POST
    @Path("cases/{id}/proposal")
    @Operation(operationId = "proposeJointCase", summary = "填写拟办单 / Propose a report for joint investigation",
            description = "委员会办公室（登记员）勾选符合的类别（至少一项）并写明拟办意见；仅限已登记、尚未拟办的。"
                    + " / The committee's office (its clerks) ticks the categories met (at least one) and writes its opinion; only for a registered report not yet proposed.")
    @APIResponse(responseCode = "200", description = "已拟办 / Proposed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JointCaseJson.class)))
    @APIResponse(responseCode = "400", description = "输入有误，逐项列出；未保存 / Invalid input, each field named; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "非委员会办公室 / Not of the committee's office",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "联查件不存在或无权查看（答复相同）/ No such joint case, or not visible (same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "当前状态不能拟办 / Not proposable in its state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public JointCaseJson propose(@Parameter(description = "联查件编号 / Joint case id") @PathParam("id") long id, String body) {
        Caller caller = callers.current();
        Input in = Input.parse(body, caller.locale());
        var eligibility = in.choices("eligibility", Eligibility.class);
        String proposal = in.text("proposal", 1000, true);
        in.refuseIfProblems();
        return JointCaseJson.of(selection.propose(caller, id, eligibility, proposal), caller, LocalDate.now(clock));
    }

    /** {@code {"approve":true,"note":"同意"}}: a leader of the committee only. */
    @POST
    @Path("cases/{id}/decision")
    @Operation(operationId = "decideJointCase", summary = "审批拟办单 / Approve or reject a proposal",
            description = "仅委员会领导；批准后确定为联查件，并生成编号的拟办单 PDF 存入事项。"
                    + " / A leader of the committee only; approval makes it a joint case and issues the numbered form as a PDF with the case.")
    @APIResponse(responseCode = "200", description = "已审批 / Decided",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JointCaseJson.class)))
    @APIResponse(responseCode = "400", description = "输入有误，逐项列出；未保存 / Invalid input, each field named; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "非委员会领导 / Not a leader of the committee",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "联查件不存在或无权查看（答复相同）/ No such joint case, or not visible (same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "尚未拟办或已审批 / Not proposed, or decided already",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public JointCaseJson decide(@Parameter(description = "联查件编号 / Joint case id") @PathParam("id") long id, String body) {
        Caller caller = callers.current();
        Input in = Input.parse(body, caller.locale());
        Boolean approve = in.flag("approve", true);
        String note = in.text("note", 500, false);
        in.refuseIfProblems();
        return JointCaseJson.of(selection.decide(caller, id, approve, note), caller, LocalDate.now(clock));
    }
}
