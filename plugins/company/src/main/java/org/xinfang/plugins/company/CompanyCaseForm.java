package org.xinfang.plugins.company;

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
 * What a company's complaint desk records beyond the core case: the workshop concerned (the first
 * of the two handling levels), the employee's number, what the complaint is about, and whether the
 * employee chose to stay anonymous.
 *
 * <p>Anonymity is protection against retaliation, so an anonymous complaint never keeps an
 * employee number: marking a form anonymous erases it, and {@link AnonymousWithoutEmployeeNumber}
 * refuses the two together when a caller (a JSON body, say) sets them in the other order.
 *
 * <p>It also records the chain of responsibility for the matter (信访工作责任制): the company's party
 * secretary answers first (第一责任人), the deputy secretary in charge directly (直接责任人), and the
 * workshop's branch secretary and director specifically (具体责任人, one or two people). The chain is
 * kept per matter, by name, because it says who was answerable for this complaint when it was handled,
 * whoever holds the posts later; a matter is not sent down to a workshop without it
 * ({@link CompanyPlugin#refusesMove}).
 *
 * <p>Column names are explicit because the persistence unit validates them against
 * {@code db/migration/company/V1__company_case_form.sql}.
 */
@Entity
@Table(name = "company_case_form")
@AnonymousWithoutEmployeeNumber
public class CompanyCaseForm extends CaseFormData {

    /**
     * Letters and digits, 3 to 20, as printed on badges — or nothing, because Faces validates an
     * empty field's "" before the setter turns it into "no number". The pattern also bounds the
     * length to the column's 20, so a separate size constraint would only repeat the message.
     */
    public static final String EMPLOYEE_NUMBER_PATTERN = "([A-Za-z0-9]{3,20})?";

    /** The employee number's name in the form's JSON, which the core withholds on a sealed case. */
    public static final String EMPLOYEE_NUMBER_FIELD = "employeeNumber";

    @NotBlank(message = "车间不能为空")
    @Size(max = 100, message = "车间不能超过100个字符")
    @Column(name = "workshop", length = 100, nullable = false)
    private String workshop;

    @Pattern(regexp = EMPLOYEE_NUMBER_PATTERN, message = "工号只能由3至20位字母或数字组成")
    @Column(name = "employee_number", length = 20)
    private String employeeNumber;

    @NotNull(message = "诉求类型不能为空")
    @Enumerated(EnumType.STRING)
    @Column(name = "complaint_type", length = 32, nullable = false)
    private ComplaintType complaintType;

    @NotNull(message = "是否匿名不能为空")
    @Column(name = "anonymous_report", nullable = false)
    private Boolean anonymous = Boolean.FALSE;

    /** A person's name, as the chain records it; 50 characters hold any Chinese name with a post. */
    static final int LONGEST_NAME = 50;

    @Size(max = LONGEST_NAME, message = "第一责任人不能超过50个字符")
    @Column(name = "first_responsible", length = LONGEST_NAME)
    private String firstResponsible;

    @Size(max = LONGEST_NAME, message = "直接责任人不能超过50个字符")
    @Column(name = "direct_responsible", length = LONGEST_NAME)
    private String directResponsible;

    @Size(max = LONGEST_NAME, message = "具体责任人不能超过50个字符")
    @Column(name = "specific_responsible", length = LONGEST_NAME)
    private String specificResponsible;

    @Size(max = LONGEST_NAME, message = "第二具体责任人不能超过50个字符")
    @Column(name = "specific_responsible_second", length = LONGEST_NAME)
    private String specificResponsibleSecond;

    public CompanyCaseForm() {
        // JPA and CaseFormDeclaration.newForm() create it empty.
    }

    /** e.g. {@code 薪酬 · 二车间 · 匿名}; the employee number stays out of lists. */
    @Override
    public String summary() {
        StringJoiner line = new StringJoiner(" · ");
        if (complaintType != null) {
            line.add(complaintType.label().zh());
        }
        if (workshop != null && !workshop.isBlank()) {
            line.add(workshop);
        }
        if (Boolean.TRUE.equals(anonymous)) {
            line.add("匿名");
        }
        return line.toString();
    }

    public String getWorkshop() {
        return workshop;
    }

    public void setWorkshop(String workshop) {
        this.workshop = workshop;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    /** An empty input means the employee gave no number (Faces submits empty fields as ""). */
    public void setEmployeeNumber(String employeeNumber) {
        this.employeeNumber = employeeNumber == null || employeeNumber.isEmpty() ? null : employeeNumber;
    }

    /** 第一责任人: the company's party secretary. */
    public String getFirstResponsible() {
        return firstResponsible;
    }

    public void setFirstResponsible(String firstResponsible) {
        this.firstResponsible = name(firstResponsible);
    }

    /** 直接责任人: the deputy party secretary in charge of petition work. */
    public String getDirectResponsible() {
        return directResponsible;
    }

    public void setDirectResponsible(String directResponsible) {
        this.directResponsible = name(directResponsible);
    }

    /** 具体责任人: the workshop's party branch secretary (or its director, when one person holds both). */
    public String getSpecificResponsible() {
        return specificResponsible;
    }

    public void setSpecificResponsible(String specificResponsible) {
        this.specificResponsible = name(specificResponsible);
    }

    /** The second 具体责任人: the workshop director, when not the same person as the first. */
    public String getSpecificResponsibleSecond() {
        return specificResponsibleSecond;
    }

    public void setSpecificResponsibleSecond(String specificResponsibleSecond) {
        this.specificResponsibleSecond = name(specificResponsibleSecond);
    }

    /**
     * The levels of the chain still missing, in order (第一责任人, 直接责任人, 具体责任人), empty when
     * the chain is complete; the second 具体责任人 is optional.
     */
    public List<String> missingResponsibles() {
        List<String> missing = new ArrayList<>();
        if (firstResponsible == null) {
            missing.add("第一责任人");
        }
        if (directResponsible == null) {
            missing.add("直接责任人");
        }
        if (specificResponsible == null) {
            missing.add("具体责任人");
        }
        return missing;
    }

    /** Spaces around a name are typing, not part of it; an empty field is no name. */
    private static String name(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    public ComplaintType getComplaintType() {
        return complaintType;
    }

    public void setComplaintType(ComplaintType complaintType) {
        this.complaintType = complaintType;
    }

    public Boolean getAnonymous() {
        return anonymous;
    }

    /**
     * Only sets the flag: a number given together with anonymity is refused ({@link
     * AnonymousWithoutEmployeeNumber}) whichever of the two an API body names first, never dropped unseen.
     */
    public void setAnonymous(Boolean anonymous) {
        this.anonymous = anonymous;
    }

    /**
     * Ticking 匿名 in the editor erases the number the clerk may have typed, as the field turns disabled
     * and could no longer be corrected (the box's ajax listener).
     */
    public void forgetEmployeeNumberWhenAnonymous() {
        if (Boolean.TRUE.equals(anonymous)) {
            this.employeeNumber = null;
        }
    }
}
