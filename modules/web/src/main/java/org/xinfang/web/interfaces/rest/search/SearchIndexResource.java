package org.xinfang.web.interfaces.rest.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.core.application.search.SearchIndexing;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.errors.ApiError;

/** The administrator reads the full-text index's state and rebuilds it, following the rebuild's progress. */
@Path("admin/search-index")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search", description = "全文检索索引（管理员）/ The full-text search index (administrator)")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
@APIResponse(responseCode = "403", description = "非管理员 / Not an administrator",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class SearchIndexResource {

    @Inject
    ApiCaller apiCaller;

    @Inject
    SearchIndexing indexing;

    @Schema(name = "SearchIndexRebuild")
    public record RebuildView(@Schema(description = "发起人；启动时自动重建为 (start) / Who started it; (start) when the server did", example = "admin")
                              String startedBy,
                              LocalDateTime startedAt,
                              @Schema(description = "已写入索引的件数 / Matters indexed so far", example = "5200") long done,
                              @Schema(description = "要写入的件数 / Matters to index", example = "10000") long total,
                              @Schema(description = "进度百分比 / Percent done", example = "52") int percent,
                              boolean running,
                              LocalDateTime finishedAt,
                              @Schema(description = "失败原因 / Why it failed, if it did") String failure) {

        static RebuildView of(SearchIndexing.Rebuild r) {
            return r == null ? null : new RebuildView(r.startedBy(), r.startedAt(), r.done(), r.total(), r.percent(), r.running(),
                    r.finishedAt(), r.failure());
        }
    }

    @Schema(name = "SearchIndex")
    public record IndexView(@Schema(description = "索引中的件数 / Matters in the index", example = "10000") long indexed,
                            @Schema(description = "数据库中的件数 / Matters in the database", example = "10000") long matters,
                            @Schema(description = "最近一次重建 / The latest rebuild, if any") RebuildView latest) {

        static IndexView of(SearchIndexing.State s) {
            return new IndexView(s.indexed(), s.matters(), RebuildView.of(s.latest()));
        }
    }

    @GET
    @Operation(operationId = "getSearchIndex", summary = "索引状态与重建进度 / The index and the rebuild's progress")
    @APIResponse(responseCode = "200", description = "索引状态 / The index",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndexView.class)))
    public IndexView state() {
        return IndexView.of(indexing.state(apiCaller.get()));
    }

    @POST
    @Path("rebuild")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rebuildSearchIndex", summary = "重建索引 / Rebuild the index",
            description = "在后台从数据库重新索引全部案件；进度用 GET 查看。请求体为 {}。"
                    + " / Indexes every matter again from the database, in the background; GET follows its progress. The body is {}.")
    @APIResponse(responseCode = "202", description = "已开始 / Started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndexView.class)))
    @APIResponse(responseCode = "409", description = "正在重建 / A rebuild is running",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
    public Response rebuild() {
        return Response.accepted(IndexView.of(indexing.rebuild(apiCaller.get()))).build();
    }
}
