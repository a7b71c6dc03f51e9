package org.xinfang.web.interfaces.rest.intake;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.Channel;
import org.xinfang.core.application.intake.Intake;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.web.interfaces.SameAtOnce;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.ApiMessages;
import org.xinfang.web.interfaces.rest.JsonBody;
import org.xinfang.web.interfaces.rest.RequestSchemas;
import org.xinfang.web.interfaces.rest.TimesWithOffset;
import org.xinfang.web.interfaces.rest.cases.CaseFormReader;

/**
 * Matters handed over by other systems (ADR 0039): the 12345 hotline's work orders and the leaders'
 * mailboxes, sent by the source's own account (an API token) under the source's own reference, and the
 * feed it polls for what became of them. Registration is the case API's, with its checks and refusals.
 */
@Path("intake")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "intake", description = "其他系统转入：12345 热线工单、领导信箱 / Matters handed over by other systems: the 12345 hotline, leaders' mailboxes")
public class IntakeResource {

    @Schema(name = "IntakeOrder", description = "其他系统的一件工单 / One order of another system")
    public record OrderBody(@Schema(required = true, example = "12345", description = "来源系统，小写 / The source system, lower case") String source,
                            @Schema(required = true, maxLength = 64, example = "GD20261207000123", description = "来源系统的工单编号 / The source's own reference") String reference,
                            @Schema(required = true, description = "HOTLINE 或 MAILBOX") Channel channel,
                            Long unitId, @Schema(required = true) String subject, @Schema(required = true) String content,
                            @Schema(required = true) String category, @Schema(required = true, format = "date") String receivedOn,
                            Integer headCount, @Schema(required = true) List<RequestSchemas.PartyInput> parties, Map<String, Object> form) {
    }

    private static final List<String> FIELDS = List.of("source", "reference", "channel", "unitId", "subject", "content", "category",
            "receivedOn", "concernedUnitId", "headCount", "parties", "form");

    @Inject
    Intake intake;

    @Inject
    ApiCaller apiCaller;

    @Inject
    CaseFormReader formReader;

    @POST
    @Path("orders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveIntakeOrder", summary = "转入一件工单 / Hand over one order",
            description = "按来源和工单编号去重：同一工单再次发送，答复原事项（SAME_REFERENCE，200）；同一信访人的同一事项已在办理中的，并入该事项"
                    + "（ATTACHED，200），不重复登记；否则登记（REGISTERED，201），渠道为 HOTLINE 或 MAILBOX。"
                    + " / Idempotent by source and reference: the same order again answers its matter (SAME_REFERENCE, 200); an order"
                    + " about a matter of the same petitioner already open is attached to it (ATTACHED, 200), not registered twice;"
                    + " otherwise registered (REGISTERED, 201) with its channel, HOTLINE or MAILBOX.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderBody.class)))
    @APIResponse(responseCode = "201", description = "已登记 / Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Intake.Received.class)))
    @APIResponse(responseCode = "200", description = "同一工单或同一事项 / The same order, or the same matter",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Intake.Received.class)))
    @APIResponse(responseCode = "400", description = "输入有误，逐项列出；未保存 / Bad input, each field named; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "无权在该单位登记 / May not register in that unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Response receive(String body) {
        Caller caller = apiCaller.get();
        Intake.Received received = SameAtOnce.answer(() -> receiveOnce(caller, body));
        return Response.status(received.result() == Intake.Result.REGISTERED ? Response.Status.CREATED : Response.Status.OK)
                .entity(received).build();
    }

    /** Reads the order afresh (a registration that failed has written into its draft) and hands it to the use case. */
    private Intake.Received receiveOnce(Caller caller, String body) {
        JsonBody json = JsonBody.parse(body, caller.locale());
        json.refuseUnknown(FIELDS);
        Long unitId = json.whole("unitId");
        String source = json.text("source");
        String reference = json.text("reference");
        Case draft = formReader.draft(json, caller.locale());
        JsonObject formJson = json.object("form");
        json.refuseIfProblems();
        return intake.receive(caller, source, reference, unitId, draft, formReader.read(caller, unitId, formJson));
    }

    @GET
    @Path("updates")
    @Operation(operationId = "listIntakeUpdates", summary = "工单办理情况（轮询）/ What became of the orders (poll)",
            description = "自 since 以来有变化的该来源工单（最早的在前，每次至多 200 件）：事项编号、状态，出具答复后附答复文书、处理结果和理由。"
                    + "下次以最后一件的 changedAt 为 since 再查。只列调用者可查看的事项。"
                    + " / The source's orders whose matters changed since `since`, oldest first, at most 200 a call: number, state and, once"
                    + " answered, the notice, outcome and reasons. Ask again from the last one's changedAt. Only matters the caller may see.")
    @APIResponse(responseCode = "200", description = "变化 / The changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Intake.Update.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "来源或时间有误 / A bad source or time",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public List<Intake.Update> updates(@Parameter(description = "来源系统 / The source", example = "12345") @QueryParam("source") String source,
                                       @Parameter(description = "自此时刻之后（RFC 3339）/ Changes after this time (RFC 3339)",
                                               example = "2026-12-07T09:00:00+08:00") @QueryParam("since") String since) {
        Caller caller = apiCaller.get();
        LocalDateTime after;
        try {
            after = since == null || since.isBlank() ? null : new TimesWithOffset().adaptFromJson(since.strip());
        } catch (DateTimeException | StringIndexOutOfBoundsException notATime) {
            throw InvalidInputException.of("since", ApiMessages.get(caller.locale(), "intake.since", since));
        }
        return intake.updates(caller, source, after, caller.locale());
    }
}
