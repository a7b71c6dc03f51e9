package org.xinfang.web.interfaces.rest.reception;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.core.application.reception.PetitionerInput;
import org.xinfang.core.application.reception.Reception;
import org.xinfang.core.application.reception.ReceptionApplications;
import org.xinfang.core.domain.model.reception.Appointment;
import org.xinfang.core.domain.model.reception.AppointmentStatus;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.ApiMessages;
import org.xinfang.web.interfaces.rest.JsonBody;
import org.xinfang.web.interfaces.rest.errors.ApiError;

/**
 * The published reception rota, open to everyone without sign-in ({@link ApiAuthentication} lets
 * exactly these paths through): who receives, when, where and on what, never a booking or a
 * petitioner; and the online application with its lookup by number and phone, which tells only the
 * application's status, date and place.
 */
@Path(PublicReceptionResource.PATH)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reception")
@SecurityRequirements
public class PublicReceptionResource {

    /** The API path of the published rota, served without sign-in; the application paths below it are open too. */
    public static final String PATH = "public/reception";

    /** Where the public applies (POST) and, with the number appended, looks its application up (GET). */
    public static final String APPLICATIONS = PATH + "/applications";
    public static final String STATUS = APPLICATIONS + "/status";

    @Inject
    HttpServletRequest request;

    @Inject
    Reception reception;

    @Inject
    ReceptionApplications applications;

    @Inject
    ApiCaller apiCaller;

    /** The answer to an online application: its number, to look it up with the phone. */
    public record AppliedJson(String number, @Schema(implementation = AppointmentStatus.class) String status, String statusLabel) {
    }

    /** What a petitioner learns of an application: status, and once booked when and where. */
    public record StatusJson(String number, @Schema(implementation = AppointmentStatus.class) String status, String statusLabel, String date, String startsAt, String endsAt,
                             String place) {
    }

    @GET
    @Operation(operationId = "getPublicRota", summary = "公开的领导接访安排（无需登录）/ The published reception rota (no sign-in)",
            description = "今天起 weeks 周（默认 8，最多 26）；可按 unitId 筛选。/ From today for weeks weeks (default 8, at most 26); optionally one unit.")
    @APIResponse(responseCode = "200", description = "公开的场次 / The published sessions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Reception.PublicSession.class)))
    @APIResponse(responseCode = "404", description = "unitId 或 weeks 不是数字（JAX-RS 对无法转换的查询参数答复 404）/ unitId or weeks not a number (JAX-RS answers 404 for a query parameter it cannot convert)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public List<Reception.PublicSession> rota(@QueryParam("unitId") Long unitId, @QueryParam("weeks") @DefaultValue("8") int weeks) {
        return reception.publicRota(unitId, weeks);
    }

    @POST
    @Path("applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "applyForReception", summary = "网上申请领导接访（无需登录）/ Apply for a leader's reception online (no sign-in)",
            description = "unitId（公布了接访安排的单位）、petitionerName、phone、matter 必填；headCount 1–5；preferredSlotId、email 可选。"
                    + "同一电话在同一单位最多 3 件未办结申请。返回申请编号，凭编号和电话查询进度。"
                    + " / unitId (a unit publishing sessions), petitionerName, phone, matter required; headCount 1–5;"
                    + " at most 3 open applications per phone and unit. Answers the number to look it up with the phone.")
    @APIResponse(responseCode = "201", description = "已登记，待分类 / Registered, awaiting classification",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppliedJson.class)))
    @APIResponse(responseCode = "400", description = "输入有误（逐项列出）、单位未公布接访安排或该电话未办结申请已达上限；未保存 / Bad input, each field named, a unit without published sessions, or the phone at its limit; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response apply(String body) {
        Locale locale = apiCaller.locale();
        JsonBody json = JsonBody.parse(body, locale);
        Long unitId = json.whole("unitId");
        Long preferred = json.whole("preferredSlotId");
        PetitionerInput request = ReceptionApplicationResource.request(json);
        json.refuseIfProblems();
        Appointment saved = applications.applyOnline(locale, unitId, preferred, request);
        return Response.status(Response.Status.CREATED)
                .entity(new AppliedJson(saved.getNumber(), saved.getStatus().name(), saved.getStatus().label().in(locale))).build();
    }

    /** The lookup's body: the application's number and the phone it was made with, never in an address. */
    @Schema(name = "ApplicationLookup")
    public record LookupBody(@Schema(required = true, example = "朝阳访约〔2026〕1号") String number, @Schema(required = true) String phone) {
    }

    @POST
    @Path("applications/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getApplicationStatus", summary = "查询接访申请进度（无需登录）/ Look an application up (no sign-in)",
            description = "请求体中同时提供申请编号和申请时的电话（不放在地址中）；只返回状态，已预约的另有日期、时间和地点。编号与电话不符时与不存在相同，返回 404；"
                    + "同一地址、编号或电话近期查错过多时返回 429 并附 Retry-After。"
                    + " / The number and the phone given go in the body, never the address; answers only the status and, once booked,"
                    + " date, time and place. A mismatch answers 404 like an unknown number; an address, number or phone that missed"
                    + " too often lately gets 429 with Retry-After.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LookupBody.class)))
    @APIResponse(responseCode = "200", description = "申请进度 / Where the application stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusJson.class)))
    @APIResponse(responseCode = "404", description = "没有这个申请，或编号与电话不符 / No such application, or number and phone do not match",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "429", description = "查错过多，稍后再试（见 Retry-After）/ Too many misses; see Retry-After",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response status(String body) {
        Locale locale = apiCaller.locale();
        JsonBody json = JsonBody.parse(body, locale);
        json.refuseUnknown(List.of("number", "phone"));
        json.refuseIfProblems();
        return applications.publicStatus(json.text("number"), json.text("phone"), request.getRemoteAddr(), locale)
                .map(s -> Response.ok(new StatusJson(s.number(), s.status().name(), s.status().label().in(locale),
                        s.date() == null ? null : s.date().toString(), s.startsAt(), s.endsAt(), s.place())).build())
                .orElseGet(() -> ApiError.response(Response.Status.NOT_FOUND.getStatusCode(), "not_found",
                        ApiMessages.get(locale, "application.notFound")));
    }
}
