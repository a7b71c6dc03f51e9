package org.xinfang.plugins.court;

import org.xinfang.api.plugin.PublicCaseForm;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.AgencyType;
import org.xinfang.api.plugin.CaseFormDeclaration;
import org.xinfang.api.plugin.CoreRole;
import org.xinfang.api.plugin.MeetingKind;
import org.xinfang.api.plugin.MenuEntry;
import org.xinfang.api.procedure.ProcedureDeclaration;
import org.xinfang.api.model.UnitLevel;
import org.xinfang.api.procedure.ReviewLine;
import org.xinfang.api.plugin.RoleDeclaration;
import org.xinfang.plugins.court.answer.JudgmentAnswer;
import org.xinfang.plugins.court.hearing.ReviewHearing;
import org.xinfang.plugins.court.reception.DivisionLeader;
import org.xinfang.plugins.court.reception.PresidentReception;
import org.xinfang.plugins.court.aid.JudicialAid;

/**
 * The court agency type (法院, 涉诉信访): a petition office at the filing tribunal registers visits
 * about judgments, steers litigation matters to the legal route and reviews the rest.
 *
 * <p>Stateless: the core loads it with {@link java.util.ServiceLoader} and reads its declarations.
 */
public final class CourtPlugin implements AgencyPlugin {

    public static final String ID = "court";

    /** Receives visitors and registers petitions at the filing tribunal (立案庭/信访办). */
    public static final String ROLE_RECEPTION = "COURT_RECEPTION";
    /** The judge who tried the case; answers after judgment (判后答疑) and sits review hearings. */
    public static final String ROLE_JUDGE = "COURT_JUDGE";
    /** The president and vice-presidents: reception day (院长接待日), case ownership, review decisions. */
    public static final String ROLE_LEADER = "COURT_LEADER";

    static final String FALLBACK_VERSION = "0.1.0";
    public static final String BUNDLE = "org.xinfang.plugins.court.messages";

    public CourtPlugin() {
        // ServiceLoader needs a public no-argument constructor.
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        // The jar's manifest carries Implementation-Version; classes run from a build directory do not.
        return Optional.ofNullable(CourtPlugin.class.getPackage().getImplementationVersion())
                .orElse(FALLBACK_VERSION);
    }

    @Override
    public AgencyType agencyType() {
        return new AgencyType(ID, LocalizedText.of("法院", "Court"), List.of(
                new RoleDeclaration(ROLE_RECEPTION, LocalizedText.of("立案庭接待", "Filing tribunal reception"), CoreRole.CLERK),
                new RoleDeclaration(ROLE_JUDGE, LocalizedText.of("承办法官", "Judge"), CoreRole.HANDLER),
                new RoleDeclaration(ROLE_LEADER, LocalizedText.of("院领导", "Court leader"), CoreRole.LEADER)));
    }

    @Override
    public CaseFormDeclaration caseForm() {
        return new CaseFormDeclaration(CourtCaseForm.class,
                "/plugins/court/case-form.xhtml", "/plugins/court/case-view.xhtml");
    }

    /**
     * On the portal the petitioner names the judgment the matter is about — its case number, stage and
     * tribunal, the judge if known; whether it is litigation-related and the markers are the court's call.
     */
    @Override
    public Optional<PublicCaseForm> publicForm() {
        return Optional.of(new PublicCaseForm(Set.of("originalCaseNumber", "stage", "tribunal", "presidingJudge"),
                "/plugins/court/public-form.xhtml"));
    }

    @Override
    public List<ProcedureDeclaration> procedures() {
        return List.of(CourtProcedure.declaration());
    }

    /**
     * 涉诉信访 is reviewed up the courts' line: the next-higher court (a city's 中级人民法院 by the province's
     * 高级人民法院). A tribunal (审判庭) decides in its court's name, so its decision is reviewed above that
     * court, never by the court that holds it.
     */
    @Override
    public ReviewLine reviewLine() {
        return (deciding, tree) -> ReviewLine.next(ReviewLine.holding(deciding, CourtPlugin::isCourt, tree), CourtPlugin::isCourt, tree);
    }

    /** A court as a whole, not one of its tribunals. */
    static boolean isCourt(ReviewLine.Body unit) {
        return ID.equals(unit.agencyType()) && unit.level() != UnitLevel.TRIBUNAL;
    }

    /** 联席会议 with the district committee, government and other outside bodies, which are recorded. */
    public static final MeetingKind JOINT_MEETING = new MeetingKind(ID + ".joint",
            LocalizedText.of("联席会议", "Joint meeting"), true, false);

    /**
     * A court brings matters that need the district's help — a collective claim, a bankruptcy's workers —
     * to a 联席会议 with the district committee and government (区委、区政府); the bodies that sat are
     * recorded with the meeting.
     */
    @Override
    public List<MeetingKind> meetingKinds() {
        return List.of(JOINT_MEETING);
    }

    @Override
    public List<MenuEntry> menu() {
        // Every signed-in user of a court unit may read the guide and the judicial-aid figures of the courts they see;
        // the reception day is the reception's and leaders' work.
        return List.of(new MenuEntry("/plugins/court/guide.xhtml",
                        LocalizedText.of("涉诉信访工作指引", "Court petition guide"), Set.of()),
                new MenuEntry("/plugins/court/reception-day.xhtml",
                        LocalizedText.of("院长接待日", "President's reception day"), Set.of(ROLE_RECEPTION, ROLE_LEADER)),
                new MenuEntry("/plugins/court/aid-figures.xhtml", LocalizedText.of("司法救助统计", "Judicial aid figures"), Set.of()));
    }

    @Override
    public String messageBundle() {
        return BUNDLE;
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(CourtCaseForm.class, DivisionLeader.class, PresidentReception.class, JudgmentAnswer.class,
                ReviewHearing.class, JudicialAid.class);
    }
}
