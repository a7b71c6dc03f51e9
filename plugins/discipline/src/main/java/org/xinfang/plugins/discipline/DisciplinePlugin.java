package org.xinfang.plugins.discipline;

import org.xinfang.api.plugin.PublicCaseForm;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.model.PartyRole;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.AgencyType;
import org.xinfang.api.plugin.CaseFormData;
import org.xinfang.api.plugin.CaseFormDeclaration;
import org.xinfang.api.plugin.CoreRole;
import org.xinfang.api.procedure.EffectiveProcedure;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.api.plugin.MenuEntry;
import org.xinfang.api.procedure.ProcedureDeclaration;
import org.xinfang.api.procedure.ReviewLine;
import org.xinfang.api.plugin.RoleDeclaration;
import org.xinfang.api.procedure.StateDeclaration;
import org.xinfang.plugins.discipline.upward.HeadReports;
import org.xinfang.plugins.discipline.joint.JointAttachment;
import org.xinfang.plugins.discipline.joint.JointCase;
import org.xinfang.plugins.discipline.joint.JointSettings;
import org.xinfang.plugins.discipline.joint.MonthlyReturn;
import org.xinfang.plugins.discipline.joint.PoolMember;
import org.xinfang.plugins.discipline.joint.Team;
import org.xinfang.plugins.discipline.recusal.AccusedUnit;
import org.xinfang.plugins.discipline.recusal.ConflictDeclaration;
import org.xinfang.plugins.discipline.recusal.ReportAssignment;

/**
 * The discipline-inspection committee agency type (纪委监委, 信访举报): accusations, complaints and
 * appeals, signed or anonymous, handled by one of four methods, with the reporter protected.
 *
 * <p>Stateless: the core loads it with {@link java.util.ServiceLoader} and reads its declarations.
 */
public final class DisciplinePlugin implements AgencyPlugin {

    public static final String ID = "discipline";

    /** Registers letters, visits and calls at the petition office (信访室). */
    public static final String ROLE_CLERK = "DISCIPLINE_CLERK";
    /** Carries out inquiries and preliminary verification (承办人员). */
    public static final String ROLE_INVESTIGATOR = "DISCIPLINE_INVESTIGATOR";
    /** The committee's leaders, who choose how each lead is handled. */
    public static final String ROLE_LEADER = "DISCIPLINE_LEADER";
    /**
     * The only role that may see a sealed reporter's identity (every view is logged by the core).
     * Kept apart from the leaders on purpose: protecting reporters means as few eyes as possible.
     */
    public static final String ROLE_IDENTITY_KEEPER = "DISCIPLINE_IDENTITY_KEEPER";

    static final String FALLBACK_VERSION = "0.1.0";
    static final String BUNDLE = "org.xinfang.plugins.discipline.messages";

    public DisciplinePlugin() {
        // ServiceLoader needs a public no-argument constructor.
    }

    /** Whether a case of this procedure in {@code state} is closed (a terminal state of the general procedure or of ours). */
    public static boolean isFinalState(String state) {
        return PROCEDURE.state(state).map(StateDeclaration::terminal).orElse(false);
    }

    private static final EffectiveProcedure PROCEDURE = EffectiveProcedure.extending(DisciplineProcedure.declaration());

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        // The jar's manifest carries Implementation-Version; classes run from a build directory do not.
        return Optional.ofNullable(DisciplinePlugin.class.getPackage().getImplementationVersion())
                .orElse(FALLBACK_VERSION);
    }

    @Override
    public AgencyType agencyType() {
        return new AgencyType(ID, LocalizedText.of("纪委监委", "Discipline inspection commission"), List.of(
                new RoleDeclaration(ROLE_CLERK, LocalizedText.of("信访室登记", "Petition office clerk"), CoreRole.CLERK),
                new RoleDeclaration(ROLE_INVESTIGATOR, LocalizedText.of("承办人员", "Investigator"), CoreRole.HANDLER),
                new RoleDeclaration(ROLE_LEADER, LocalizedText.of("委领导", "Commission leader"), CoreRole.LEADER),
                RoleDeclaration.identityKeeper(ROLE_IDENTITY_KEEPER,
                        LocalizedText.of("举报人身份保管", "Keeper of reporters' identities"))));
    }

    @Override
    public CaseFormDeclaration caseForm() {
        return new CaseFormDeclaration(DisciplineCaseForm.class,
                "/plugins/discipline/case-form.xhtml", "/plugins/discipline/case-view.xhtml");
    }

    @Override
    public List<ProcedureDeclaration> procedures() {
        return List.of(DisciplineProcedure.declaration());
    }

    /**
     * A commission's decision is reviewed by the commission of the level above (上一级纪委监委), which in
     * the tree often stands beside the government of that level rather than above the commission.
     */
    @Override
    public ReviewLine reviewLine() {
        return ReviewLine.ofAgency(ID);
    }

    @Override
    public List<MenuEntry> menu() {
        // Every signed-in user of a discipline unit may read the guide; the joint investigation is the
        // work of the committee's clerks, investigators and leaders, its figures theirs too.
        Set<String> jointRoles = Set.of(ROLE_CLERK, ROLE_INVESTIGATOR, ROLE_LEADER);
        return List.of(new MenuEntry("/plugins/discipline/guide.xhtml",
                        LocalizedText.of("信访举报工作指引", "Report handling guide"), Set.of()),
                new MenuEntry("/plugins/discipline/joint.xhtml", LocalizedText.of("联查工作台", "Joint investigations desk"), jointRoles),
                new MenuEntry("/plugins/discipline/joint-figures.xhtml",
                        LocalizedText.of("联查统计", "Joint investigation figures"), jointRoles));
    }

    @Override
    public String messageBundle() {
        return BUNDLE;
    }

    /** An anonymous report starts no acknowledgement clock: there is nobody to acknowledge it to. */
    @Override
    public boolean startsClockAtRegistration(String clock, CaseFormData form) {
        return !(GeneralProcedure.CLOCK_INTAKE.equals(clock) && form instanceof DisciplineCaseForm report && report.anonymousReport());
    }

    /** An anonymous report's reporter gets a receipt code (ADR 0019), however the report came in. */
    @Override
    public boolean issuesReceipts(CaseFormData form, Channel channel) {
        return form instanceof DisciplineCaseForm report && report.anonymousReport();
    }

    /** The whole report form is the reporter's to fill: what they report, whether they sign, whom it concerns. */
    @Override
    public Optional<PublicCaseForm> publicForm() {
        return Optional.of(new PublicCaseForm(Set.of("category", "signed", "aboutUnitHead", "subjectName", "subjectUnit", "subjectPost",
                "subjectRank"), "/plugins/discipline/case-form.xhtml"));
    }

    @Override
    public boolean anonymous(CaseFormData form) {
        return form instanceof DisciplineCaseForm report && report.anonymousReport();
    }

    @Override
    public Optional<LocalizedText> refusesMove(CaseFormData form, String transition, MoveTarget target) {
        return form instanceof DisciplineCaseForm report ? HeadReports.refusal(report, transition, target) : Optional.empty();
    }

    @Override
    public Optional<LocalizedText> refusesAtRegisteringUnit(CaseFormData form, String transition) {
        return form instanceof DisciplineCaseForm report ? HeadReports.refusalAtHome(report, transition) : Optional.empty();
    }

    @Override
    public Optional<LocalizedText> refusesRevealAtRegisteringUnit(CaseFormData form) {
        return form instanceof DisciplineCaseForm report ? HeadReports.revealRefusalAtHome(report) : Optional.empty();
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(DisciplineCaseForm.class, AccusedUnit.class, ReportAssignment.class,
                ConflictDeclaration.class, JointCase.class, JointSettings.class, MonthlyReturn.class, PoolMember.class, Team.class,
                JointAttachment.class);
    }

    /**
     * The reporter of an accusation or complaint — who brought it and those who speak for them — is
     * sealed, signed or not: the people reported on must not learn who reported them. An appeal
     * (申诉) is brought by the very person the committee decided about; it is not a report, and its
     * appellant is not hidden from those who handle it.
     */
    @Override
    public boolean sealsIdentity(CaseFormData form, PartyRole role) {
        return form instanceof DisciplineCaseForm report && report.getCategory() != ReportCategory.APPEAL
                && (role == PartyRole.PETITIONER || role == PartyRole.REPRESENTATIVE);
    }
}
