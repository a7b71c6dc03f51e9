package org.xinfang.web.interfaces.rest.calendar;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.calendar.CalendarAdministration;
import org.xinfang.core.domain.model.calendar.CalendarFile;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.errors.ApiError;

/** The administrator loads a year of the work calendar from its import file. */
@Path("admin/calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "calendar")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
public class AdminCalendarResource {

    @Inject
    ApiCaller apiCaller;

    @Inject
    CalendarAdministration calendar;

    @PUT
    @Path("{year}")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(operationId = "importCalendarYear", summary = "导入一年的日历（管理员）/ Import a year's calendar (administrator)",
            description = "请求体为导入文件：每行“日期,类型,名称”，如 2026-02-14,WORKDAY,春节；可有表头与 # 注释行；UTF-8 或 GB18030 编码。"
                    + "文件有误时整份不导入，答复 400 并逐行列出错误（字段 line.<行号>）；无误时替换该年的全部特殊日期。"
                    + " / The body is the import file: lines 'date,type,name'; a header and # comments are allowed."
                    + " UTF-8 or GB18030. A file with problems is refused whole with 400 and one field line.<n> per bad line; a good file replaces the year.")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING,
                    example = "date,type,name\n2027-01-01,HOLIDAY,元旦\n")))
    @APIResponse(responseCode = "200", description = "已导入；答复该年现在的日历 / Imported; the year as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarResource.YearView.class)))
    @APIResponse(responseCode = "400", description = "文件有误，未作修改 / The file has problems; nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "非管理员 / Not an administrator",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public CalendarResource.YearView importYear(@Parameter(description = "年份 / Year", example = "2027") @PathParam("year") int year, byte[] body) {
        Caller caller = apiCaller.get();
        calendar.importYear(caller, year, CalendarFile.decode(body == null ? new byte[0] : body));
        return CalendarResource.view(year, calendar.daysOf(year), caller.locale());
    }

}
