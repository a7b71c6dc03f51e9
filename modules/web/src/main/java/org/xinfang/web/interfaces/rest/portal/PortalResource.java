package org.xinfang.web.interfaces.rest.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.xinfang.api.model.Rating;
import org.xinfang.api.plugin.CaseFormData;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.application.portal.PhoneCodes;
import org.xinfang.core.application.portal.Portal;
import org.xinfang.core.application.receipt.Receipts;
import org.xinfang.web.interfaces.rest.ApiMessages;
import org.xinfang.web.interfaces.rest.JsonBody;
import org.xinfang.web.interfaces.rest.PublicLocale;
import org.xinfang.web.interfaces.SameAtOnce;
import org.xinfang.web.interfaces.rest.cases.CaseFormReader;

/**
 * The petition portal's API (网上信访, ADR 0038), without sign-in: the units that take matters online,
 * bringing a matter, and — with the query code, and the phone for a signed matter, always in the body,
 * never in the address — following it, fetching its notices, asking for review, rating and adding
 * material. Every wrong code or phone is the same 404; an address, code or phone that guessed too often
 * is 429 with Retry-After.
 */
@Path(PortalResource.PATH)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "portal", description = "网上信访：提交、查询、获取文书、评价、申请复查（无需登录）/ The petition portal: submit, follow, notices, rating, review (no sign-in)")
@SecurityRequirements
public class PortalResource {

    /** Open without sign-in (ApiAuthentication): everything under it. */
    public static final String PATH = "public/petitions";
    public static final String UNITS = PATH + "/units";

    private static final List<String> PETITION_FIELDS = List.of("unitId", "subject", "content", "category", "name", "phone", "idNumber",
            "address", "email", "headCount", "representatives", "files", "form", "phoneCode");
    private static final List<String> FOLLOW_FIELDS = List.of("code", "phone");

    @Schema(name = "PortalPetition", description = "网上信访事项 / A matter brought online")
    public record PetitionBody(@Schema(required = true, description = "受理单位（见 GET units）/ The unit (see GET units)") long unitId,
                               @Schema(required = true, maxLength = 200) String subject,
                               @Schema(required = true, maxLength = 4000) String content,
                               @Schema(required = true, example = "劳动社保") String category,
                               @Schema(description = "实名时必填 / Required when signed") String name,
                               @Schema(description = "实名时必填，凭其与查询码查询 / Required when signed; opens the matter with the code") String phone,
                               String idNumber, String address,
                               @Schema(description = "电子邮箱（可选，实名）：出具书面文书时邮件通知 / E-mail (optional, signed matters): told when a notice is issued")
                               String email,
                               @Schema(description = "反映人数，默认1；5人以上须推选代表 / Number of people, default 1; five or more speak through representatives") Integer headCount,
                               @Schema(description = "代表，至多5人 / Representatives, at most five") List<RepresentativeBody> representatives,
                               @Schema(description = "附件，至多5个，经附件检查 / Files, at most five, checked as attachments are") List<FileBody> files,
                               @Schema(description = "短信验证码（平台开通短信验证时，实名事项必填，见 POST phone-code）/ The code texted to the phone"
                                       + " (required for a signed matter where the portal confirms phones; see POST phone-code)") String phoneCode,
                               @Schema(description = "单位所属机构的公开表单字段（见 GET units 的 formFields）/ The unit's plugin's public form fields (formFields of GET units)",
                                       type = SchemaType.OBJECT) Object form) {
    }

    @Schema(name = "PortalFile")
    public record FileBody(@Schema(required = true, example = "欠薪证明.pdf") String fileName,
                           @Schema(required = true, contentEncoding = "base64") String content) {
    }

    @Schema(name = "PortalRepresentative")
    public record RepresentativeBody(@Schema(required = true) String name, String phone) {
    }

    @Schema(name = "PortalPhone")
    public record PhoneBody(@Schema(required = true, example = "13905361234") String phone) {
    }

    @Schema(name = "PortalCode", description = "查询码，实名事项另加手机号码 / The query code, and the phone for a signed matter")
    public record CodeBody(@Schema(required = true) String code, String phone) {
    }

    @Schema(name = "PortalNoticeRequest")
    public record NoticeBody(@Schema(required = true) String code, String phone, @Schema(required = true) long noticeId) {
    }

    @Schema(name = "PortalReviewRequest")
    public record ReviewBody(@Schema(required = true) String code, String phone, @Schema(required = true, maxLength = 2000) String reason) {
    }

    @Schema(name = "PortalRatingRequest")
    public record RatingBody(@Schema(required = true) String code, String phone, @Schema(required = true) Rating rating) {
    }

    @Schema(name = "PortalMaterialRequest")
    public record MaterialBody(@Schema(required = true) String code, String phone, @Schema(required = true, maxLength = 4000) String text,
                               String fileName, @Schema(contentEncoding = "base64") String content) {
    }

    /** A unit on the portal's list, with the fields of its plugin's public form. */
    @Schema(name = "PortalUnit")
    public record UnitView(long id, String name, String agencyType, List<String> formFields) {
    }

    @Inject
    Portal portal;

    @Inject
    PhoneCodes phoneCodes;

    @Inject
    PluginRegistry plugins;

    @Inject
    CaseFormReader formReader;

    @Inject
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @GET
    @Path("units")
    @Operation(operationId = "listPortalUnits", summary = "可网上信访的单位 / Units that take matters online")
    @APIResponse(responseCode = "200", description = "单位及其公开表单字段 / Units and their public form fields",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "不接受查询参数 / It takes no query parameters",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public List<UnitView> units() {
        return portal.openUnits().stream().map(u -> new UnitView(u.id(), u.name(), u.agencyType(),
                u.form().map(f -> f.fields().stream().sorted().toList()).orElse(List.of()))).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitPetition", summary = "提交网上信访事项 / Bring a matter online",
            description = "登记为网上渠道，开始受理时限，答复查询码（仅此一次；实名事项凭查询码和手机号码查询）。同一 Idempotency-Key 与相同内容再次提交，答复原事项（200），不重复登记。"
                    + " / Registered with channel ONLINE, its intake clock started; answers the query code (shown only here; a signed matter"
                    + " opens with the code and the phone). Sent again with the same Idempotency-Key and content, answers the first matter (200).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PetitionBody.class)))
    @APIResponse(responseCode = "201", description = "已登记 / Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Portal.Submitted.class)))
    @APIResponse(responseCode = "200", description = "此前已提交，答复原事项 / Sent before: the first matter",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Portal.Submitted.class)))
    @APIResponse(responseCode = "400", description = "输入有误，逐项列出；未保存 / Bad input, each field named; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "413", description = "附件超过大小上限；未保存 / A file over the size limit; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "415", description = "附件不是可接受的类型；未保存 / A file not of an accepted type; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "同一 Idempotency-Key 用于内容不同的提交，或同一手机号已在该单位网上提交过内容相同且未办结的事项；未保存"
            + " / The Idempotency-Key was used for another submission, or the same phone brought the same words to that unit online and"
            + " the matter is open; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Response submit(String body, @Parameter(description = "客户端为每次提交生成的随机键 / A random key the client makes per submission")
                           @HeaderParam("Idempotency-Key") String idempotencyKey) {
        Locale locale = locale();
        JsonBody json = JsonBody.parse(body, locale);
        json.refuseUnknown(PETITION_FIELDS);
        Long unitId = json.whole("unitId");
        Integer headCount = json.smallWhole("headCount");
        List<Portal.Representative> representatives = new ArrayList<>();
        for (JsonBody r : json.objects("representatives")) {
            r.refuseUnknown(List.of("name", "phone"));
            representatives.add(new Portal.Representative(r.text("name"), r.text("phone")));
        }
        List<Receipts.EvidenceFile> files = new ArrayList<>();
        for (JsonBody f : json.objects("files")) {
            f.refuseUnknown(List.of("fileName", "content"));
            String content = f.text("content");
            files.add(content == null ? new Receipts.EvidenceFile(f.text("fileName"), null) : Receipts.EvidenceFile.fromBase64(f.text("fileName"), content));
        }
        Portal.Petition petition = new Portal.Petition(unitId, json.text("subject"), json.text("content"), json.text("category"),
                json.text("name"), json.text("phone"), json.text("idNumber"), json.text("address"), json.text("email"),
                headCount == null ? 1 : headCount,
                representatives, files);
        JsonObject formJson = json.object("form");
        String phoneCode = json.text("phoneCode");
        json.refuseIfProblems();
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString() : idempotencyKey.strip();
        // The form is read afresh for each attempt: a registration that failed has written into its entity.
        Portal.Submitted submitted = SameAtOnce.answer(() -> portal.submit(petition, form(unitId, formJson, locale), key, phoneCode, locale));
        return Response.status(submitted.again() ? Response.Status.OK : Response.Status.CREATED).entity(submitted).build();
    }

    @POST
    @Path("phone-code")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "sendPetitionPhoneCode", summary = "获取短信验证码 / Have a code texted to the phone",
            description = "平台接入短信网关并开通验证时，实名事项提交前先获取验证码（6位，10分钟内有效，错5次作废）；同一手机或地址15分钟内至多3次。"
                    + "未开通时答复 409，提交时不需要验证码。 / Where the portal has an SMS gateway and confirms phones, a signed matter first has a"
                    + " code texted (6 digits, 10 minutes, five tries); at most 3 per phone or address in 15 minutes. Where it does not: 409,"
                    + " and no code is needed.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PhoneBody.class)))
    @APIResponse(responseCode = "202", description = "已发送 / Sent")
    @APIResponse(responseCode = "400", description = "不是手机号码 / Not a mobile number",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "未开通短信验证，或短信未能发出 / Phones not confirmed here, or the text not sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "429", description = "过于频繁（见 Retry-After）/ Too often; see Retry-After",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Response phoneCode(String body) {
        Locale locale = locale();
        JsonBody json = JsonBody.parse(body, locale);
        json.refuseUnknown(List.of("phone"));
        json.refuseIfProblems();
        phoneCodes.send(json.text("phone"), address(), locale);
        return Response.accepted().build();
    }

    @POST
    @Path("follow")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "followPetition", summary = "凭查询码查询办理情况 / Follow a matter with its query code",
            description = "状态、下一个办理期限及日期、已出具的文书、复查（复核）权利及其期限、评价、往来答复与补充材料。查询码或手机号码有误一律答复相同的 404。"
                    + " / Status, the next deadline and its date, the notices, the right of review and its window, the rating, the answers"
                    + " and material. Any wrong code or phone is the same 404.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CodeBody.class)))
    @APIResponse(responseCode = "200", description = "办理情况 / The matter",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Portal.Followed.class)))
    @APIResponse(responseCode = "404", description = "查询码或手机号码有误 / A wrong code or phone",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "429", description = "错误次数过多，稍后再试（见 Retry-After）/ Too many wrong tries; see Retry-After",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Portal.Followed follow(String body) {
        Locale locale = locale();
        JsonBody json = JsonBody.parse(body, locale);
        json.refuseUnknown(FOLLOW_FIELDS);
        return portal.follow(json.text("code"), json.text("phone"), address(), locale);
    }

    @POST
    @Path("notice")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(operationId = "fetchPetitionNotice", summary = "获取文书 PDF（视为送达）/ Fetch a notice's PDF (serves it)",
            description = "首次获取即记为送达（设置 portal.onlineService），自送达之日起计算申请复查期限。 / The first fetch is recorded as service"
                    + " (setting portal.onlineService); the review window then runs from that day.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticeBody.class)))
    @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", description = "查询码或手机号码有误，或没有这份文书 / A wrong code or phone, or no such notice",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Response notice(String body) {
        Locale locale = locale();
        JsonBody json = JsonBody.parse(body, locale);
        json.refuseUnknown(List.of("code", "phone", "noticeId"));
        Long noticeId = json.requiredWhole("noticeId");
        json.refuseIfProblems();
        Portal.NoticeFile file = portal.notice(json.text("code"), json.text("phone"), noticeId, address(), locale);
        return pdf(file.content(), file.fileName());
    }

    private static Response pdf(byte[] content, String fileName) {
        return Response.ok(content, "application/pdf").header("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20")).build();
    }

    @POST
    @Path("receipt")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(operationId = "printPetitionReceipt", summary = "网上信访回执 PDF / The receipt as a PDF",
            description = "事项编号、查询码、受理期限；证明已收到，不是受理告知。 / The matter's number, the query code, the intake deadline;"
                    + " it shows receipt, not acceptance.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CodeBody.class)))
    @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", description = "查询码或手机号码有误 / A wrong code or phone",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Response receipt(String body) {
        Locale locale = locale();
        JsonBody json = JsonBody.parse(body, locale);
        json.refuseUnknown(FOLLOW_FIELDS);
        json.refuseIfProblems();
        Portal.Submitted receipt = portal.receipt(json.text("code"), json.text("phone"), address(), locale);
        return pdf(portal.receiptPdf(receipt), receipt.caseNumber() + ".pdf");
    }

    @POST
    @Path("review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestPetitionReview", summary = "申请复查（复核）/ Ask for review (or re-review)",
            description = "在申请期限内，与信访窗口登记的同一步骤。 / Within the window; the same step the desk would record.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewBody.class)))
    @APIResponse(responseCode = "200", description = "已申请；事项现状 / Asked; the matter now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Portal.Followed.class)))
    @APIResponse(responseCode = "400", description = "未写理由 / No reason", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "现在不能申请 / Not possible now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Portal.Followed review(String body) {
        Locale locale = locale();
        JsonBody json = JsonBody.parse(body, locale);
        json.refuseUnknown(List.of("code", "phone", "reason"));
        return portal.requestReview(json.text("code"), json.text("phone"), json.text("reason"), address(), locale);
    }

    @POST
    @Path("rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "ratePetition", summary = "评价处理意见 / Rate the decision",
            description = "满意、基本满意或不满意；每份处理意见一次，在评价期限内（设置 portal.ratingDays）。 / Once per decision, within the rating window"
                    + " (setting portal.ratingDays).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RatingBody.class)))
    @APIResponse(responseCode = "200", description = "已评价；事项现状 / Rated; the matter now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Portal.Followed.class)))
    @APIResponse(responseCode = "400", description = "评价不在可选值中 / Not one of the ratings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "409", description = "已评价或不在评价期限内 / Rated already, or outside the window",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Portal.Followed rate(String body) {
        Locale locale = locale();
        JsonBody json = JsonBody.parse(body, locale);
        json.refuseUnknown(List.of("code", "phone", "rating"));
        Rating rating = json.choice("rating", Rating.class);
        json.refuseIfProblems();
        return portal.rate(json.text("code"), json.text("phone"), rating, address(), locale);
    }

    @POST
    @Path("material")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addPetitionMaterial", summary = "补充材料 / Add material",
            description = "文字必填，可附一个文件（Base64），经附件检查；仅在办结前。 / Text required, a file may come along (Base64), checked as"
                    + " attachments are; only while the matter is open.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MaterialBody.class)))
    @APIResponse(responseCode = "201", description = "已补充；事项现状 / Added; the matter now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Portal.Followed.class)))
    @APIResponse(responseCode = "400", description = "文字为空或过长、文件有误；未保存 / Text empty or too long, a bad file; nothing saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Error")))
    public Response material(String body) {
        Locale locale = locale();
        JsonBody json = JsonBody.parse(body, locale);
        json.refuseUnknown(List.of("code", "phone", "text", "fileName", "content"));
        String content = json.text("content");
        Receipts.EvidenceFile file = content == null ? null : Receipts.EvidenceFile.fromBase64(json.text("fileName"), content);
        json.refuseIfProblems();
        return Response.status(Response.Status.CREATED)
                .entity(portal.addMaterial(json.text("code"), json.text("phone"), json.text("text"), file, address(), locale)).build();
    }

    /**
     * The unit's plugin form, read from the public fields only: a field the public does not fill is
     * refused by name rather than quietly set (what the office records is not the petitioner's to say).
     */
    private CaseFormData form(Long unitId, JsonObject formJson, Locale locale) {
        return portal.openUnit(unitId).map(unit -> formReader.read(plugins.find(unit.agencyType()), unit.name(), formJson,
                unit.form().map(f -> f.fields().stream().sorted().toList()).orElse(List.of()), locale)).orElse(null);
    }

    private String address() {
        return request.getRemoteAddr();
    }

    private Locale locale() {
        return PublicLocale.of(headers);
    }
}
