package org.xinfang.plugins.company;

import org.xinfang.api.plugin.PublicCaseForm;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.model.PartyRole;
import org.xinfang.api.model.UnitLevel;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.AgencyType;
import org.xinfang.api.plugin.CaseFormData;
import org.xinfang.api.plugin.CaseFormDeclaration;
import org.xinfang.api.plugin.CoreRole;
import org.xinfang.api.plugin.MeetingKind;
import org.xinfang.api.plugin.MenuEntry;
import org.xinfang.api.plugin.RoleDeclaration;
import org.xinfang.api.procedure.ProcedureDeclaration;
import org.xinfang.api.procedure.ReviewLine;
import org.xinfang.api.plugin.SettingDeclaration;
import org.xinfang.plugins.company.protection.Protection;
import org.xinfang.plugins.company.protection.ProtectionCheck;
import org.xinfang.plugins.company.protection.ProtectionSettings;

/**
 * The company agency type (企业, 员工诉求): a complaint desk, two-level handling (workshop, then
 * company), a chain of responsibility, an anonymous hotline and protection against retaliation.
 *
 * <p>Stateless: the core loads it with {@link java.util.ServiceLoader} and reads its declarations.
 */
public final class CompanyPlugin implements AgencyPlugin {

    public static final String ID = "company";

    /** The complaint desk under the company's petition leading group (信访办公室). */
    public static final String ROLE_DESK = "COMPANY_DESK";
    /** Workshop head or workshop party secretary: the first line, answerable for the workshop. */
    public static final String ROLE_WORKSHOP_HEAD = "COMPANY_WORKSHOP_HEAD";
    /** Company leaders: the party secretary answers first, the deputy in charge directly. */
    public static final String ROLE_LEADER = "COMPANY_LEADER";
    /**
     * Keeper of complainants' identities (ADR 0015): at the unit that registered a complaint, the only
     * one who may reveal who made it; a workshop the matter is sent down to never holds them.
     */
    public static final String ROLE_IDENTITY_KEEPER = "COMPANY_IDENTITY_KEEPER";

    /** The monthly meeting of the company's and the workshops' leaders (两级领导班子碰头会). */
    public static final MeetingKind LEADERS_MEETING = new MeetingKind(ID + ".leaders",
            LocalizedText.of("两级领导班子碰头会", "Company and workshop leaders' meeting"), false, true);

    static final String FALLBACK_VERSION = "0.1.0";
    static final String BUNDLE = "org.xinfang.plugins.company.messages";

    public CompanyPlugin() {
        // ServiceLoader needs a public no-argument constructor.
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        // The jar's manifest carries Implementation-Version; classes run from a build directory do not.
        return Optional.ofNullable(CompanyPlugin.class.getPackage().getImplementationVersion())
                .orElse(FALLBACK_VERSION);
    }

    @Override
    public AgencyType agencyType() {
        return new AgencyType(ID, LocalizedText.of("企业", "Company"), List.of(
                new RoleDeclaration(ROLE_DESK, LocalizedText.of("公司信访办", "Complaint desk"), CoreRole.CLERK),
                new RoleDeclaration(ROLE_WORKSHOP_HEAD, LocalizedText.of("车间负责人", "Workshop head"), CoreRole.HANDLER),
                new RoleDeclaration(ROLE_LEADER, LocalizedText.of("公司领导", "Company leader"), CoreRole.LEADER),
                RoleDeclaration.identityKeeper(ROLE_IDENTITY_KEEPER, LocalizedText.of("诉求人身份保管员", "Keeper of complainants' identities"))));
    }

    @Override
    public CaseFormDeclaration caseForm() {
        return new CaseFormDeclaration(CompanyCaseForm.class,
                "/plugins/company/case-form.xhtml", "/plugins/company/case-view.xhtml");
    }

    @Override
    public List<ProcedureDeclaration> procedures() {
        return List.of(CompanyProcedure.declaration());
    }

    /**
     * 二级管理: a workshop's answer is reviewed at the company level above it. The company's own answer
     * is reviewed only by a company level above it (a group's head office) where the tree has one;
     * otherwise it is the last word inside the company and the notice says so. Only the company's own
     * tree counts: another company elsewhere in the organisation tree is not above it.
     */
    @Override
    public ReviewLine reviewLine() {
        return ReviewLine.nearestAncestor(unit -> ID.equals(unit.agencyType()) && unit.level() != UnitLevel.WORKSHOP);
    }

    @Override
    public List<MenuEntry> menu() {
        // Every signed-in user of a company unit may read the guide.
        return List.of(new MenuEntry("/plugins/company/guide.xhtml",
                LocalizedText.of("员工诉求工作指引", "Employee complaint guide"), Set.of()),
                new MenuEntry("/plugins/company/protection.xhtml",
                        LocalizedText.of("打击报复保护回访", "Protection follow-up checks"), Set.of(ROLE_DESK, ROLE_LEADER)));
    }

    /**
     * Sending down goes to a workshop of the company that holds the matter — a unit of this agency at
     * workshop level directly under it — and only with the chain of responsibility filled in, because
     * the workshop's 具体责任人 answer for it from then on. Asked by the engine before the step
     * writes anything; the refusal names the unit or the missing levels.
     */
    @Override
    public Optional<LocalizedText> refusesMove(CaseFormData form, String transition, MoveTarget target) {
        if (!CompanyProcedure.SEND_TO_WORKSHOP.equals(transition)) {
            return Optional.empty();
        }
        boolean workshopOfThisCompany = ID.equals(target.agencyType()) && target.level() == UnitLevel.WORKSHOP
                && target.parentId() != null && target.parentId().equals(target.fromUnitId());
        if (!workshopOfThisCompany) {
            return Optional.of(LocalizedText.of(
                    "「" + target.name() + "」不是本公司下属的车间，只能交本公司的车间办理",
                    "\"" + target.name() + "\" is not a workshop of this company: a matter goes down only to one of its own workshops"));
        }
        if (form instanceof CompanyCaseForm company && !company.missingResponsibles().isEmpty()) {
            return Optional.of(LocalizedText.of(
                    "交车间办理前请填写责任链：缺" + String.join("、", company.missingResponsibles()),
                    "Fill in the chain of responsibility before sending the matter to the workshop: "
                            + String.join(", ", company.missingResponsibles()) + " missing"));
        }
        return Optional.empty();
    }

    /**
     * 保护反映人: the employee who complained and whoever speaks for them are sealed, signed or not —
     * the workshop a matter is sent down to, and anyone it is about, must not learn who complained.
     * The keeper of the unit that registered it reveals, with a logged reason, and nobody else.
     */
    @Override
    public boolean sealsIdentity(CaseFormData form, PartyRole role) {
        return form instanceof CompanyCaseForm && (role == PartyRole.PETITIONER || role == PartyRole.REPRESENTATIVE);
    }

    /** An employee number names the complainant as surely as their name: withheld wherever the complainant is sealed. */
    @Override
    public Set<String> identifyingFormFields() {
        return Set.of(CompanyCaseForm.EMPLOYEE_NUMBER_FIELD);
    }

    /**
     * An anonymous complaint on the hotline gets a receipt code (ADR 0019), read to the caller: their one
     * way to hear the desk's written answer and add material, since they left no name or number.
     */
    @Override
    public boolean issuesReceipts(CaseFormData form, Channel channel) {
        return channel == Channel.HOTLINE && anonymous(form);
    }

    /** An employee names the workshop, the kind of complaint and, unless anonymous, the employee number; the chain is the desk's. */
    @Override
    public Optional<PublicCaseForm> publicForm() {
        return Optional.of(new PublicCaseForm(Set.of("workshop", "complaintType", "anonymous", "employeeNumber"),
                "/plugins/company/public-form.xhtml"));
    }

    @Override
    public boolean anonymous(CaseFormData form) {
        return form instanceof CompanyCaseForm complaint && Boolean.TRUE.equals(complaint.getAnonymous());
    }

    /**
     * The desk that gave the code keeps the exchange: a complaint sent down goes to the workshop it is
     * about, which must not answer the complainant or read what they send.
     */
    @Override
    public boolean receiptStaysWithIssuer() {
        return true;
    }

    /**
     * Each month the company's and the workshops' leaders meet and go through the matters of both
     * levels; the company's page shows whether this month's meeting was held.
     */
    @Override
    public List<MeetingKind> meetingKinds() {
        return List.of(LEADERS_MEETING);
    }

    @Override
    public String messageBundle() {
        return BUNDLE;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(CompanyCaseForm.class, Protection.class, ProtectionCheck.class);
    }

    /** When the company checks again on a protected complainant (months after the protection began). */
    @Override
    public List<SettingDeclaration> settings() {
        return ProtectionSettings.all();
    }
}
