package org.xinfang.web.interfaces.rest.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.audit.AuditAdministration;
import org.xinfang.core.domain.model.audit.AuditCheckpoint;
import org.xinfang.core.domain.model.audit.AuditVerification;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.errors.ApiError;

/** The administrator verifies the audit log and seals its chains on demand, and reads past results. */
@Path("admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit", description = "审计日志校验（管理员）/ Audit log verification (administrator)")
@APIResponse(responseCode = "401", description = "未登录或令牌无效 / Not signed in, or the token is invalid or expired (HTTP Basic or bearer token)")
@APIResponse(responseCode = "403", description = "非管理员 / Not an administrator",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class AdminAuditResource {

    @Inject
    ApiCaller apiCaller;

    @Inject
    AuditAdministration audit;

    @Schema(name = "AuditVerification")
    public record VerificationView(long id, LocalDateTime startedAt, LocalDateTime finishedAt,
                                   @Schema(description = "发起人；定时校验为 (schedule) / Who asked; (schedule) for the schedule", example = "admin")
                                   String requestedBy,
                                   @Schema(description = "读过的事件数 / Events read", example = "309") long eventsChecked,
                                   @Schema(description = "是否完好 / Whether the log is intact") boolean intact,
                                   @Schema(description = "第一个有问题的事件（或检查点）编号 / The first bad event's (or checkpoint's) id",
                                           example = "1234") Long firstBadId,
                                   @Schema(description = "问题类型 / What is wrong", example = "CHANGED") String problem,
                                   @Schema(example = "事件内容被修改（哈希不符）") String problemLabel,
                                   @Schema(example = "chain 3") String detail) {

        static VerificationView of(AuditVerification v, Locale locale) {
            return new VerificationView(v.getId(), v.getStartedAt(), v.getFinishedAt(), v.getRequestedBy(), v.getEventsChecked(),
                    v.isIntact(), v.getFirstBadId(), v.getProblem() == null ? null : v.getProblem().name(),
                    v.getProblem() == null ? null : v.getProblem().label().in(locale), v.getDetail());
        }
    }

    @Schema(name = "AuditCheckpoint")
    public record CheckpointView(long id, LocalDateTime sealedAt,
                                 @Schema(description = "检查点哈希，亦写入服务器日志 / The checkpoint's hash, also written to the server log")
                                 String hash,
                                 @Schema(description = "封存的链数 / Chains sealed", example = "16") int chains) {

        static CheckpointView of(AuditCheckpoint c) {
            return new CheckpointView(c.getId(), c.getSealedAt(), c.getHash(), c.heads().size());
        }
    }

    @POST
    @Path("verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verifyAuditLog", summary = "立即校验审计日志 / Verify the audit log now",
            description = "逐页读取全部事件与检查点（内存占用与日志大小无关），核对每条事件的哈希、链接、链尾与最近检查点；"
                    + "发现问题即停止，并指出第一个有问题的事件。结果留存。请求体为 {}。"
                    + " / Reads every event and checkpoint page by page (memory independent of the log's size), checks each event's hash,"
                    + " its link, each chain's head and the latest checkpoint; stops at and names the first bad event. The result is kept."
                    + " The body is {}.")
    @APIResponse(responseCode = "200", description = "校验结果 / The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerificationView.class)))
    public VerificationView verify() {
        Caller caller = apiCaller.get();
        return VerificationView.of(audit.verify(caller), caller.locale());
    }

    @GET
    @Path("verifications")
    @Operation(operationId = "listAuditVerifications", summary = "最近的校验结果 / Recent verifications",
            description = "最近 20 次（含定时校验），新的在前。 / The latest 20 (the schedule's included), newest first.")
    @APIResponse(responseCode = "200", description = "校验结果 / Results",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = VerificationView.class)))
    public List<VerificationView> verifications() {
        Caller caller = apiCaller.get();
        return audit.recent(caller).stream().map(v -> VerificationView.of(v, caller.locale())).toList();
    }

    @POST
    @Path("checkpoints")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "sealAuditCheckpoint", summary = "立即封存检查点 / Seal a checkpoint now",
            description = "记录每条链当前的最后事件及其哈希，并与上一检查点相链；定时任务每小时封存一次。请求体为 {}。"
                    + " / Records each chain's last event and hash, linked to the checkpoint before; the schedule seals hourly. The body is {}.")
    @APIResponse(responseCode = "200", description = "新检查点 / The new checkpoint",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckpointView.class)))
    public CheckpointView seal() {
        return CheckpointView.of(audit.seal(apiCaller.get()));
    }
}
