package org.xinfang.web.interfaces.rest.cases;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xinfang.api.caller.Visibility;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.PartyRole;
import org.xinfang.api.plugin.CaseFormData;
import org.xinfang.core.application.cases.CaseForms;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.identity.SealedIdentities.PartyCard;
import org.xinfang.core.domain.model.cases.Case;

/**
 * A case as the API shows it. Built while the transaction is open (parties load lazily); identity and
 * phone numbers leave the server masked, never raw, and sealed identities not at all (IdentityDisclosure).
 */
@Schema(name = "Case", description = "信访事项 / A case, with its parties (numbers masked) and its agency form")
public record CaseView(
        @Schema(example = "42") Long id,
        @Schema(example = "朝信〔2026〕第00012号") String number,
        Long unitId,
        @Schema(example = "青州市朝阳区信访局") String unitName,
        @Schema(description = "general, or the id of the agency plugin (court, discipline, …)", example = "general") String agencyType,
        Channel channel,
        String subject,
        String content,
        String category,
        String status,
        @Schema(format = "date", example = "2026-03-01") LocalDate receivedOn,
        int headCount,
        @Schema(description = "五人以上为集体访 / Five or more people: a collective visit") boolean collectiveVisit,
        @Schema(description = "被反映单位 / The body the matter concerns") Long concernedUnitId,
        @Schema(description = "越级：登记机关高出被反映单位两级以上 / Filed two or more levels above the body concerned") boolean aboveCompetentLevel,
        @Schema(description = "重复信访所关联的事项（仅当调用者可见）/ The earlier case this filing repeats, when the caller may see it") Long repeatOfId,
        String repeatOfNumber,
        List<PartyView> parties,
        @Schema(description = "专用信息 / The agency plugin's form; null for a petition bureau's case") JsonObject form,
        LocalDateTime createdAt,
        String createdBy,
        LocalDateTime updatedAt,
        String updatedBy,
        @Schema(description = "Send it back unchanged with a correction; a newer one on the server means someone saved first")
        long version,
        @Schema(description = "本单位已转送或交办出去：只读跟踪，不能办理 / Your unit sent it on: followed read-only, not acted on")
        boolean followedOnly) {

    /**
     * A party of a case; {@code idNumber} and {@code phone} are masked. A sealed party (a discipline
     * report's reporter) shows only its pseudonym as {@code name}, the same for every caller.
     */
    @Schema(name = "Party")
    public record PartyView(PartyRole role,
                            @Schema(description = "姓名；身份密封时为代称 / Name; the pseudonym when the identity is sealed",
                                    example = "举报人A") String name,
                            @Schema(example = "110105********1232") String idNumber,
                            @Schema(example = "138****5678") String phone,
                            String address,
                            @Schema(description = "身份已密封，仅身份保管人可揭示 / Identity sealed; only its keeper may reveal it") boolean sealed) {

        static PartyView of(PartyCard party) {
            return new PartyView(party.role(), party.name(), party.idNumber(), party.phone(), party.address(), party.sealed());
        }
    }

    /**
     * The case as everyone sees it: sealed parties by their pseudonyms, and so the subject and content.
     *
     * @param viewer what the caller may see: the earlier case of a repeat is shown only when the caller sees it
     */
    static CaseView of(Case c, CaseFormData form, CaseForms forms, Visibility viewer, IdentityDisclosure disclosure) {
        Case repeatOf = c.repeatOfSeenBy(viewer);
        return new CaseView(c.getId(), c.getNumber(), c.getUnit().getId(), c.getUnit().getName(), c.getAgencyType(),
                c.getChannel(), disclosure.redact(c, c.getSubject()), disclosure.redact(c, c.getContent()), c.getCategory(),
                c.getStatus(), c.getReceivedOn(), c.getHeadCount(),
                c.isCollectiveVisit(), c.getConcernedUnit() == null ? null : c.getConcernedUnit().getId(), c.isAboveCompetentLevel(),
                repeatOf == null ? null : repeatOf.getId(), repeatOf == null ? null : repeatOf.getNumber(),
                disclosure.parties(c).stream().map(PartyView::of).toList(),
                form == null ? null : disclosure.form(c, asObject(forms.toJson(form))),
                c.getCreatedAt(), c.getCreatedBy(), c.getUpdatedAt(), c.getUpdatedBy(), c.getVersion(), false);
    }

    /** The same view, marked as followed read-only. */
    CaseView followed(boolean followed) {
        return new CaseView(id, number, unitId, unitName, agencyType, channel, subject, content, category, status, receivedOn, headCount,
                collectiveVisit, concernedUnitId, aboveCompetentLevel, repeatOfId, repeatOfNumber, parties, form, createdAt, createdBy,
                updatedAt, updatedBy, version, followed);
    }

    private static JsonObject asObject(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
