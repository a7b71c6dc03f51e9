package org.xinfang.plugins.discipline.joint.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;
import java.time.Clock;
import java.time.LocalDate;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.Callers;
import org.xinfang.plugins.discipline.joint.application.JointFigures;
import org.xinfang.plugins.discipline.joint.rest.JointViews.FiguresJson;
import org.xinfang.plugins.discipline.kernel.Input;

/**
 * A committee's joint-investigation figures for a year, per team too: as JSON and as an .xlsx workbook.
 * Every joint resource is rooted at {@code discipline/joint}: JAX-RS picks one root class by the longest
 * match and never tries another, so a longer root would hide its siblings' paths.
 */
@Path("discipline/joint")
@RequestScoped
public class JointFiguresResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Callers callers;

    @Inject
    JointFigures figures;

    @Inject
    Clock clock;

    @GET
    @Path("committees/{committeeId}/figures")
    @Produces(MediaType.APPLICATION_JSON)
    public FiguresJson figures(@PathParam("committeeId") long committeeId, @QueryParam("year") String year) {
        return FiguresJson.of(committeeId, figures.of(callers.current(), committeeId, year(year)));
    }

    @GET
    @Path("committees/{committeeId}/figures.xlsx")
    @Produces(XLSX)
    public Response workbook(@PathParam("committeeId") long committeeId, @QueryParam("year") String year) {
        Caller caller = callers.current();
        int y = year(year);
        String name = URLEncoder.encode("联查统计-" + y + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(figures.workbook(caller, committeeId, y), XLSX)
                .header("Content-Disposition", "attachment; filename=\"joint-figures-" + y + ".xlsx\"; filename*=UTF-8''" + name)
                .build();
    }

    private int year(String year) {
        return Input.year(year, LocalDate.now(clock).getYear(), callers.current().locale());
    }
}
