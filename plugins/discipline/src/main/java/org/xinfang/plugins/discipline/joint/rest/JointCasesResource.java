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
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.Callers;
import org.xinfang.api.port.Organisation;
import org.xinfang.plugins.discipline.DisciplinePlugin;
import org.xinfang.plugins.discipline.joint.Eligibility;
import org.xinfang.plugins.discipline.joint.ScreeningRound;
import org.xinfang.plugins.discipline.joint.application.Committees;
import org.xinfang.plugins.discipline.joint.application.Screening;
import org.xinfang.plugins.discipline.joint.rest.JointViews.CommitteeJson;
import org.xinfang.plugins.discipline.joint.rest.JointViews.JointCaseJson;
import org.xinfang.plugins.discipline.joint.rest.JointViews.ReturnJson;
import org.xinfang.plugins.discipline.joint.rest.JointViews.SettingsJson;
import org.xinfang.plugins.discipline.kernel.Input;
import org.xinfang.plugins.discipline.kernel.Texts;

/**
 * Screening: the committees the caller works in, the register of important reports, the monthly
 * returns with the overdue ones flagged, and the committee's settings.
 */
@Path("discipline/joint")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "discipline-joint", description = "纪委监委：重要信访件联查 / Discipline committee: joint investigation of important reports")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class JointCasesResource {

    @Inject
    Callers callers;

    @Inject
    Screening screening;

    @Inject
    Committees committees;

    @Inject
    Organisation organisation;

    @Inject
    Clock clock;

    /** The discipline units the caller holds a role in, each with its lower committees: where joint work is done. */
    @GET
    @Path("committees")
    @Operation(operationId = "listJointCommittees", summary = "本人所在的纪委监委及其下级委员会 / The committees the caller works in",
            description = "调用者任职的纪委监委单位，各附其直属下级纪委监委：联查工作在这些单位进行。"
                    + " / The discipline units the caller holds a role in, each with its lower committees: where joint work is done.")
    @APIResponse(responseCode = "200", description = "委员会 / The committees",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = CommitteeJson.class)))
    public List<CommitteeJson> committees() {
        Map<Long, CommitteeJson> seen = new LinkedHashMap<>();
        for (Caller.Grant grant : callers.current().grants()) {
            if (DisciplinePlugin.ID.equals(grant.agencyType()) && grant.unitId() != null && !seen.containsKey(grant.unitId())) {
                organisation.unit(grant.unitId()).ifPresent(u -> seen.put(u.id(), new CommitteeJson(u.id(), u.code(), u.name(),
                        committees.lowerCommittees(u.id()).stream().map(l -> new CommitteeJson(l.id(), l.code(), l.name(), List.of())).toList())));
            }
        }
        return List.copyOf(seen.values());
    }

    /** Registers an important report on the committee's register (重要信访件、案件登记表). */
    @POST
    @Path("cases")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerJointCase", summary = "登记重要信访件 / Put an important report on the register",
            description = "委员会办公室或下级纪委监委的登记员、领导或核查人员，在集中摸排或月报中登记本单位的举报；同时记录被反映人所在单位。一件举报只登记一次。"
                    + " / A clerk, leader or investigator of the committee's office or a lower committee registers a report of that unit, at the concentrated round or in the monthly return; the accused's unit is recorded with it. Once per report.")
    @APIResponse(responseCode = "201", description = "已登记 / Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JointCaseJson.class)))
    @APIResponse(responseCode = "400", description = "输入有误（委员会、报送单位、地区、月份等），逐项列出；未保存 / Invalid input (committee, reporting unit, region, period…), each field named; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "无权为该单位登记 / May not register for that unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "举报不存在或无权查看 / No such report, or not visible",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "该举报已登记，或关于主要负责人的举报须先报送上级 / Already on the register, or a report about a unit's head must go up first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Response register(String body) {
        Caller caller = callers.current();
        Input in = Input.parse(body, caller.locale());
        Long committee = in.id("committeeUnitId", true);
        Long reporting = in.id("reportingUnitId", false);
        Long caseId = in.id("caseId", true);
        Long region = in.id("regionUnitId", false);
        ScreeningRound round = in.choice("round", ScreeningRound.class, true);
        YearMonth period = in.month("period", false);
        boolean repeat = in.flag("repeatReport");
        boolean head = in.flag("aboutUnitHead");
        var eligibility = in.choices("eligibility", Eligibility.class);
        in.refuseIfProblems();
        var registered = screening.register(caller, new Screening.Request(committee, reporting, caseId, region, round, period, repeat,
                head, eligibility));
        return Response.status(Response.Status.CREATED).entity(JointCaseJson.of(registered, caller, LocalDate.now(clock))).build();
    }

    @GET
    @Path("cases/{id}")
    @Operation(operationId = "getJointCase", summary = "查看联查件 / Read a joint case",
            description = "本人所在委员会的联查件，或本单位报送的联查件。"
                    + " / One of the committees the caller works in, or one the caller's own committee reported.")
    @APIResponse(responseCode = "200", description = "联查件 / The joint case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JointCaseJson.class)))
    @APIResponse(responseCode = "404", description = "联查件不存在或无权查看（答复相同）/ No such joint case, or not visible (same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public JointCaseJson get(@Parameter(description = "联查件编号 / Joint case id") @PathParam("id") long id) {
        Caller caller = callers.current();
        return JointCaseJson.of(screening.get(caller, id), caller, LocalDate.now(clock));
    }

    /** The register of a committee's year (default: this year), as far as the caller may see it. */
    @GET
    @Path("committees/{committeeId}/cases")
    @Operation(operationId = "listJointRegister", summary = "重要信访件登记表 / The register of important reports",
            description = "委员会某年度（默认今年）的登记表，仅含本人可见者，按登记顺序。"
                    + " / A committee's register for a year (default this year), as far as the caller may see it, in the order registered.")
    @APIResponse(responseCode = "200", description = "登记表 / The register",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = JointCaseJson.class)))
    @APIResponse(responseCode = "400", description = "年度有误 / A bad year",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "委员会不存在或本人不在其中（答复相同）/ No such committee, or the caller does not work in it (same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public List<JointCaseJson> register(@Parameter(description = "委员会（纪委监委单位）编号 / The committee's unit id") @PathParam("committeeId") long committeeId, @Parameter(description = "年度，默认今年 / Year, this year by default", example = "2026") @QueryParam("year") String year) {
        Caller caller = callers.current();
        LocalDate today = LocalDate.now(clock);
        return screening.register(caller, committeeId, Input.year(year, today.getYear(), caller.locale())).stream()
                .map(c -> JointCaseJson.of(c, caller, today)).toList();
    }

    /** Every lower committee's monthly form for {@code period} (default: this month), overdue ones flagged. */
    @GET
    @Path("committees/{committeeId}/returns")
    @Operation(operationId = "listMonthlyReturns", summary = "下级委员会的月报 / The lower committees' monthly returns",
            description = "委员会本级人员查看各下级委员会某月（默认本月）的月报，逾期未报者标记。"
                    + " / For the committee's own staff: each lower committee's form for the month (default this month), overdue ones flagged.")
    @APIResponse(responseCode = "200", description = "月报 / The returns",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ReturnJson.class)))
    @APIResponse(responseCode = "400", description = "月份有误 / A bad month",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "委员会不存在或本人不在其中（答复相同）/ No such committee, or the caller does not work in it (same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public List<ReturnJson> returns(@Parameter(description = "委员会（纪委监委单位）编号 / The committee's unit id") @PathParam("committeeId") long committeeId, @Parameter(description = "月份 yyyy-MM，默认本月 / Month yyyy-MM, this month by default", example = "2026-03") @QueryParam("period") String period) {
        Caller caller = callers.current();
        return screening.returns(caller, committeeId, month(caller, period)).stream().map(ReturnJson::of).toList();
    }

    /** A lower committee returns its monthly form with nothing (more) on it. */
    @POST
    @Path("committees/{committeeId}/returns")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitMonthlyReturn", summary = "报送月报 / Return the monthly form",
            description = "下级委员会的登记员、领导或核查人员报送本月（或以前月份）的月报，无新登记时即为零报告。"
                    + " / A clerk, leader or investigator of a lower committee returns its form for a month (not in the future), a nil return if it found nothing more.")
    @APIResponse(responseCode = "201", description = "已报送 / Returned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReturnJson.class)))
    @APIResponse(responseCode = "400", description = "输入有误，逐项列出；未保存 / Invalid input, each field named; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "无权为该单位报送 / May not return for that unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Response returnMonth(@Parameter(description = "委员会（纪委监委单位）编号 / The committee's unit id") @PathParam("committeeId") long committeeId, String body) {
        Caller caller = callers.current();
        Input in = Input.parse(body, caller.locale());
        Long unit = in.id("unitId", true);
        YearMonth period = in.month("period", true);
        in.refuseIfProblems();
        screening.returnMonth(caller, committeeId, unit, period);
        ReturnJson returned = screening.returns(caller, committeeId, period).stream().filter(r -> r.unit().id() == unit)
                .map(ReturnJson::of).findFirst().orElseThrow();
        return Response.status(Response.Status.CREATED).entity(returned).build();
    }

    @GET
    @Path("committees/{committeeId}/settings")
    @Operation(operationId = "getJointSettings", summary = "联查设置 / The committee's joint settings",
            description = "月报截止日与每件联查件的办理天数；委员会本级人员可查看。"
                    + " / The monthly due day and the days a team has for a case; for the committee's own staff.")
    @APIResponse(responseCode = "200", description = "设置 / The settings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SettingsJson.class)))
    @APIResponse(responseCode = "404", description = "委员会不存在或本人不在其中（答复相同）/ No such committee, or the caller does not work in it (same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public SettingsJson settings(@Parameter(description = "委员会（纪委监委单位）编号 / The committee's unit id") @PathParam("committeeId") long committeeId) {
        return SettingsJson.of(screening.settings(callers.current(), committeeId));
    }

    @PUT
    @Path("committees/{committeeId}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeJointSettings", summary = "修改联查设置 / Change the committee's joint settings",
            description = "仅委员会领导；monthlyDueDay 1–28，daysPerCase 1–365。"
                    + " / A leader of the committee only; monthlyDueDay 1–28, daysPerCase 1–365.")
    @APIResponse(responseCode = "200", description = "已保存 / Saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SettingsJson.class)))
    @APIResponse(responseCode = "400", description = "输入有误，逐项列出；未保存 / Invalid input, each field named; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "非委员会领导 / Not a leader of the committee",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "委员会不存在或本人不在其中（答复相同）/ No such committee, or the caller does not work in it (same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public SettingsJson changeSettings(@Parameter(description = "委员会（纪委监委单位）编号 / The committee's unit id") @PathParam("committeeId") long committeeId, String body) {
        Caller caller = callers.current();
        Input in = Input.parse(body, caller.locale());
        Integer dueDay = in.whole("monthlyDueDay", 1, 28, true);
        Integer days = in.whole("daysPerCase", 1, 365, true);
        in.refuseIfProblems();
        return SettingsJson.of(screening.changeSettings(caller, committeeId, dueDay, days));
    }

    private YearMonth month(Caller caller, String period) {
        if (period == null || period.isBlank()) {
            return YearMonth.now(clock);
        }
        try {
            return YearMonth.parse(period);
        } catch (DateTimeParseException e) {
            throw Texts.invalid(caller.locale(), "period", "discipline.input.notMonth", Texts.fieldLabel(caller.locale(), "period"));
        }
    }
}
