package org.xinfang.web.interfaces.rest.reception;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.LegalRoute;
import org.xinfang.core.application.reception.ClassificationInput;
import org.xinfang.core.application.reception.PetitionerInput;
import org.xinfang.core.application.reception.Reception;
import org.xinfang.core.application.reception.ReceptionApplications;
import org.xinfang.core.domain.model.reception.ApplicationChannel;
import org.xinfang.core.domain.model.reception.Appointment;
import org.xinfang.core.domain.model.reception.AppointmentStatus;
import org.xinfang.core.domain.model.reception.Classification;
import org.xinfang.core.domain.model.reception.ReceptionSlot;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.ApiMessages;
import org.xinfang.web.interfaces.rest.JsonBody;
import org.xinfang.web.interfaces.rest.errors.ApiError;

/**
 * Applications for a leader's reception at the unit's desk (预约申请 → 分类 → 排期): list by status,
 * register one, classify it, schedule a planned one to a session, cancel. Online applications come
 * in through {@link PublicReceptionResource}. Rooted apart from {@link ReceptionResource} so neither
 * takes the other's paths.
 */
@Path("reception/applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reception")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class ReceptionApplicationResource {

    @Inject
    ApiCaller apiCaller;

    @Inject
    ReceptionApplications applications;

    @Inject
    Reception reception;

    /** An application as the desk sees it: the phone masked. */
    public record ApplicationJson(Long id, String number, Long unitId, @Schema(implementation = ApplicationChannel.class) String channel,
                                  @Schema(implementation = AppointmentStatus.class) String status, String statusLabel,
                                  String petitionerName, String phone, String email, String matter, int headCount,
                                  Long preferredSlotId, @Schema(implementation = Classification.class) String classification, String department,
                                  String guidance, @Schema(implementation = LegalRoute.class) String legalRoute, Long slotId, String date, String startsAt, String place,
                                  String petitionerRemindedVia, long version) {
    }

    @GET
    @Operation(operationId = "listReceptionApplications", summary = "单位的接访申请 / A unit's applications for a reception",
            description = "status 可选：APPLIED、PLANNED、BOOKED、REFERRED、DECLINED、CANCELLED；新申请在前。"
                    + " / Optionally of one status; newest first.")
    @APIResponse(responseCode = "200", description = "申请 / The applications",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ApplicationJson.class)))
    @APIResponse(responseCode = "400", description = "status 不是可选值，或没有该单位或不在可见范围 / status not one of the choices, or no such unit or not visible",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "非该单位领导或登记员 / Not a leader or clerk of the unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public List<ApplicationJson> list(@QueryParam("unitId") Long unitId, @QueryParam("status") String status) {
        Caller caller = apiCaller.get();
        AppointmentStatus chosen = null;
        if (status != null && !status.isBlank()) {
            chosen = JsonBody.choiceOf(AppointmentStatus.class, status);
            if (chosen == null) {
                throw org.xinfang.core.application.kernel.InvalidInputException.of("status", ApiMessages.get(caller.locale(), "type.choice",
                        "status", status, JsonBody.namesOf(AppointmentStatus.class)));
            }
        }
        return applications.applications(caller, unitId, chosen).stream().map(a -> view(a, caller.locale())).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getReceptionApplication", summary = "一件接访申请 / One application",
            description = "该单位的领导或登记员查看；电话已脱敏。 / For a leader or clerk of its unit; the phone masked.")
    @APIResponse(responseCode = "200", description = "申请 / The application",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationJson.class)))
    @APIResponse(responseCode = "400", description = "没有该申请或不在可见范围 / No such application, or not visible",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "非该单位领导或登记员 / Not a leader or clerk of the unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public ApplicationJson get(@PathParam("id") Long id) {
        Caller caller = apiCaller.get();
        return view(applications.application(caller, id), caller.locale());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerReceptionApplication", summary = "窗口登记接访申请 / Register an application at the desk",
            description = "unitId、petitionerName、phone、matter 必填；headCount 1–5；preferredSlotId、email 可选。同一电话在本单位最多 3 件未办结申请。"
                    + " / unitId, petitionerName, phone, matter required; headCount 1–5; at most 3 open applications per phone and unit.")
    @APIResponse(responseCode = "201", description = "已登记，待分类 / Registered, awaiting classification",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationJson.class)))
    @APIResponse(responseCode = "400", description = "输入有误（逐项列出）或该电话未办结申请已达上限；未保存 / Bad input, each field named, or the phone at its limit of open applications; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "非该单位领导或登记员 / Not a leader or clerk of the unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response register(String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        Long unitId = json.whole("unitId");
        Long preferred = json.whole("preferredSlotId");
        PetitionerInput request = request(json);
        json.refuseIfProblems();
        Appointment saved = applications.applyAtDesk(caller, unitId, preferred, request);
        return Response.status(Response.Status.CREATED).entity(view(saved, caller.locale())).build();
    }

    @POST
    @Path("{id}/classification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "classifyReceptionApplication", summary = "分类 / Classify",
            description = "classification 为 DEPARTMENT（须填 department）、LEADER_PLAN 或 DECLINED（须填 guidance 与 legalRoute）；"
                    + "version 为读取时的版本，他人已先处理时返回 409。"
                    + " / DEPARTMENT needs department, DECLINED guidance and legalRoute; version as read, 409 when someone decided first.")
    @APIResponse(responseCode = "200", description = "已分类 / Classified",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationJson.class)))
    @APIResponse(responseCode = "400", description = "输入有误，或没有该申请；未保存 / Bad input, or no such application; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "非该单位领导或登记员 / Not a leader or clerk of the unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "他人已先处理，或当前状态不能分类 / Someone decided first, or not classifiable now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public ApplicationJson classify(@PathParam("id") Long id, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        Long version = json.requiredWhole("version");
        Classification classification = json.choice("classification", Classification.class);
        LegalRoute route = json.choice("legalRoute", LegalRoute.class);
        json.refuseIfProblems();
        return view(applications.classify(caller, id, version,
                new ClassificationInput(classification, json.text("department"), json.text("guidance"), route)), caller.locale());
    }

    @POST
    @Path("{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "scheduleReceptionApplication", summary = "排期到场次 / Schedule to a session",
            description = "仅限已列入领导接访计划的申请；与窗口预约相同的规则（名额、节假日、过去的场次、同一电话）。排定后生成接访通知书。"
                    + " / Only a planned application; the booking rules apply; the written notice is issued.")
    @APIResponse(responseCode = "200", description = "已排期 / Scheduled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationJson.class)))
    @APIResponse(responseCode = "400", description = "场次不能预约，或没有该申请 / The session cannot take it, or no such application",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "非该单位领导或登记员 / Not a leader or clerk of the unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "当前状态不能排期 / Not schedulable now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public ApplicationJson schedule(@PathParam("id") Long id, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        Long slotId = json.whole("slotId");
        json.refuseIfProblems();
        return view(applications.schedule(caller, id, slotId), caller.locale());
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "cancelReceptionApplication", summary = "取消申请或预约 / Cancel an application or booking",
            description = "该单位的领导或登记员取消；已预约的释放名额。 / By a leader or clerk of the unit; a booked one frees its place.")
    @APIResponse(responseCode = "200", description = "已取消 / Cancelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationJson.class)))
    @APIResponse(responseCode = "400", description = "没有该申请或不在可见范围 / No such application, or not visible",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "非该单位领导或登记员 / Not a leader or clerk of the unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "已转部门、不予安排或已取消 / Referred, declined or cancelled already",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public ApplicationJson cancel(@PathParam("id") Long id) {
        Caller caller = apiCaller.get();
        return view(reception.cancel(caller, id), caller.locale());
    }

    /** The petitioner's fields of a request body, shared by the desk and the public form. */
    static PetitionerInput request(JsonBody json) {
        Integer headCount = json.smallWhole("headCount");
        return new PetitionerInput(json.text("petitionerName"), json.text("matter"), json.text("phone"), json.text("email"),
                headCount == null ? 1 : headCount);
    }

    static ApplicationJson view(Appointment a, Locale locale) {
        ReceptionSlot slot = a.getSlot();
        return new ApplicationJson(a.getId(), a.getNumber(), a.getUnitId(), a.getChannel().name(), a.getStatus().name(),
                a.getStatus().label().in(locale), a.getPetitionerName(), a.getMaskedPhone(), a.getEmail(), a.getMatter(), a.getHeadCount(),
                a.getPreferredSlot() == null ? null : a.getPreferredSlot().getId(),
                a.getClassification() == null ? null : a.getClassification().name(), a.getDepartment(), a.getGuidance(),
                a.getLegalRoute() == null ? null : a.getLegalRoute().name(), slot == null ? null : slot.getId(),
                slot == null ? null : slot.getDate().toString(), slot == null ? null : slot.getStartsAt().toString(),
                slot == null ? null : slot.getRule().getPlace(), a.getPetitionerRemindedVia(), a.getVersion());
    }
}
