package org.xinfang.core.domain.model.unit;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.xinfang.api.model.UnitLevel;

/**
 * A node of the organisation tree: a petition bureau, a court or one of its tribunals, a discipline
 * committee and its township offices, a personnel bureau, a company and its workshops. Every unit
 * has exactly one agency type, and a case belongs to one unit at a time.
 *
 * <p>{@code path} is the chain of ids from the root, {@code /1/4/9/}; a user's view of cases is the
 * subtree under the units they hold a role in, and "subtree" is a prefix match on this path, one
 * indexed predicate in every case query.
 */
@Entity
@Table(name = "org_unit")
@NamedQuery(name = "OrgUnit.findByCode", query = "SELECT u FROM OrgUnit u WHERE u.code = :code")
@NamedQuery(name = "OrgUnit.findByShortName", query = "SELECT u FROM OrgUnit u WHERE u.shortName = :shortName")
@NamedQuery(name = "OrgUnit.findAll", query = "SELECT u FROM OrgUnit u ORDER BY u.path")
public class OrgUnit {

    /** The agency type of units that belong to no plugin: the petition bureaus (信访局) themselves. */
    public static final String GENERAL_AGENCY = "general";

    /** The columns' lengths, which the administrator's input is checked against. */
    public static final int LONGEST_CODE = 32;
    public static final int LONGEST_NAME = 100;
    public static final int LONGEST_SHORT_NAME = 20;
    public static final int LONGEST_SEAL_TEXT = 100;
    public static final int LONGEST_PATH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, length = 32)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    /** The short name used in case numbers and letter headings, e.g. 朝阳信访; unique, or two units would issue the same numbers. */
    @Column(name = "short_name", nullable = false, length = 20)
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_level", nullable = false, length = 16)
    private UnitLevel level;

    @Column(name = "agency_type", nullable = false, length = 32)
    private String agencyType;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Column(name = "path", nullable = false, length = 500)
    private String path;

    /** The text in the unit's seal on its notices; the unit's name when not set. */
    @Column(name = "seal_text", length = 100)
    private String sealText;

    /** The day the unit was set up here (by an administrator, or the demo's seeding); null for a unit from before this was recorded. */
    @Column(name = "established_on", updatable = false)
    private java.time.LocalDate establishedOn;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OrgUnit() {
    }

    public OrgUnit(String code, String name, String shortName, UnitLevel level, String agencyType, OrgUnit parent) {
        this.code = code;
        this.name = name;
        this.shortName = shortName;
        this.level = level;
        this.agencyType = agencyType;
        this.parent = parent;
        // The path needs the id, which the insert assigns; placeInTree() sets it in the same transaction.
        this.path = "";
    }

    /** Sets the materialised path once the id is known (ids are assigned on insert). */
    public void placeInTree() {
        if (id == null) {
            throw new IllegalStateException("Unit " + code + " must be persisted before it is placed in the tree");
        }
        path = (parent == null ? "/" : parent.getPath()) + id + "/";
    }

    /** New names; a blank seal text means the seal shows the unit's name. */
    public void rename(String name, String shortName, String sealText) {
        this.name = name;
        this.shortName = shortName;
        this.sealText = sealText == null || sealText.isBlank() ? null : sealText;
    }

    /**
     * Hangs the unit under {@code newParent}; its own path follows. The paths of the units below it
     * must follow too ({@link #reroot}), in the same transaction.
     */
    public void moveUnder(OrgUnit newParent) {
        if (newParent == null || contains(newParent)) {
            throw new IllegalArgumentException("Unit " + code + " cannot move under " + (newParent == null ? "nothing" : newParent.getCode()));
        }
        parent = newParent;
        path = newParent.getPath() + id + "/";
    }

    /** A unit below one that moved: the moved unit's old path at the head of this one's becomes its new path. */
    public void reroot(String oldPrefix, String newPrefix) {
        if (!path.startsWith(oldPrefix)) {
            throw new IllegalArgumentException("Unit " + code + " (" + path + ") is not under " + oldPrefix);
        }
        path = newPrefix + path.substring(oldPrefix.length());
    }

    /** True when {@code other} is this unit or lies below it. */
    public boolean contains(OrgUnit other) {
        return other != null && other.getPath() != null && path != null && other.getPath().startsWith(path);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public UnitLevel getLevel() {
        return level;
    }

    public String getAgencyType() {
        return agencyType;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public String getPath() {
        return path;
    }

    /** Depth in the tree, 0 for a root; for indenting the tree in lists. */
    public int getDepth() {
        return path == null ? 0 : (int) path.chars().filter(c -> c == '/').count() - 2;
    }

    public String getSealText() {
        return sealText == null || sealText.isBlank() ? name : sealText;
    }

    /** The seal text as the administrator set it, null when the seal shows the name. */
    public String getOwnSealText() {
        return sealText;
    }

    public void setSealText(String sealText) {
        this.sealText = sealText;
    }

    public long getVersion() {
        return version;
    }

    public java.time.LocalDate getEstablishedOn() {
        return establishedOn;
    }

    /** Records the day the unit was set up: nothing is due from it before that day (its periodic reports, say). */
    public void establishedOn(java.time.LocalDate day) {
        this.establishedOn = day;
    }
}
