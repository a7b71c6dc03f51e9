package org.xinfang.plugins.discipline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.StringJoiner;
import org.xinfang.api.plugin.CaseFormData;

/**
 * What a discipline-inspection committee's petition office (信访室) records beyond the core case:
 * the kind of report, whether it is signed, and who it is about.
 *
 * <p>The reporter is deliberately absent: a reporter's identity is a core {@code Party}, sealed and
 * shown only to the identity keeper. This form holds only what every handler of the lead may see.
 * For an appeal the subject is the appellant, whose own sanction is contested.
 *
 * <p>Column names are explicit because the persistence unit validates them against
 * {@code db/migration/discipline/V1__discipline_case_form.sql}.
 */
@Entity
@Table(name = "discipline_case_form")
public class DisciplineCaseForm extends CaseFormData {

    @NotNull(message = "信访举报类别不能为空")
    @Enumerated(EnumType.STRING)
    @Column(name = "report_category", length = 32, nullable = false)
    private ReportCategory category;

    /** Signed reports must be acknowledged within 15 working days; anonymous ones cannot be. */
    @NotNull(message = "是否实名不能为空")
    @Column(name = "signed_report", nullable = false)
    private Boolean signed = Boolean.FALSE;

    /**
     * The report is about the head of the unit that received it: its own staff may not handle it, so it
     * goes sealed to the next commission above, and never to a body of another agency.
     */
    @NotNull(message = "是否反映本机关主要负责人不能为空")
    @Column(name = "about_unit_head", nullable = false)
    private Boolean aboutUnitHead = Boolean.FALSE;

    @NotBlank(message = "被反映人姓名不能为空")
    @Size(max = 50, message = "被反映人姓名不能超过50个字符")
    @Column(name = "subject_name", length = 50, nullable = false)
    private String subjectName;

    @NotBlank(message = "被反映人单位不能为空")
    @Size(max = 100, message = "被反映人单位不能超过100个字符")
    @Column(name = "subject_unit", length = 100, nullable = false)
    private String subjectUnit;

    /** Optional: a villager reporting a cadre often knows the unit but not the exact post. */
    @Size(max = 100, message = "被反映人职务不能超过100个字符")
    @Column(name = "subject_post", length = 100)
    private String subjectPost;

    @NotNull(message = "被反映人职级不能为空")
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_rank", length = 32, nullable = false)
    private SubjectRank subjectRank;

    public DisciplineCaseForm() {
        // JPA and CaseFormDeclaration.newForm() create it empty.
    }

    /** e.g. {@code 检举 · 实名 · 张某某（某镇人民政府 副镇长，乡科级）}; never names the reporter. */
    @Override
    public String summary() {
        StringJoiner line = new StringJoiner(" · ");
        if (category != null) {
            line.add(category.label().zh());
        }
        if (signed != null) {
            line.add(signed ? "实名" : "匿名");
        }
        if (aboutHead()) {
            line.add("反映本机关主要负责人");
        }
        if (subjectName != null && !subjectName.isBlank()) {
            StringJoiner about = new StringJoiner("，");
            StringJoiner where = new StringJoiner(" ");
            if (subjectUnit != null && !subjectUnit.isBlank()) {
                where.add(subjectUnit);
            }
            if (subjectPost != null && !subjectPost.isBlank()) {
                where.add(subjectPost);
            }
            if (where.length() > 0) {
                about.add(where.toString());
            }
            if (subjectRank != null) {
                about.add(subjectRank.label().zh());
            }
            line.add(about.length() > 0 ? subjectName + "（" + about + "）" : subjectName);
        }
        return line.toString();
    }

    public ReportCategory getCategory() {
        return category;
    }

    public void setCategory(ReportCategory category) {
        this.category = category;
    }

    public Boolean getSigned() {
        return signed;
    }

    public void setSigned(Boolean signed) {
        this.signed = signed;
    }

    public Boolean getAboutUnitHead() {
        return aboutUnitHead;
    }

    public void setAboutUnitHead(Boolean aboutUnitHead) {
        this.aboutUnitHead = aboutUnitHead;
    }

    /** Signed explicitly false: an anonymous report (the reporter may be given a receipt code). */
    public boolean anonymousReport() {
        return Boolean.FALSE.equals(signed);
    }

    /** True only when the clerk marked it so. */
    public boolean aboutHead() {
        return Boolean.TRUE.equals(aboutUnitHead);
    }

    public String getSubjectName() {
        return subjectName;
    }

    public void setSubjectName(String subjectName) {
        this.subjectName = subjectName;
    }

    public String getSubjectUnit() {
        return subjectUnit;
    }

    public void setSubjectUnit(String subjectUnit) {
        this.subjectUnit = subjectUnit;
    }

    public String getSubjectPost() {
        return subjectPost;
    }

    public void setSubjectPost(String subjectPost) {
        this.subjectPost = subjectPost;
    }

    public SubjectRank getSubjectRank() {
        return subjectRank;
    }

    public void setSubjectRank(SubjectRank subjectRank) {
        this.subjectRank = subjectRank;
    }
}
