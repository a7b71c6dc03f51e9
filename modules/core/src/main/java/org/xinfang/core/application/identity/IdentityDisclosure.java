package org.xinfang.core.application.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.CaseFormData;
import org.xinfang.api.plugin.CoreRole;
import org.xinfang.api.plugin.RoleDeclaration;
import org.xinfang.core.application.cases.CaseForms;
import org.xinfang.core.application.cases.CaseNotFoundException;
import org.xinfang.core.application.identity.SealedIdentities.PartyCard;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.CoreAuditAction;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseRepository;
import org.xinfang.core.domain.model.cases.Party;
import org.xinfang.core.domain.model.document.CaseDocument;
import org.xinfang.core.domain.model.identity.IdentityReveal;
import org.xinfang.core.domain.model.identity.IdentityRevealRepository;
import org.xinfang.core.domain.model.unit.OrgUnit;

/**
 * The one place that decides what anyone sees of a case's sealed identities. A plugin seals parties
 * at registration ({@link AgencyPlugin#sealsIdentity}); from then on every surface — the case page,
 * the API's case, list and search answers, written notices, the audit trail, attachments — shows the
 * parties and any free text through this service, so that everyone, leaders and administrators
 * included, sees the pseudonym (举报人A). The identity keeper of the unit holding the case
 * ({@link RoleDeclaration#keepsIdentities()}) sees more only by {@link #reveal revealing} with a
 * reason; each reveal is written to the reveal log and the audit trail in the same transaction, and
 * the leaders of the holding unit's agency read that log.
 */
@ApplicationScoped
public class IdentityDisclosure {

    private static final Logger LOG = Logger.getLogger(IdentityDisclosure.class.getName());

    /** Fewer characters than this do not state a reason. */
    public static final int SHORTEST_REASON = 4;
    /** The reveal log's column. */
    public static final int LONGEST_REASON = 500;
    /** How many entries the reveal log shows at once, newest first. */
    static final int LOG_PAGE = 500;

    /** What a keeper's reveal shows: the sealed parties in full, and the log entry it made. */
    public record Revealed(Long revealId, Long caseId, String caseNumber, List<PartyCard> parties) {
    }

    /** One line of the reveal log, as a leader reads it (the reason with the identity redacted). */
    public record RevealEntry(Long id, Long caseId, String caseNumber, String holderName, String revealedBy,
                              LocalDateTime revealedAt, String reason, String shown) {
    }

    @Inject
    private IdentityRevealRepository reveals;

    @Inject
    private CaseRepository cases;

    @Inject
    private PluginRegistry plugins;

    @Inject
    private CaseForms caseForms;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    // ---- registration

    /** Seals the parties of {@code draft} that its agency's plugin seals; {@code draft} is registered, not yet stored. */
    public void seal(Case draft, Optional<AgencyPlugin> plugin, CaseFormData form) {
        plugin.ifPresent(p -> draft.sealIdentities(party -> p.sealsIdentity(form, party.getRole())));
        // Not stored yet: the form's identifying values (an employee number) come from the form in hand.
        if (draft.hasSealedIdentities()) {
            draft.setSubject(limited(redact(draft, draft.getSubject(), form), draft.getSubject(), Case.LONGEST_SUBJECT));
            draft.setContent(limited(redact(draft, draft.getContent(), form), draft.getContent(), Case.LONGEST_CONTENT));
        }
    }

    /**
     * Replaces the sealed identities in {@code c}'s subject and content as they are stored, so that no
     * page, search or copy of the database gives them away (the keeper reveals the parties, which
     * keep them). Called whenever the texts are written.
     */
    public void protectTexts(Case c) {
        c.setSubject(protect(c, c.getSubject(), Case.LONGEST_SUBJECT));
        c.setContent(protect(c, c.getContent(), Case.LONGEST_CONTENT));
    }

    /**
     * {@code text} about {@code c} as it is to be stored: with its sealed identities replaced by the
     * pseudonyms, and at most {@code longest} characters. A pseudonym is a few characters longer than
     * a short name; a text typed right at its limit loses as many from its end rather than be refused
     * for a length its writer never typed.
     */
    public String protect(Case c, String text, int longest) {
        if (!c.hasSealedIdentities() || text == null) {
            return text;
        }
        return limited(redact(c, text), text, longest);
    }

    private static String limited(String redacted, String typed, int longest) {
        return redacted == null || redacted.length() <= longest || redacted.equals(typed) ? redacted : redacted.substring(0, longest);
    }

    // ---- what everyone sees

    /** The parties of {@code c} as everyone sees them (the keeper too, until a reveal). */
    public List<PartyCard> parties(Case c) {
        return SealedIdentities.shown(c.getParties());
    }

    /**
     * The agency form of {@code c} (as JSON) as everyone sees it: on a case whose identities are sealed,
     * the fields its plugin names as identifying ({@link AgencyPlugin#identifyingFormFields}: a
     * company's employee number) answer null, like the sealed party's name and phone.
     */
    public jakarta.json.JsonObject form(Case c, jakarta.json.JsonObject form) {
        Set<String> identifying = plugins.find(c.getAgencyType()).map(AgencyPlugin::identifyingFormFields).orElse(Set.of());
        if (form == null || !c.hasSealedIdentities() || identifying.stream().noneMatch(form::containsKey)) {
            return form;
        }
        jakarta.json.JsonObjectBuilder withheld = jakarta.json.Json.createObjectBuilder(form);
        identifying.stream().filter(form::containsKey).forEach(withheld::addNull);
        return withheld.build();
    }

    /** {@code text} about case {@code c} with its sealed identities replaced by their pseudonyms. */
    public String redact(Case c, String text) {
        return redact(c, text, null);
    }

    /**
     * The same, also replacing the values of the form fields the case's plugin names as identifying (a
     * company's employee number): from {@code form} when given (a case being registered), else as stored.
     */
    private String redact(Case c, String text, CaseFormData form) {
        if (!c.hasSealedIdentities() || text == null || text.isEmpty()) {
            return text;
        }
        String redacted = SealedIdentities.redact(c.getParties(), text);
        List<String> values = identifyingValues(c, form);
        return values.isEmpty() ? redacted : SealedIdentities.redactValues(redacted, values, SealedIdentities.firstPseudonym(c.getParties()));
    }

    /** The values {@code c}'s form holds in the fields its plugin names as identifying. */
    private List<String> identifyingValues(Case c, CaseFormData given) {
        Optional<AgencyPlugin> plugin = plugins.find(c.getAgencyType());
        Set<String> fields = plugin.map(AgencyPlugin::identifyingFormFields).orElse(Set.of());
        if (fields.isEmpty()) {
            return List.of();
        }
        CaseFormData form = given != null || c.getId() == null ? given : cases.form(plugin.get().caseForm().entity(), c.getId()).orElse(null);
        if (form == null) {
            return List.of();
        }
        jakarta.json.JsonObject json = jakarta.json.Json.createReader(new java.io.StringReader(caseForms.toJson(form))).readObject();
        return fields.stream().filter(f -> json.get(f) instanceof jakarta.json.JsonString)
                .map(json::getString).filter(v -> !v.isBlank()).toList();
    }

    /**
     * A person who came about case {@code c} (a meeting's record), as everyone sees them when its
     * identities are sealed: the pseudonym of the sealed party of that name, or {@code otherwise} —
     * a companion is no less identifying than the reporter.
     */
    public String visitor(Case c, String name, String otherwise) {
        return SealedIdentities.pseudonymOf(c.getParties(), name).orElse(otherwise);
    }

    // ---- the keeper

    /** Whether {@code caller} is the identity keeper of the unit holding {@code c}'s sealed identities. */
    public boolean keeps(Caller caller, Case c) {
        return keepsByRole(caller, c) && withheld(c).isEmpty();
    }

    /**
     * Why {@code caller}, the keeper of the unit holding {@code c}'s identities by role, may not reveal
     * them now (a report about their own body's head, not yet sent up), or empty.
     */
    public Optional<String> keeperWithheld(Caller caller, Case c) {
        return keepsByRole(caller, c) ? withheld(c).map(why -> why.in(caller.locale())) : Optional.empty();
    }

    private boolean keepsByRole(Caller caller, Case c) {
        return c.hasSealedIdentities()
                && SealedIdentities.keeps(caller, c.getIdentityHolder().getId(), keeperRoles(c.getAgencyType()));
    }

    /**
     * Why the keeper of the unit holding {@code c}'s identities may not reveal them now, if they may
     * not: the report is about that very unit (the unit a report is about never learns who made it;
     * the keeper above does, once it is sent there), or its plugin objects while the registering unit
     * still holds it (a report about that body's own head).
     */
    private Optional<LocalizedText> withheld(Case c) {
        if (!c.hasSealedIdentities()) {
            return Optional.empty();
        }
        OrgUnit holder = c.getIdentityHolder();
        if (c.getConcernedUnit() != null && c.getConcernedUnit().getId().equals(holder.getId())) {
            return Optional.of(LocalizedText.of(Messages.get(Locale.SIMPLIFIED_CHINESE, "identity.aboutHolder", holder.getName()),
                    Messages.get(Locale.ENGLISH, "identity.aboutHolder", holder.getName())));
        }
        if (!holder.getId().equals(c.getRegisteringUnitId())) {
            return Optional.empty();
        }
        return plugins.find(c.getAgencyType()).flatMap(p -> cases.form(p.caseForm().entity(), c.getId())
                .flatMap(p::refusesRevealAtRegisteringUnit));
    }

    /** Whether {@code caller} may open {@code document} of {@code c}: identifying attachments of a sealed case need its keeper. */
    public boolean mayOpen(Caller caller, Case c, CaseDocument document) {
        return !sealedAttachment(c, document) || keeps(caller, c);
    }

    /**
     * Reveals the sealed parties of case {@code caseId} to its keeper and logs it.
     *
     * @throws CaseNotFoundException  when the caller cannot see the case
     * @throws InvalidInputException  when nothing in the case is sealed, or the reason is missing or too short or long
     * @throws NotPermittedException  when the caller is not the keeper of the unit holding the case
     */
    @Transactional
    public Revealed reveal(Caller caller, Long caseId, String reason) {
        Case c = cases.find(caseId, caller.visibility()).orElseThrow(() -> new CaseNotFoundException(caseId));
        if (!c.hasSealedIdentities()) {
            throw InvalidInputException.of("caseId", Messages.get(caller.locale(), "identity.nothingSealed", c.getNumber()));
        }
        String why = checkKeeperAndReason(caller, c, reason);
        IdentityReveal logged = log(caller, c, why, IdentityReveal.PARTIES);
        List<PartyCard> sealed = c.getParties().stream().filter(Party::isSealed).map(SealedIdentities::revealed).toList();
        return new Revealed(logged.getId(), c.getId(), c.getNumber(), sealed);
    }

    /**
     * Lets the bytes of {@code document} leave the server for {@code caller}: any document but an
     * identifying attachment of a sealed case at once; that one only for the keeper, with a reason,
     * and logged as a reveal.
     *
     * @throws NotPermittedException when a non-keeper asks for an identifying attachment of a sealed case
     * @throws InvalidInputException when the keeper gives no reason
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void opening(Caller caller, Case c, CaseDocument document, String reason) {
        if (!sealedAttachment(c, document)) {
            return;
        }
        String why = checkKeeperAndReason(caller, c, reason);
        log(caller, c, why, IdentityReveal.attachment(document.getId()));
    }

    private static boolean sealedAttachment(Case c, CaseDocument document) {
        return document.isIdentifying() && c.hasSealedIdentities();
    }

    private String checkKeeperAndReason(Caller caller, Case c, String reason) {
        if (!keepsByRole(caller, c)) {
            throw new NotPermittedException(Messages.get(caller.locale(), "identity.notKeeper", c.getNumber(),
                    c.getIdentityHolder().getName()));
        }
        Optional<LocalizedText> refused = withheld(c);
        if (refused.isPresent()) {
            throw new NotPermittedException(refused.get().in(caller.locale()));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw InvalidInputException.of("reason", Messages.get(caller.locale(), "identity.reason.required"));
        }
        if (why.length() < SHORTEST_REASON) {
            throw InvalidInputException.of("reason", Messages.get(caller.locale(), "identity.reason.tooShort", SHORTEST_REASON));
        }
        if (why.length() > LONGEST_REASON) {
            throw InvalidInputException.of("reason", Messages.get(caller.locale(), "identity.reason.tooLong", LONGEST_REASON));
        }
        return why;
    }

    private IdentityReveal log(Caller caller, Case c, String reason, String shown) {
        OrgUnit holder = c.getIdentityHolder();
        // The reason is kept redacted too: a keeper writing the reporter's phone into it must not put it in clear.
        IdentityReveal reveal = new IdentityReveal(c.getId(), holder.getId(), caller.username(), LocalDateTime.now(clock),
                redact(c, reason), shown);
        reveals.add(reveal);
        audit.record(caller.username(), CoreAuditAction.IDENTITY_REVEALED, "Case", c.getId(), holder.getId(),
                "#" + reveal.getId() + " " + shown + " " + redact(c, reason));
        // The server log says that a reveal happened and where it is recorded, never whose identity.
        LOG.info(() -> "Sealed identity of case " + c.getId() + " revealed to " + caller.username()
                + " (reveal log #" + reveal.getId() + ", " + shown + ")");
        return reveal;
    }

    // ---- the reveal log

    /**
     * Whether {@code caller} reads the reveal log: a leader (the core role, or a plugin role acting
     * as it) of a unit of an agency that seals identities.
     */
    public boolean readsRevealLog(Caller caller) {
        return !leaderGrants(caller).isEmpty();
    }

    /**
     * The reveals of the units {@code caller} leads, within their own agency (a committee's leaders
     * read their committee's and the lower committees' reveals; a petition bureau's leader reads
     * none), newest first; of one case when {@code caseId} is given.
     *
     * @throws NotPermittedException when the caller leads no such unit
     * @throws CaseNotFoundException  when {@code caseId} is given and the caller cannot see that case
     */
    @Transactional
    public List<RevealEntry> revealLog(Caller caller, Long caseId) {
        if (caseId != null && cases.find(caseId, caller.visibility()).isEmpty()) {
            throw new CaseNotFoundException(caseId);
        }
        List<Caller.Grant> leads = leaderGrants(caller);
        if (leads.isEmpty()) {
            throw new NotPermittedException(Messages.get(caller.locale(), "identity.log.notLeader"));
        }
        List<RevealEntry> entries = new ArrayList<>();
        for (IdentityRevealRepository.Logged row : reveals.within(leads.stream()
                .map(g -> new IdentityRevealRepository.Within(g.unitPath(), g.agencyType())).toList(), caseId, LOG_PAGE)) {
            IdentityReveal r = row.reveal();
            Case c = row.caseFile();
            OrgUnit holder = row.holder();
            entries.add(new RevealEntry(r.getId(), c.getId(), c.getNumber(), holder.getName(), r.getRevealedBy(),
                    r.getRevealedAt(), redact(c, r.getReason()), r.getShown()));
        }
        return entries;
    }

    /** One event of a case's audit trail, as the caller reads it. */
    public record TrailEntry(LocalDateTime occurredAt, String actor, String action, String detail) {
    }

    /**
     * The audit trail of case {@code c}, oldest first, as {@code caller} reads it: details with its
     * sealed identities redacted, and its reveals (who looked at the reporter, when and why) only
     * for the keeper who makes them and those who read the reveal log of the unit holding them — to
     * anyone else, that the reporter was looked at, and by whom, is itself something to keep.
     */
    @Transactional
    public List<TrailEntry> trail(Caller caller, Case c) {
        boolean readsReveals = c.hasSealedIdentities() && (keepsByRole(caller, c) || readsRevealsOf(caller, c.getIdentityHolder()));
        return audit.history("Case", c.getId()).stream()
                .filter(e -> readsReveals || !CoreAuditAction.IDENTITY_REVEALED.name().equals(e.getAction()))
                .map(e -> new TrailEntry(e.getOccurredAt(), e.getActor(), e.getAction(), redact(c, e.getDetail())))
                .toList();
    }

    /** Whether {@code caller} leads {@code holder} or a unit above it in its agency: they read its reveals. */
    private boolean readsRevealsOf(Caller caller, OrgUnit holder) {
        return leaderGrants(caller).stream()
                .anyMatch(g -> holder.getPath().startsWith(g.unitPath()) && holder.getAgencyType().equals(g.agencyType()));
    }

    private List<Caller.Grant> leaderGrants(Caller caller) {
        Set<String> leaderRoles = leaderRoles();
        return caller.grants().stream()
                .filter(g -> leaderRoles.contains(g.role()) && !keeperRoles(g.agencyType()).isEmpty())
                .toList();
    }

    private Set<String> leaderRoles() {
        Set<String> roles = plugins.plugins().stream().flatMap(p -> p.agencyType().roles().stream())
                .filter(r -> CoreRole.LEADER.equals(r.actsAs())).map(RoleDeclaration::name)
                .collect(Collectors.toSet());
        roles.add(CoreRole.LEADER);
        return roles;
    }

    private Set<String> keeperRoles(String agencyType) {
        return plugins.find(agencyType).stream().flatMap(p -> p.agencyType().roles().stream())
                .filter(RoleDeclaration::keepsIdentities).map(RoleDeclaration::name)
                .collect(Collectors.toSet());
    }
}
