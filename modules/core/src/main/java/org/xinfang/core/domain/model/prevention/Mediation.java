package org.xinfang.core.domain.model.prevention;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

/**
 * 访调对接: a case handed to people's, administrative or judicial mediation (三调联动) while the
 * petition stays open, until the mediation's outcome is recorded — settled with an agreement or not.
 * A case has at most one mediation open at a time. The clocks the referral paused are remembered,
 * so that the outcome resumes those and no other (a clock a hearing paused stays paused).
 */
@Entity
@Table(name = "case_mediation")
public class Mediation {

    public static final int LONGEST_MEDIATOR = 200;
    public static final int LONGEST_MATTER = 2000;
    public static final int LONGEST_AGREEMENT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "mediation_kind", nullable = false, length = 16)
    private MediationKind kind;

    /** The body that mediates (朝阳区人民调解委员会, 区人社局, 区人民法院诉调对接中心). */
    @Column(name = "mediator", nullable = false, length = LONGEST_MEDIATOR)
    private String mediator;

    /** What is handed over to be mediated. */
    @Column(name = "matter", length = LONGEST_MATTER)
    private String matter;

    @Column(name = "referred_on", nullable = false)
    private LocalDate referredOn;

    @Column(name = "referred_by", nullable = false, length = 64)
    private String referredBy;

    @Column(name = "referred_at", nullable = false)
    private LocalDateTime referredAt;

    /** The ids of the case's clocks this referral paused (none when the setting let them run on). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mediation_paused_clock", joinColumns = @JoinColumn(name = "mediation_id"))
    @Column(name = "clock_id", nullable = false)
    private Set<Long> pausedClockIds = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "mediation_result", length = 16)
    private MediationResult result;

    /** The agreement reached (调解协议), or why none was. */
    @Column(name = "agreement", length = LONGEST_AGREEMENT)
    private String agreement;

    @Column(name = "concluded_on")
    private LocalDate concludedOn;

    @Column(name = "concluded_by", length = 64)
    private String concludedBy;

    @Column(name = "concluded_at")
    private LocalDateTime concludedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Mediation() {
    }

    public Mediation(Long caseId, Long unitId, MediationKind kind, String mediator, String matter, LocalDate referredOn,
                     String referredBy, LocalDateTime referredAt) {
        this.caseId = caseId;
        this.unitId = unitId;
        this.kind = kind;
        this.mediator = mediator;
        this.matter = matter;
        this.referredOn = referredOn;
        this.referredBy = referredBy;
        this.referredAt = referredAt;
    }

    /** Remembers that the referral paused this clock of the case. */
    public void paused(Long clockId) {
        pausedClockIds.add(clockId);
    }

    public void conclude(MediationResult result, String agreement, LocalDate on, String by, LocalDateTime at) {
        this.result = result;
        this.agreement = agreement;
        this.concludedOn = on;
        this.concludedBy = by;
        this.concludedAt = at;
    }

    /** Open until its outcome is recorded. */
    public boolean isOpen() {
        return result == null;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public MediationKind getKind() {
        return kind;
    }

    public String getMediator() {
        return mediator;
    }

    public String getMatter() {
        return matter;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public String getReferredBy() {
        return referredBy;
    }

    public LocalDateTime getReferredAt() {
        return referredAt;
    }

    public Set<Long> getPausedClockIds() {
        return Set.copyOf(pausedClockIds);
    }

    public MediationResult getResult() {
        return result;
    }

    public String getAgreement() {
        return agreement;
    }

    public LocalDate getConcludedOn() {
        return concludedOn;
    }

    public String getConcludedBy() {
        return concludedBy;
    }

    public LocalDateTime getConcludedAt() {
        return concludedAt;
    }

    public long getVersion() {
        return version;
    }
}
