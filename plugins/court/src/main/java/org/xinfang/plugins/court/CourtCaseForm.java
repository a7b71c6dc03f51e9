package org.xinfang.plugins.court;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.xinfang.api.plugin.CaseFormData;

/**
 * What a court petition office records beyond the core case (涉诉信访登记): the judgment the
 * petition is about, who tried it, and whether the matter belongs on the legal route.
 *
 * <p>Column names are explicit because the persistence unit validates them against
 * {@code db/migration/court/V1__court_case_form.sql}.
 */
@Entity
@Table(name = "court_case_form")
public class CourtCaseForm extends CaseFormData {

    /**
     * A case number as courts have printed them since 2016: (年份)法院代字+类型代字+序号+号, e.g.
     * {@code （2024）京0105民初1234号}. Clerks copy it from judgments printed with full-width brackets
     * and type it with half-width ones, so both are accepted. The court code is a province
     * abbreviation (or 兵 for the XPCC courts) followed by the court's digits — a high court has
     * none — or 最高法; the case-type word is one to four characters (民初, 民终, 执恢, 民申 …); a
     * number may carry a suffix such as 之一.
     */
    public static final String CASE_NUMBER_PATTERN =
            "[（(](?:19|20)\\d{2}[）)]"
            + "(?:最高法|[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新兵]\\d{0,6})"
            + "\\p{IsHan}{1,4}"
            + "\\d{1,6}号(?:之[一二三四五六七八九十]{1,3})?";

    @NotBlank(message = "原审案号不能为空")
    @Size(max = 64, message = "原审案号不能超过64个字符")
    @Pattern(regexp = CASE_NUMBER_PATTERN,
            message = "原审案号格式不正确，应如（2024）京0105民初1234号")
    @Column(name = "original_case_number", length = 64, nullable = false)
    private String originalCaseNumber;

    @NotBlank(message = "审判庭不能为空")
    @Size(max = 100, message = "审判庭不能超过100个字符")
    @Column(name = "tribunal", length = 100, nullable = false)
    private String tribunal;

    /** Optional: a visit about an old or enforcement case may not name the judge at registration. */
    @Size(max = 50, message = "承办法官不能超过50个字符")
    @Column(name = "presiding_judge", length = 50)
    private String presidingJudge;

    @NotNull(message = "审判阶段不能为空")
    @Enumerated(EnumType.STRING)
    @Column(name = "trial_stage", length = 32, nullable = false)
    private CourtStage stage;

    /**
     * Most visits to a court are about its own judgments (涉诉), so the flag starts set; the
     * receptionist clears it for the rare matter that is not about litigation.
     */
    @NotNull(message = "是否涉诉不能为空")
    @Column(name = "litigation_related", nullable = false)
    private Boolean litigationRelated = Boolean.TRUE;

    /**
     * 越级访, 重复访 and 上访老户: a matter carrying any of them goes to the vice-president in charge of
     * the division on the president's reception day (院长接待日). 重复访 is the receptionist's marker
     * rather than the core's repeat link, because the core's link is not among what a plugin may read.
     */
    @Column(name = "leapfrog_visit", nullable = false)
    private boolean leapfrogVisit;

    @Column(name = "repeat_visit", nullable = false)
    private boolean repeatVisit;

    @Column(name = "long_standing_petitioner", nullable = false)
    private boolean longStandingPetitioner;

    public CourtCaseForm() {
        // JPA and CaseFormDeclaration.newForm() create it empty.
    }

    /** The bundle keys of the reception-day markers the matter carries, in the form's order. */
    public List<String> markerKeys() {
        List<String> keys = new ArrayList<>();
        if (leapfrogVisit) {
            keys.add("court.form.leapfrogVisit");
        }
        if (repeatVisit) {
            keys.add("court.form.repeatVisit");
        }
        if (longStandingPetitioner) {
            keys.add("court.form.longStandingPetitioner");
        }
        return keys;
    }

    /** Whether the matter goes to the president's reception day: marked 越级访, 重复访 or 上访老户. */
    public boolean forReceptionDay() {
        return leapfrogVisit || repeatVisit || longStandingPetitioner;
    }

    @Override
    public String summary() {
        StringJoiner line = new StringJoiner(" · ");
        if (originalCaseNumber != null && !originalCaseNumber.isBlank()) {
            line.add(originalCaseNumber);
        }
        if (stage != null) {
            line.add(stage.label().zh());
        }
        if (tribunal != null && !tribunal.isBlank()) {
            line.add(tribunal);
        }
        if (Boolean.FALSE.equals(litigationRelated)) {
            line.add("非涉诉");
        }
        if (leapfrogVisit) {
            line.add("越级访");
        }
        if (repeatVisit) {
            line.add("重复访");
        }
        if (longStandingPetitioner) {
            line.add("上访老户");
        }
        return line.toString();
    }

    public String getOriginalCaseNumber() {
        return originalCaseNumber;
    }

    public void setOriginalCaseNumber(String originalCaseNumber) {
        this.originalCaseNumber = originalCaseNumber;
    }

    public String getTribunal() {
        return tribunal;
    }

    public void setTribunal(String tribunal) {
        this.tribunal = tribunal;
    }

    public String getPresidingJudge() {
        return presidingJudge;
    }

    public void setPresidingJudge(String presidingJudge) {
        this.presidingJudge = presidingJudge;
    }

    public CourtStage getStage() {
        return stage;
    }

    public void setStage(CourtStage stage) {
        this.stage = stage;
    }

    public Boolean getLitigationRelated() {
        return litigationRelated;
    }

    public void setLitigationRelated(Boolean litigationRelated) {
        this.litigationRelated = litigationRelated;
    }

    public boolean isLeapfrogVisit() {
        return leapfrogVisit;
    }

    public void setLeapfrogVisit(boolean leapfrogVisit) {
        this.leapfrogVisit = leapfrogVisit;
    }

    public boolean isRepeatVisit() {
        return repeatVisit;
    }

    public void setRepeatVisit(boolean repeatVisit) {
        this.repeatVisit = repeatVisit;
    }

    public boolean isLongStandingPetitioner() {
        return longStandingPetitioner;
    }

    public void setLongStandingPetitioner(boolean longStandingPetitioner) {
        this.longStandingPetitioner = longStandingPetitioner;
    }
}
