package org.xinfang.web.interfaces.rest.reception;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.reception.ReceptionVisits.NewCase;
import org.xinfang.core.application.reception.ReceptionVisits.VisitFilter;
import org.xinfang.core.application.reception.ReceptionVisits.VisitRequest;
import org.xinfang.core.application.reception.ReceptionVisits;
import org.xinfang.core.domain.model.visit.ReceptionVisit;
import org.xinfang.api.model.Rating;
import org.xinfang.core.domain.model.visit.VisitKind;
import org.xinfang.core.domain.model.visit.VisitOutcome;
import org.xinfang.core.domain.model.visit.VisitPerson;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.ApiMessages;
import org.xinfang.web.interfaces.rest.JsonBody;
import org.xinfang.web.interfaces.rest.QueryParameters;
import org.xinfang.web.interfaces.rest.cases.CaseFormReader;
import org.xinfang.web.interfaces.rest.errors.ApiError;
import org.xinfang.web.interfaces.rest.RequestSchemas;

/**
 * Records of leaders' meetings with petitioners (接访/约访/下访/回访), scoped to the caller's units.
 * Rooted at {@code reception/visits} beside {@link ReceptionResource}'s {@code reception}: the longer
 * literal path wins, so neither takes the other's requests.
 */
@Path("reception/visits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reception-visits", description = "接访记录：接访、约访、下访、回访 / Reception records: receptions, invited and field visits, follow-ups")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class ReceptionVisitResource {

    @Inject
    ApiCaller apiCaller;

    @Inject
    ReceptionVisits visits;

    @Inject
    CaseFormReader formReader;

    @Context
    UriInfo uriInfo;

    public record PersonJson(String name, String phone, String idNumber) {
    }

    public record VisitJson(Long id, Long unitId, String kind, String kindLabel, String leaderUsername, String heldOn, String place,
                            Long appointmentId, Long caseId, int headCount, List<PersonJson> people, String request,
                            String instruction, String outcome, String handlerUsername, String dueOn, String satisfaction,
                            String recordedBy, LocalDateTime recordedAt) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordVisit", summary = "登记接访记录（领导或登记员）/ Record a meeting (leader or clerk)",
            description = "kind 为 RECEPTION（接访）、INVITED（约访）、FIELD（下访）或 FOLLOW_UP（回访）；leaderUsername 须为该单位领导；"
                    + "heldOn 不晚于今天；people 为来访人（集体访代表不超过 5 人），headCount 为来访人数。"
                    + "接访须 caseId 关联已有事项或 newCase {subject, category, form} 同时登记新事项（同一事务）；下访、回访须 caseId，回访仅限已办结事项，"
                    + "记录 satisfaction（SATISFIED/BASICALLY_SATISFIED/UNSATISFIED）；其余记录 outcome（RESOLVED/ASSIGNED/EXPLAINED），"
                    + "ASSIGNED 须 handlerUsername 与晚于接访日期的 dueOn。appointmentId 为预约接访，登记后该预约变为 HELD。"
                    + " / kind RECEPTION, INVITED, FIELD or FOLLOW_UP; the leader must lead the unit; heldOn not in the future; at most 5"
                    + " representatives. A reception links caseId or registers newCase in the same transaction; FIELD and FOLLOW_UP need"
                    + " caseId, FOLLOW_UP only of a concluded case, with satisfaction; the others an outcome (ASSIGNED with handler and a due"
                    + " date after heldOn). An appointmentId becomes HELD.")
    @APIResponse(responseCode = "201", description = "已登记 / Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisitJson.class)))
    @APIResponse(responseCode = "400", description = "输入有误，逐项列出；未保存 / Invalid input, each field named; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "非该单位领导或登记员 / Not a leader or clerk of the unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "关联事项不存在或无权查看 / The linked case does not exist or is not visible",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RequestSchemas.VisitRecord.class)))
    public Response record(String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        Long unitId = json.whole("unitId");
        List<VisitPerson> people = json.objects("people").stream()
                .map(p -> new VisitPerson(p.text("name"), p.text("phone"), p.text("idNumber"))).toList();
        Integer headCount = json.smallWhole("headCount");
        JsonBody newCase = json.nested("newCase");
        NewCase created = null;
        if (newCase != null) {
            String subject = newCase.text("subject");
            String category = newCase.text("category");
            created = new NewCase(subject, category, formReader.read(caller, unitId, newCase.object("form")));
        }
        VisitRequest request = new VisitRequest(unitId, json.choice("kind", VisitKind.class), json.text("leaderUsername"),
                json.date("heldOn"), json.text("place"), json.whole("appointmentId"), json.whole("caseId"), created,
                headCount == null ? people.size() : headCount, people, json.text("request"), json.text("instruction"),
                json.choice("outcome", VisitOutcome.class), json.text("handlerUsername"), json.date("dueOn"),
                json.choice("satisfaction", Rating.class));
        json.refuseIfProblems();
        ReceptionVisit saved = visits.record(caller, request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(saved.getId())).build())
                .entity(view(visits.get(caller, saved.getId()), caller.locale())).build();
    }

    @GET
    @Operation(operationId = "listVisits", summary = "接访记录列表 / List meetings",
            description = "仅本人所在单位及下级单位；可按单位、类别、月份、领导筛选，最新在前。"
                    + " / Only the caller's units and below; filter by unit, kind, month, leader; newest first.")
    @APIResponse(responseCode = "200", description = "接访记录 / The records",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = VisitJson.class)))
    @APIResponse(responseCode = "400", description = "参数有误 / Bad parameters",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public List<VisitJson> list(
            @Parameter(description = "单位 / Unit id") @QueryParam("unitId") Long unitId,
            @Parameter(description = "类别 / Kind", schema = @Schema(implementation = VisitKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "月份 / Month", example = "2026-11") @QueryParam("month") String month,
            @Parameter(description = "领导用户名 / Leader's user name") @QueryParam("leader") String leader,
            @Parameter(description = "最多条数（默认 100）/ At most (default 100)") @QueryParam("limit") Integer limit) {
        Caller caller = apiCaller.get();
        VisitKind chosen = kind == null ? null : JsonBody.choiceOf(VisitKind.class, kind);
        if (kind != null && chosen == null) {
            throw InvalidInputException.of("kind", ApiMessages.get(caller.locale(), "type.choice",
                    ApiMessages.label(caller.locale(), "kind"), kind, JsonBody.namesOf(VisitKind.class)));
        }
        return visits.list(caller, new VisitFilter(unitId, chosen, month(caller, month), leader), limit == null ? 100 : limit)
                .stream().map(v -> view(v, caller.locale())).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getVisit", summary = "查看接访记录 / Read a meeting", description = "电话、证件号脱敏。 / Phones and identity numbers masked.")
    @APIResponse(responseCode = "200", description = "接访记录 / The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisitJson.class)))
    @APIResponse(responseCode = "404", description = "不存在或无权查看（答复相同）/ No such record or not visible (same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public VisitJson get(@Parameter(description = "记录编号 / Record id") @PathParam("id") Long id) {
        Caller caller = apiCaller.get();
        return view(visits.get(caller, id), caller.locale());
    }

    /** A month as yyyy-MM, or null when none is given. */
    static YearMonth month(Caller caller, String text) {
        return QueryParameters.month(caller.locale(), "month", text);
    }


    static VisitJson view(ReceptionVisit v, Locale locale) {
        return new VisitJson(v.getId(), v.getUnitId(), v.getKind().name(), v.getKind().label().in(locale), v.getLeaderUsername(),
                v.getHeldOn().toString(), v.getPlace(), v.getAppointmentId(), v.getCaseId(), v.getHeadCount(),
                v.getPeople().stream().map(p -> new PersonJson(p.getName(), p.getMaskedPhone(), p.getMaskedIdNumber())).toList(),
                v.getRequest(), v.getInstruction(), v.getOutcome() == null ? null : v.getOutcome().name(), v.getHandlerUsername(),
                v.getDueOn() == null ? null : v.getDueOn().toString(), v.getSatisfaction() == null ? null : v.getSatisfaction().name(),
                v.getRecordedBy(), v.getRecordedAt());
    }
}
