package org.xinfang.plugins.discipline.joint.rest;

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
    public JointCaseJson get(@PathParam("id") long id) {
        Caller caller = callers.current();
        return JointCaseJson.of(screening.get(caller, id), caller, LocalDate.now(clock));
    }

    /** The register of a committee's year (default: this year), as far as the caller may see it. */
    @GET
    @Path("committees/{committeeId}/cases")
    public List<JointCaseJson> register(@PathParam("committeeId") long committeeId, @QueryParam("year") String year) {
        Caller caller = callers.current();
        LocalDate today = LocalDate.now(clock);
        return screening.register(caller, committeeId, Input.year(year, today.getYear(), caller.locale())).stream()
                .map(c -> JointCaseJson.of(c, caller, today)).toList();
    }

    /** Every lower committee's monthly form for {@code period} (default: this month), overdue ones flagged. */
    @GET
    @Path("committees/{committeeId}/returns")
    public List<ReturnJson> returns(@PathParam("committeeId") long committeeId, @QueryParam("period") String period) {
        Caller caller = callers.current();
        return screening.returns(caller, committeeId, month(caller, period)).stream().map(ReturnJson::of).toList();
    }

    /** A lower committee returns its monthly form with nothing (more) on it. */
    @POST
    @Path("committees/{committeeId}/returns")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response returnMonth(@PathParam("committeeId") long committeeId, String body) {
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
    public SettingsJson settings(@PathParam("committeeId") long committeeId) {
        return SettingsJson.of(screening.settings(callers.current(), committeeId));
    }

    @PUT
    @Path("committees/{committeeId}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public SettingsJson changeSettings(@PathParam("committeeId") long committeeId, String body) {
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
