package org.xinfang.plugins.personnel;

import org.xinfang.api.plugin.PublicCaseForm;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.AgencyType;
import org.xinfang.api.plugin.CaseFormData;
import org.xinfang.api.plugin.CaseFormDeclaration;
import org.xinfang.api.plugin.CoreRole;
import org.xinfang.api.plugin.MenuEntry;
import org.xinfang.api.procedure.ProcedureDeclaration;
import org.xinfang.api.procedure.ReviewLine;
import org.xinfang.api.plugin.RoleDeclaration;
import org.xinfang.plugins.personnel.analysis.QuarterReport;
import org.xinfang.plugins.personnel.firstreceiver.FirstReceiver;

/**
 * The personnel bureau agency type (人事局): letters read and annotated by the head (阅批), then
 * assigned to a section; first-contact responsibility (首问负责); policy replies; the quarterly analysis.
 *
 * <p>Stateless: the core loads it with {@link java.util.ServiceLoader} and reads its declarations.
 */
public final class PersonnelPlugin implements AgencyPlugin {

    public static final String ID = "personnel";

    /** Registers letters and visits; whoever receives a visitor first answers for it (首问负责). */
    public static final String ROLE_CLERK = "PERSONNEL_CLERK";
    /** The head of the bureau, who reads and annotates letters (局长阅批). */
    public static final String ROLE_HEAD = "PERSONNEL_HEAD";
    /** The deputy head in charge (分管副局长), who reads the head's instruction and adds theirs. */
    public static final String ROLE_DEPUTY = "PERSONNEL_DEPUTY";
    /** A section officer who handles an assigned matter and drafts the policy reply (承办科室). */
    public static final String ROLE_HANDLER = "PERSONNEL_HANDLER";

    static final String FALLBACK_VERSION = "0.1.0";
    static final String BUNDLE = "org.xinfang.plugins.personnel.messages";

    public PersonnelPlugin() {
        // ServiceLoader needs a public no-argument constructor.
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        // The jar's manifest carries Implementation-Version; classes run from a build directory do not.
        return Optional.ofNullable(PersonnelPlugin.class.getPackage().getImplementationVersion())
                .orElse(FALLBACK_VERSION);
    }

    @Override
    public AgencyType agencyType() {
        return new AgencyType(ID, LocalizedText.of("人事局", "Personnel bureau"), List.of(
                new RoleDeclaration(ROLE_CLERK, LocalizedText.of("信访登记", "Petition clerk"), CoreRole.CLERK),
                new RoleDeclaration(ROLE_HEAD, LocalizedText.of("局长阅批", "Head of bureau"), CoreRole.LEADER),
                new RoleDeclaration(ROLE_DEPUTY, LocalizedText.of("分管副局长", "Deputy head in charge"), CoreRole.LEADER),
                new RoleDeclaration(ROLE_HANDLER, LocalizedText.of("承办科室", "Section handler"), CoreRole.HANDLER)));
    }

    @Override
    public CaseFormDeclaration caseForm() {
        return new CaseFormDeclaration(PersonnelCaseForm.class,
                "/plugins/personnel/case-form.xhtml", "/plugins/personnel/case-view.xhtml");
    }

    /** The letter writer says what it is about and whether it is to the head; the form holds nothing else. */
    @Override
    public Optional<PublicCaseForm> publicForm() {
        return Optional.of(new PublicCaseForm(Set.of("businessCategory", "addressedToHead"), "/plugins/personnel/case-form.xhtml"));
    }

    @Override
    public List<ProcedureDeclaration> procedures() {
        return List.of(PersonnelProcedure.declaration());
    }

    /**
     * A personnel bureau is a government department: its decision is reviewed by the administrative
     * body above, the core's rule for government bodies (in the tree, the petition bureau of its
     * government's level, which stands for that government).
     */
    @Override
    public ReviewLine reviewLine() {
        return ReviewLine.government();
    }

    @Override
    public List<MenuEntry> menu() {
        // Every signed-in user of a personnel bureau may read the guide: everyone receives visitors.
        return List.of(new MenuEntry("/plugins/personnel/guide.xhtml",
                        LocalizedText.of("人事信访工作指引", "Personnel petition guide"), Set.of()),
                new MenuEntry("/plugins/personnel/first-received.xhtml",
                        LocalizedText.of("我首问的事项", "Matters I first received"), Set.of()),
                new MenuEntry("/plugins/personnel/quarters.xhtml",
                        LocalizedText.of("季度信访分析", "Quarterly analysis"), Set.of()));
    }

    /** A letter addressed to the head goes to the head before anything else happens to it. */
    @Override
    public Optional<LocalizedText> refusesAtRegisteringUnit(CaseFormData form, String transition) {
        if (form instanceof PersonnelCaseForm letter && Boolean.TRUE.equals(letter.getAddressedToHead())
                && PersonnelProcedure.BEFORE_ANNOTATION.contains(transition)) {
            return Optional.of(LocalizedText.of("这是致局长信，须先由局长阅批，再按批示办理。",
                    "This letter is addressed to the head: the head reads and annotates it first, then it is handled as instructed."));
        }
        return Optional.empty();
    }

    @Override
    public String messageBundle() {
        return BUNDLE;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(PersonnelCaseForm.class, FirstReceiver.class, QuarterReport.class);
    }
}
