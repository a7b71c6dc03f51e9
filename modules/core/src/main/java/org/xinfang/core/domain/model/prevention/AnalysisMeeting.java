package org.xinfang.core.domain.model.prevention;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.xinfang.core.domain.model.unit.OrgUnit;

/**
 * A unit's meeting about its petition matters — by default the monthly 信访形势分析研判例会, or a kind
 * its agency declares (a court's 联席会议 with outside bodies, a company's 两级领导班子碰头会) — that
 * reviews the petition situation of a month: who attended, the outside bodies that took part when the
 * kind records them, the matters it reviewed (cases of the unit or below), what it made of the
 * situation, and the decisions it took, each with the person responsible and a due date, each followed up.
 */
@Entity
@Table(name = "analysis_meeting")
public class AnalysisMeeting {

    public static final int LONGEST_ATTENDEES = 1000;
    public static final int LONGEST_SITUATION = 4000;
    public static final int LONGEST_OUTSIDE_BODIES = 1000;
    /** The kind every unit has, and every meeting recorded before kinds existed: the monthly 研判例会. */
    public static final String ANALYSIS_KIND = "analysis";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrgUnit unit;

    /** The kind's code: {@link #ANALYSIS_KIND} or a plugin's ({@code court.joint}). */
    @Column(name = "meeting_kind", nullable = false, length = 64)
    private String kind;

    /** 参加单位: the bodies from outside the unit that took part, for the kinds that record them. */
    @Column(name = "outside_bodies", length = LONGEST_OUTSIDE_BODIES)
    private String outsideBodies;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    /** The month reviewed, as yyyy-MM: text sorts and compares the same on every database. */
    @Column(name = "meeting_month", nullable = false, length = 7)
    private String month;

    @Column(name = "attendees", nullable = false, length = LONGEST_ATTENDEES)
    private String attendees;

    /** 形势分析: what the meeting made of the month. */
    @Column(name = "situation", length = LONGEST_SITUATION)
    private String situation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_matter", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "case_id", nullable = false)
    private Set<Long> caseIds = new TreeSet<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<MeetingDecision> decisions = new ArrayList<>();

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected AnalysisMeeting() {
    }

    public AnalysisMeeting(OrgUnit unit, String kind, LocalDate heldOn, YearMonth month, String attendees, String outsideBodies,
                           String situation, Set<Long> caseIds, String recordedBy, LocalDateTime recordedAt) {
        this.unit = unit;
        this.kind = kind;
        this.outsideBodies = outsideBodies;
        this.heldOn = heldOn;
        this.month = month.toString();
        this.attendees = attendees;
        this.situation = situation;
        this.caseIds = new TreeSet<>(caseIds);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Adds a decision the meeting took; saved with the meeting. */
    public MeetingDecision decide(String text, String responsible, LocalDate dueOn) {
        MeetingDecision decision = new MeetingDecision(this, text, responsible, dueOn);
        decisions.add(decision);
        return decision;
    }

    public Long getId() {
        return id;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public String getKind() {
        return kind;
    }

    public String getOutsideBodies() {
        return outsideBodies;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public YearMonth getMonth() {
        return YearMonth.parse(month);
    }

    public String getAttendees() {
        return attendees;
    }

    public String getSituation() {
        return situation;
    }

    public Set<Long> getCaseIds() {
        return Set.copyOf(caseIds);
    }

    public List<MeetingDecision> getDecisions() {
        return List.copyOf(decisions);
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }
}
