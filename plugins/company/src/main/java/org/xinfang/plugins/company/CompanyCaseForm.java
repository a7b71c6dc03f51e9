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

    public ComplaintType getComplaintType() {
        return complaintType;
    }

    public void setComplaintType(ComplaintType complaintType) {
        this.complaintType = complaintType;
    }

    public Boolean getAnonymous() {
        return anonymous;
    }

    /** Choosing anonymity erases the employee number, so it can never be stored by mistake. */
    public void setAnonymous(Boolean anonymous) {
        this.anonymous = anonymous;
        if (Boolean.TRUE.equals(anonymous)) {
            this.employeeNumber = null;
        }
    }
}
