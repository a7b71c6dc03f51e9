package org.xinfang.web.interfaces.rest.reception;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.application.reception.PetitionerInput;
import org.xinfang.core.application.reception.Reception;
import org.xinfang.core.application.reception.ReceptionNotices;
import org.xinfang.core.application.reception.RotaRuleInput;
import org.xinfang.core.domain.model.reception.Appointment;
import org.xinfang.core.domain.model.reception.AppointmentStatus;
import org.xinfang.core.domain.model.reception.ReceptionSlot;
import org.xinfang.core.domain.model.reception.Recurrence;
import org.xinfang.core.domain.model.reception.RotaRule;
import org.xinfang.web.interfaces.Downloads;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.ApiMessages;
import org.xinfang.web.interfaces.rest.JsonBody;
import org.xinfang.web.interfaces.rest.errors.ApiError;

/**
 * Leaders' reception for the unit's desk: its slots, new rota rules, bookings and cancellations.
 * The published rota without bookings is {@link PublicReceptionResource}, open without sign-in.
 */
@Path("reception")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reception", description = "领导接访排班与预约 / Leaders' reception rota and appointments")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class ReceptionResource {

    @Inject
    ApiCaller apiCaller;

    @Inject
    Reception reception;

    @Inject
    ReceptionNotices notices;

    public record SlotJson(Long id, String date, String startsAt, String endsAt, String leaderName, String leaderTitle,
                           String place, String topics, int capacity, int booked, int free) {
    }

    /** A rule; {@code slots} counts its sessions from today on, {@code version} is sent back to edit or withdraw it. */
    public record RuleJson(Long id, Long unitId, String leaderName, String leaderTitle, String responsibilities, String place,
                           String topics, @Schema(implementation = Recurrence.class) String recurrence,
                           @Schema(enumeration = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"}) String weekday, String startsOn, String endsOn, String startsAt,
                           String endsAt, int capacity, int slots, long version, boolean withdrawn) {
        static RuleJson of(RotaRule r, int slots) {
            return new RuleJson(r.getId(), r.getUnitId(), r.getLeaderName(), r.getLeaderTitle(), r.getResponsibilities(), r.getPlace(),
                    r.getTopics(), r.getRecurrence().name(), r.getWeekday().name(), r.getStartsOn().toString(), r.getEndsOn().toString(),
                    r.getStartsAt().toString(), r.getEndsAt().toString(), r.getCapacity(), slots, r.getVersion(), r.isWithdrawn());
        }
    }

    public record AppointmentJson(Long id, Long slotId, String date, String startsAt, String petitionerName, String phone,
                                  String matter, int headCount, @Schema(implementation = AppointmentStatus.class) String status) {
    }

    @GET
    @Path("units/{unitId}/slots")
    @Operation(operationId = "listReceptionSlots", summary = "单位的接访场次 / A unit's reception sessions",
            description = "from/to 默认今天起 8 周；含已预约与剩余名额。/ from/to default to the next 8 weeks; with bookings counted.")
    @APIResponse(responseCode = "200", description = "场次 / The sessions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = SlotJson.class)))
    @APIResponse(responseCode = "400", description = "日期有误，或没有该单位或不在可见范围 / A bad date, or no such unit or not visible",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public List<SlotJson> slots(@PathParam("unitId") Long unitId, @QueryParam("from") String from, @QueryParam("to") String to) {
        Caller caller = apiCaller.get();
        LocalDate today = LocalDate.now(Clocks.statutoryClock());
        LocalDate f = from == null ? today : JsonBody.parseDate(from);
        LocalDate t = to == null ? today.plusWeeks(Reception.PUBLIC_WEEKS) : JsonBody.parseDate(to);
        if (f == null || t == null) {
            throw org.xinfang.core.application.kernel.InvalidInputException.of(f == null ? "from" : "to",
                    ApiMessages.get(caller.locale(), "type.date", f == null ? "from" : "to"));
        }
        return reception.slots(caller, unitId, f, t).stream().map(v -> new SlotJson(v.slot().getId(), v.slot().getDate().toString(),
                v.slot().getStartsAt().toString(), v.slot().getEndsAt().toString(), v.slot().getRule().getLeaderName(),
                v.slot().getRule().getLeaderTitle(), v.slot().getRule().getPlace(), v.slot().getRule().getTopics(),
                v.slot().getCapacity(), v.booked(), v.free())).toList();
    }

    @POST
    @Path("units/{unitId}/rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRotaRule", summary = "新增接访排班（领导或登记员）/ Add a rota rule (leader or clerk)",
            description = "recurrence 为 ONCE（单次，startsOn 当天）、WEEKLY（每周 weekday）或 MONTHLY_FIRST（每月第一个 weekday）；"
                    + "节假日不安排，落在节假日的场次跳过。startsAt/endsAt 为 HH:mm。"
                    + " / recurrence ONCE, WEEKLY or MONTHLY_FIRST; dates on holidays are skipped. Times as HH:mm.")
    @APIResponse(responseCode = "201", description = "已保存，并生成场次 / Saved with its sessions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleJson.class)))
    @APIResponse(responseCode = "400", description = "输入有误（逐项列出），或没有该单位；未保存 / Bad input, each field named, or no such unit; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "非该单位领导或登记员 / Not a leader or clerk of the unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response createRule(@PathParam("unitId") Long unitId, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        RotaRuleInput rule = ruleIn(json, caller);
        json.refuseIfProblems();
        Reception.SavedRule saved = reception.createRule(caller, unitId, rule);
        return Response.status(Response.Status.CREATED).entity(RuleJson.of(saved.rule(), saved.dates().size())).build();
    }

    @GET
    @Path("units/{unitId}/rules")
    @Operation(operationId = "listRotaRules", summary = "单位现行的接访排班 / A unit's rota rules in force",
            description = "未撤销且未到期的排班，slots 为今天起的场次数，version 用于修改或撤销。"
                    + " / Rules not withdrawn nor ended; slots counts sessions from today; send version back to edit or withdraw.")
    @APIResponse(responseCode = "200", description = "排班 / The rules",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RuleJson.class)))
    @APIResponse(responseCode = "400", description = "没有该单位或不在可见范围 / No such unit, or not visible",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "非该单位领导或登记员 / Not a leader or clerk of the unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public List<RuleJson> rules(@PathParam("unitId") Long unitId) {
        return reception.rules(apiCaller.get(), unitId).stream().map(v -> RuleJson.of(v.rule(), v.comingSessions())).toList();
    }

    @PUT
    @Path("rules/{ruleId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateRotaRule", summary = "修改接访排班 / Edit a rota rule",
            description = "字段同新增，另须 version（读取时的版本）。已过去的场次不变；今天起的场次按修改后的排班调整。"
                    + "会取消已有预约的场次、或可预约人数少于已预约人数时拒绝，并列出日期。"
                    + " / Same fields as when adding, plus the version read. Past sessions stay; coming sessions follow the edit."
                    + " Refused, naming the dates, when it would withdraw a booked session or cut capacity below the bookings.")
    @APIResponse(responseCode = "200", description = "已保存 / Saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleJson.class)))
    @APIResponse(responseCode = "400", description = "输入有误、没有该排班或已撤销、会影响已有预约；未保存 / Bad input, no such rule or withdrawn, or bookings in the way; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "非该单位领导或登记员 / Not a leader or clerk of the unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "他人已修改 / Changed by someone else since read",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public RuleJson updateRule(@PathParam("ruleId") Long ruleId, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        Long version = json.requiredWhole("version");
        RotaRuleInput rule = ruleIn(json, caller);
        json.refuseIfProblems();
        Reception.SavedRule saved = reception.updateRule(caller, ruleId, version, rule);
        return RuleJson.of(saved.rule(), saved.dates().size());
    }

    @DELETE
    @Path("rules/{ruleId}")
    @Operation(operationId = "withdrawRotaRule", summary = "撤销接访排班 / Withdraw a rota rule",
            description = "今天起的场次从排班（含公开页）撤下，已接访的记录保留；仍有预约的场次须先取消预约。"
                    + " / Coming sessions leave the rota and the public page; held ones stay on record; booked sessions refuse it.")
    @APIResponse(responseCode = "200", description = "已撤销 / Withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleJson.class)))
    @APIResponse(responseCode = "400", description = "缺少 version、没有该排班或已撤销、仍有预约；未撤销 / No version, no such rule or withdrawn already, or sessions still booked; nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "非该单位领导或登记员 / Not a leader or clerk of the unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "他人已修改 / Changed by someone else since read",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public RuleJson withdrawRule(@PathParam("ruleId") Long ruleId, @QueryParam("version") Long version) {
        Caller caller = apiCaller.get();
        if (version == null) {
            throw org.xinfang.core.application.kernel.InvalidInputException.of("version", ApiMessages.get(caller.locale(), "field.required", "version"));
        }
        return RuleJson.of(reception.withdrawRule(caller, ruleId, version), 0);
    }

    private static RotaRuleInput ruleIn(JsonBody json, Caller caller) {
        return new RotaRuleInput(json.text("leaderName"), json.text("leaderTitle"), json.text("place"), json.text("responsibilities"),
                json.text("topics"), json.text("leaderEmail"), orZero(json.smallWhole("capacity")),
                json.time("startsAt"), json.time("endsAt"),
                json.choice("recurrence", Recurrence.class), json.choice("weekday", DayOfWeek.class),
                json.date("startsOn"), json.date("endsOn"));
    }

    @POST
    @Path("slots/{slotId}/appointments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "bookAppointment", summary = "预约接访（登记员在窗口登记）/ Book a petitioner on a session",
            description = "petitionerName、phone、matter 必填；headCount 为来访人数（集体访代表不超过 5 人）；email 可选，用于提醒。"
                    + "过去的场次、节假日、已约满、同一电话重复预约均被拒绝。"
                    + " / Refused: a past session, a holiday, a full session, the same phone twice, more than 5 representatives.")
    @APIResponse(responseCode = "201", description = "已预约 / Booked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentJson.class)))
    @APIResponse(responseCode = "400", description = "不能预约（逐项说明），或没有该场次；未保存 / Refused, each reason named, or no such session; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "非该单位领导或登记员 / Not a leader or clerk of the unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response book(@PathParam("slotId") Long slotId, String body) {
        Caller caller = apiCaller.get();
        JsonBody json = JsonBody.parse(body, caller.locale());
        Integer headCount = json.smallWhole("headCount");
        PetitionerInput request = new PetitionerInput(json.text("petitionerName"), json.text("matter"), json.text("phone"), json.text("email"),
                headCount == null ? 1 : headCount);
        json.refuseIfProblems();
        return Response.status(Response.Status.CREATED).entity(view(reception.book(caller, slotId, request))).build();
    }

    @GET
    @Path("slots/{slotId}/appointments")
    @Operation(operationId = "listAppointments", summary = "场次的预约（电话脱敏）/ A session's bookings (phones masked)")
    @APIResponse(responseCode = "200", description = "预约 / The bookings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AppointmentJson.class)))
    @APIResponse(responseCode = "400", description = "没有该场次或不在可见范围 / No such session, or not visible",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "非该单位领导或登记员 / Not a leader or clerk of the unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public List<AppointmentJson> appointments(@PathParam("slotId") Long slotId) {
        return reception.appointments(apiCaller.get(), slotId).stream().map(ReceptionResource::view).toList();
    }

    @DELETE
    @Path("appointments/{id}")
    @Operation(operationId = "cancelAppointment", summary = "取消预约 / Cancel a booking",
            description = "该单位的领导或登记员取消预约，释放名额；已转部门或不予安排的申请不能取消。"
                    + " / A leader or clerk of the unit cancels the booking, freeing its place; a referred or declined application stands.")
    @APIResponse(responseCode = "200", description = "已取消 / Cancelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentJson.class)))
    @APIResponse(responseCode = "400", description = "没有该预约或不在可见范围 / No such appointment, or not visible",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "非该单位领导或登记员 / Not a leader or clerk of the unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "已转部门、不予安排或已取消 / Referred, declined or cancelled already",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public AppointmentJson cancel(@PathParam("id") Long id) {
        return view(reception.cancel(apiCaller.get(), id));
    }

    @GET
    @Path("appointments/{id}/notice")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getAppointmentNotice", summary = "接访通知书（PDF）/ The written reception notice (PDF)",
            description = "预约排定场次时生成并保存的接访通知书，供窗口打印或交信访人。"
                    + " / Issued and kept when the appointment was booked on a session; the desk prints it or hands it over.")
    @APIResponse(responseCode = "200", description = "接访通知书 / The notice",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "没有该预约或尚未排期 / No such appointment, or not booked yet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "非该单位领导或登记员 / Not a leader or clerk of the unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response notice(@PathParam("id") Long id) {
        ReceptionNotices.StoredNotice notice = notices.read(apiCaller.get(), id);
        Response.ResponseBuilder answer = Response.ok(notice.content(), "application/pdf");
        Downloads.headers(notice.fileName(), notice.content().length).forEach(answer::header);
        return answer.build();
    }

    static AppointmentJson view(Appointment a) {
        ReceptionSlot slot = a.getSlot();
        return new AppointmentJson(a.getId(), slot == null ? null : slot.getId(), slot == null ? null : slot.getDate().toString(),
                slot == null ? null : slot.getStartsAt().toString(),
                a.getPetitionerName(), a.getMaskedPhone(), a.getMatter(), a.getHeadCount(), a.getStatus().name());
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }
}
