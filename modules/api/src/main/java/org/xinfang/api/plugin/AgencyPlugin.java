package org.xinfang.api.plugin;

import org.xinfang.api.procedure.ProcedureDeclaration;
import org.xinfang.api.procedure.ReviewLine;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.model.PartyRole;
import org.xinfang.api.model.UnitLevel;

/**
 * One agency type shipped as a plugin: what it adds to the core, declared as data.
 *
 * <p>Implementations are stateless descriptors with a public no-argument constructor, listed in
 * {@code META-INF/services/org.xinfang.api.plugin.AgencyPlugin}. The core finds them with
 * {@link java.util.ServiceLoader} because two of the declarations (entities, migrations) are needed
 * while the persistence unit boots, before CDI serves beans (see docs/adr/0003). At start the core's
 * registry checks every plugin — a unique id, its pages present, its entities mapped, its migrations
 * applied — and refuses to start, naming the plugin, when one is broken.
 */
public interface AgencyPlugin {

    /** The stable id, lower case, also the agency type id of the units it serves: {@code court}. */
    String id();

    /** The plugin's version, shown on the admin page. */
    String version();

    /** The agency type: labels and the roles its units hand out. */
    AgencyType agencyType();

    /** The extra fields its cases carry and the page fragments that edit and show them. */
    CaseFormDeclaration caseForm();

    /** The procedures it declares (run by the core's engine). */
    List<ProcedureDeclaration> procedures();

    /** Its pages, as menu entries. */
    List<MenuEntry> menu();

    /** Base name of its message bundle, e.g. {@code org.xinfang.plugins.court.messages}. */
    String messageBundle();

    /** Its schema migrations, kept in a history table of its own. */
    default MigrationSet migrations() {
        return MigrationSet.conventionFor(id());
    }

    /** All JPA entities it ships; the case form's entity is among them. */
    List<Class<?>> entities();

    /**
     * Its own whole-number settings (not clocks, which the procedures declare): the administrator
     * changes them on the settings page, in a group named after the agency type. Empty by default.
     */
    default List<SettingDeclaration> settings() {
        return List.of();
    }

    /**
     * Whether a clock the procedure starts at registration starts for this case: a rule that applies to
     * some of the plugin's cases only (the discipline committee acknowledges signed reports, so an
     * anonymous one starts no acknowledgement clock). Asked once, when the case is registered.
     */
    default boolean startsClockAtRegistration(String clock, CaseFormData form) {
        return true;
    }

    /**
     * The body that reviews (复查) and re-reviews (复核) a decision on this agency's cases, as the law
     * names it for the agency: the higher court for a court, the higher commission for a discipline
     * commission, the company for a workshop. The default is the core's rule for government bodies,
     * the nearest administrative body above ({@link ReviewLine#government()}). The engine moves a
     * review there and the 处理意见书 and 复查意见书 name it.
     */
    default ReviewLine reviewLine() {
        return ReviewLine.government();
    }

    /**
     * Where a step would move a case, as a plugin's rule on moves sees it: the unit, its level and
     * parent (a company's desk sends only to a workshop directly under it), and the unit the case
     * leaves ({@code fromUnitId}). Level, parent and origin are null where the caller does not know them.
     */
    record MoveTarget(long unitId, String name, String agencyType, UnitLevel level, Long parentId, Long fromUnitId) {

        public MoveTarget(long unitId, String name, String agencyType) {
            this(unitId, name, agencyType, null, null, null);
        }
    }

    /**
     * Why {@code transition} may not move the case with {@code form} to {@code target}, or empty when
     * it may (a report about a body's own head goes to a discipline commission, never to a petition
     * bureau). Asked before the step writes anything; the engine refuses the step with this text.
     */
    default Optional<LocalizedText> refusesMove(CaseFormData form, String transition, MoveTarget target) {
        return Optional.empty();
    }

    /**
     * Why the unit that registered the case with {@code form} may not take {@code transition} on it
     * while it still holds it, or empty when it may. A report about a body's own head is not that
     * body's to accept, decline or hand down: it may only send it up. Asked before the step writes
     * anything, only while the case has not left its registering unit.
     */
    default Optional<LocalizedText> refusesAtRegisteringUnit(CaseFormData form, String transition) {
        return Optional.empty();
    }

    /**
     * Why the identity keeper of the unit that registered the case with {@code form} may not reveal its
     * sealed identities while that unit still holds them, or empty when it may. A report about a
     * body's own head is kept from that body altogether: only the keeper of the commission above,
     * once the report has been sent there, reveals its reporter.
     */
    default Optional<LocalizedText> refusesRevealAtRegisteringUnit(CaseFormData form) {
        return Optional.empty();
    }

    /**
     * The kinds of meeting its units record besides the core's monthly analysis meeting (研判例会),
     * which every unit has: a court's 联席会议 with outside bodies, a company's 两级领导班子碰头会. Each
     * code is {@code <plugin id>.<name>}. None by default.
     */
    default List<MeetingKind> meetingKinds() {
        return List.of();
    }

    /**
     * Whether the identity of a party in {@code role} of a case with this {@code form} is sealed:
     * its name, identity number, phone and address are then shown to everyone as a pseudonym
     * (举报人A) and only the plugin's identity keeper ({@link RoleDeclaration#keepsIdentities()}) of
     * the unit holding the case may reveal it, with a reason that the core logs. Asked once, when the
     * case is registered; the answer is kept with the party.
     *
     * @param form the case's form as registered (of this plugin's form entity)
     */
    default boolean sealsIdentity(CaseFormData form, PartyRole role) {
        return false;
    }

    /**
     * The fields of the plugin's form (their JSON names) that identify a sealed party as surely as a
     * name does — a company's employee number. On a case whose identities are sealed the core withholds
     * them wherever it shows the form (the API answers them null); the plugin's own page fragment is
     * told {@code sealed} and leaves them out.
     */
    default Set<String> identifyingFormFields() {
        return Set.of();
    }

    /**
     * Whether the core offers a case with this {@code form}, come in by {@code channel}, a receipt code
     * (回执码, ADR 0019): the one way back for someone who left no name — they read the unit's written
     * answers and add material with it on the public page, without signing in. The discipline committee
     * offers it for anonymous reports, a company for anonymous hotline complaints. Asked when the clerk
     * would give the code and whenever the case page shows the receipt.
     */
    default boolean issuesReceipts(CaseFormData form, Channel channel) {
        return false;
    }

    /**
     * The part of the plugin's form a member of the public fills on the petition portal (网上信访), or
     * empty when the plugin's units take no petitions online. The rest of the form keeps the values a
     * new form has; the portal refuses any other field.
     */
    default Optional<PublicCaseForm> publicForm() {
        return Optional.empty();
    }

    /**
     * Whether the matter with this {@code form} was brought without a name (匿名): the portal then asks
     * for no name or phone, and its query code alone opens the matter's answers.
     */
    default boolean anonymous(CaseFormData form) {
        return false;
    }

    /**
     * Whether the exchange through a receipt code stays with the unit that gave the code when the case
     * moves on ({@code true}), or follows the case to the unit that holds it (the default). A company's
     * complaint goes down to the very workshop it is about: that workshop must not answer the complainant
     * or read what they add, and the material they send is opened by the identity keeper alone.
     */
    default boolean receiptStaysWithIssuer() {
        return false;
    }
}
