package org.xinfang.core.domain.model.cases;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import org.xinfang.api.caller.Visibility;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.PartyRole;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.core.domain.model.document.DocumentText;
import org.xinfang.core.domain.model.unit.OrgUnit;

/**
 * A 信访事项: one matter brought by one or more parties to one unit, which must answer it in writing
 * within the statutory time. The case is the aggregate root: parties live and die with it, and its
 * agency's plugin form (court case number, report category, …) is stored beside it under the same id.
 *
 * <p>The number is unique per unit and year ({@code 朝阳信访〔2026〕第00012号}); {@code version}
 * makes two people editing at once a clear conflict, not a lost update.
 */
@Entity
@Table(name = "xf_case")
@PartiesFit
public class Case {

    /** The subject's and the content's columns. */
    public static final int LONGEST_SUBJECT = 200;
    public static final int LONGEST_CONTENT = 4000;

    /** A collective visit chooses at most five representatives (信访工作条例 第十八条). */
    public static final int MAX_REPRESENTATIVES = 5;

    /** Five or more people coming together make a collective visit (集体访). */
    public static final int COLLECTIVE_VISIT_SIZE = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number", nullable = false, length = 64)
    private String number;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrgUnit unit;

    /** The unit whose series gave the number; the case keeps it when it moves to another unit. */
    @Column(name = "number_unit_id", nullable = false, updatable = false)
    private Long numberUnitId;

    @Column(name = "case_year", nullable = false)
    private int year;

    @Column(name = "case_seq", nullable = false)
    private int sequence;

    @Column(name = "agency_type", nullable = false, length = 32)
    private String agencyType;

    @NotNull(message = "{case.channel.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 16)
    private Channel channel;

    @NotBlank(message = "{case.subject.required}")
    @Size(max = LONGEST_SUBJECT, message = "{case.subject.size}")
    @Column(name = "subject", nullable = false, length = LONGEST_SUBJECT)
    private String subject;

    @NotBlank(message = "{case.content.required}")
    @Size(max = LONGEST_CONTENT, message = "{case.content.size}")
    @Column(name = "content", nullable = false, length = LONGEST_CONTENT)
    private String content;

    @NotBlank(message = "{case.category.required}")
    @Size(max = 64, message = "{case.category.size}")
    @Column(name = "category", nullable = false, length = 64)
    private String category;

    /** The state of its procedure ({@code registered}, {@code accepted}, a plugin's own state, …). */
    @Column(name = "status", nullable = false, length = 48)
    private String status;

    @NotNull(message = "{case.receivedOn.required}")
    @PastOrPresent(message = "{case.receivedOn.future}")
    @NotLongAgo(years = 20, message = "{case.receivedOn.tooOld}")
    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    /** How many people came; more than one makes a collective visit. */
    @Min(value = 1, message = "{case.headCount.min}")
    @Max(value = 10000, message = "{case.headCount.max}")
    @Column(name = "head_count", nullable = false)
    private int headCount = 1;

    @Valid
    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("ordinal")
    private List<Party> parties = new ArrayList<>();

    /** The words of its documents, which the full-text search indexes with it (ADR 0041); never loaded otherwise. */
    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    private List<DocumentText> documentTexts = new ArrayList<>();

    /** The earlier case of the same petitioner and matter this filing repeats (重复信访), if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "repeat_of_id")
    private Case repeatOf;

    /** The body whose act or omission the matter concerns (被反映单位/属地), when the clerk names one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "concerned_unit_id")
    private OrgUnit concernedUnit;

    /**
     * The unit whose identity keeper may reveal the sealed parties: where the case was registered, or
     * a unit above it that the case was sent up to. Null when no party is sealed.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "identity_holder_id")
    private OrgUnit identityHolder;

    /** Filed above the level competent for the matter (越级). */
    @Column(name = "above_competent_level", nullable = false)
    private boolean aboveCompetentLevel;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public Case() {
    }

    /** Fixes the registration facts once: unit, number, who and when. */
    public void register(OrgUnit unit, int year, int sequence, String number, String by, LocalDateTime at) {
        if (this.number != null) {
            throw new IllegalStateException("Case " + this.number + " is already registered");
        }
        this.unit = unit;
        this.numberUnitId = unit.getId();
        this.agencyType = unit.getAgencyType();
        this.year = year;
        this.sequence = sequence;
        this.number = number;
        this.status = GeneralProcedure.REGISTERED;
        this.createdBy = by;
        this.createdAt = at;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public void addParty(Party party) {
        party.attachTo(this, parties.size());
        parties.add(party);
    }

    /**
     * Seals the identity of every party {@code sealed} accepts, giving each the next pseudonym letter
     * in party order (A, B, …), and makes the registering unit their holder. Called once, at
     * registration, after {@link #register}.
     */
    public void sealIdentities(Predicate<Party> sealed) {
        int next = 0;
        for (Party party : parties) {
            if (sealed.test(party)) {
                party.sealAs(pseudonymLetter(next++));
            }
        }
        if (next > 0) {
            this.identityHolder = unit;
        }
    }

    /** A, B, … Z, then AA, AB, … as spreadsheets name their columns. */
    static String pseudonymLetter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            letters.insert(0, (char) ('A' + i % 26));
        }
        return letters.toString();
    }

    /** True when at least one party's identity is sealed. */
    public boolean hasSealedIdentities() {
        return identityHolder != null;
    }

    public OrgUnit getIdentityHolder() {
        return identityHolder;
    }

    /** The unit that registered the case (its number's series); it keeps it wherever the case goes. */
    public Long getRegisteringUnitId() {
        return numberUnitId;
    }

    public long countParties(PartyRole role) {
        return parties.stream().filter(p -> p.getRole() == role).count();
    }

    /**
     * The first petitioner as everyone may see them, for lists, headings and notices: the pseudonym
     * when their identity is sealed (the identity itself is only revealed by IdentityDisclosure).
     */
    public String getPetitionerName() {
        return parties.stream().filter(p -> p.getRole() == PartyRole.PETITIONER)
                .map(p -> p.isSealed() ? p.getPseudonym() : p.getName()).findFirst().orElse("");
    }

    public void touch(String by, LocalDateTime at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public int getYear() {
        return year;
    }

    public int getSequence() {
        return sequence;
    }

    public String getAgencyType() {
        return agencyType;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getStatus() {
        return status;
    }

    /** Moves the case to {@code state} and, when {@code to} differs, to another unit; the engine's act alone. */
    public void moveTo(String state, OrgUnit to, String by, LocalDateTime at) {
        this.status = state;
        this.unit = to;
        // Sealed identities go up with the case (a report sent to the higher commission), never down
        // or sideways: a unit the case is assigned to for handling does not get to know the reporter.
        // "Up" is an ancestor, or a higher unit of the same agency on another branch of the tree (a
        // provincial commission sits beside the city's petition bureau, not above the city commission).
        if (identityHolder != null && (to.contains(identityHolder) || isHigherOfSameAgency(to, identityHolder))) {
            this.identityHolder = to;
        }
        touch(by, at);
    }

    private static boolean isHigherOfSameAgency(OrgUnit to, OrgUnit holder) {
        return java.util.Objects.equals(to.getAgencyType(), holder.getAgencyType()) && to.getDepth() < holder.getDepth();
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public int getHeadCount() {
        return headCount;
    }

    public void setHeadCount(int headCount) {
        this.headCount = headCount;
    }

    /** The words of its documents, for the full-text search's index. */
    public List<String> documentWords() {
        return documentTexts.stream().map(DocumentText::getWords).toList();
    }

    /** Keeps the words of one of its documents for the full-text search. */
    public void keepWords(DocumentText words) {
        documentTexts.add(words);
    }

    public List<Party> getParties() {
        return Collections.unmodifiableList(parties);
    }

    public Case getRepeatOf() {
        return repeatOf;
    }

    /**
     * The earlier case as a viewer may be shown it: null when it lies outside the viewer's units. The
     * link was made by someone who saw both; whoever reads this case later (after it moved, or from a
     * unit below) learns neither the earlier case's number nor that one exists.
     */
    public Case repeatOfSeenBy(Visibility viewer) {
        return repeatOf != null && viewer.sees(repeatOf.getUnit().getPath()) ? repeatOf : null;
    }

    /** Links this filing to the earlier case it repeats; set once, at registration. */
    public void markRepeatOf(Case earlier) {
        this.repeatOf = earlier;
    }

    public OrgUnit getConcernedUnit() {
        return concernedUnit;
    }

    public void setConcernedUnit(OrgUnit concernedUnit) {
        this.concernedUnit = concernedUnit;
    }

    public boolean isAboveCompetentLevel() {
        return aboveCompetentLevel;
    }

    public void markAboveCompetentLevel() {
        this.aboveCompetentLevel = true;
    }

    /** Five or more people came together (集体访). */
    public boolean isCollectiveVisit() {
        return headCount >= COLLECTIVE_VISIT_SIZE;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }

    /**
     * Loads what pages and API answers show after the transaction has ended — the parties (which redaction
     * reads), the repeat's unit, the concerned unit and the identity holder; batch fetching makes the parties
     * one query for a whole page of cases.
     */
    public void loadForDisplay() {
        parties.size();
        if (repeatOf != null) {
            repeatOf.getUnit().getPath();
        }
        if (concernedUnit != null) {
            concernedUnit.getName();
        }
        if (identityHolder != null) {
            identityHolder.getName();
        }
    }
}
