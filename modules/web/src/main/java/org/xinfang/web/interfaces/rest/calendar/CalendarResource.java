package org.xinfang.web.interfaces.rest.calendar;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.calendar.CalendarAdministration;
import org.xinfang.core.domain.model.calendar.CalendarDay;
import org.xinfang.core.domain.model.calendar.DayType;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.errors.ApiError;

/**
 * The work calendar the statutory clocks count on: anyone signed in reads a year's holidays and
 * make-up working days. An administrator loads a year through {@link AdminCalendarResource}.
 */
@Path("calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "calendar", description = "工作日历：放假与调休上班日 / Work calendar: holidays and make-up working days")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class CalendarResource {

    @Inject
    ApiCaller apiCaller;

    @Inject
    CalendarAdministration calendar;

    @Schema(name = "CalendarDay")
    public record DayView(@Schema(example = "2026-10-01") String date,
                          @Schema(implementation = DayType.class, description = "HOLIDAY 放假 | WORKDAY 调休上班", example = "HOLIDAY") String type,
                          @Schema(example = "放假") String typeLabel,
                          @Schema(example = "国庆节") String name) {
    }

    @Schema(name = "CalendarYear")
    public record YearView(@Schema(example = "2026") int year,
                           @Schema(description = "该年的官方放假安排是否已导入；未导入的年份只知道周末，期限可能算错。"
                                   + " / Whether the year's official arrangement is loaded: without it only weekends are known,"
                                   + " and deadlines in that year may be wrong.", example = "true") boolean loaded,
                           @Schema(example = "33") int holidays, @Schema(example = "6") int workdays, List<DayView> days) {
    }

    @GET
    @Path("{year}")
    @Operation(operationId = "getCalendarYear", summary = "一年的放假与调休上班日 / A year's holidays and make-up working days",
            description = "未列出的日期按周一至周五上班、周六周日休息计。/ Days not listed follow the week: Monday to Friday work, weekends rest.")
    @APIResponse(responseCode = "200", description = "该年的特殊日期，按日期排列 / The year's special days in date order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearView.class)))
    @APIResponse(responseCode = "400", description = "年份超出 2000–2100 / Year outside 2000–2100",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public YearView year(@Parameter(description = "年份 / Year", example = "2026") @PathParam("year") int year) {
        Caller caller = apiCaller.get();
        CalendarAdministration.requireYear(caller, year);
        return view(year, calendar.daysOf(year), caller.locale());
    }

    static YearView view(int year, List<CalendarDay> days, Locale locale) {
        List<DayView> views = days.stream().map(d -> new DayView(d.getDate().toString(), d.getType().name(),
                d.getType().label().in(locale), d.getName())).toList();
        int holidays = (int) days.stream().filter(d -> d.getType() == DayType.HOLIDAY).count();
        // A year is known by its rows (WorkingDays.knows): an arrangement always has holidays.
        return new YearView(year, !days.isEmpty(), holidays, days.size() - holidays, views);
    }
}
