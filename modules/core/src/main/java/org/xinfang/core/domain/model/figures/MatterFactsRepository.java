package org.xinfang.core.domain.model.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.xinfang.api.caller.Visibility;
import org.xinfang.api.model.Channel;

/** The matters' facts, and the rates counted from them within what a caller sees. */
public interface MatterFactsRepository {

    /**
     * Which matters a figure counts: received from {@code from} to {@code to} by the subtree of
     * {@code unitPath} (by that unit alone when {@code unitOnly}), seen by the caller, counted as they stood
     * on {@code asOf}; each narrowing (agency type, channel, category, a month) null for all.
     */
    record Scope(Visibility visibility, String unitPath, boolean unitOnly, LocalDate from, LocalDate to, LocalDate asOf, String agencyType,
                 Channel channel, String category, java.time.YearMonth month) {

        /** The subtree of a unit below. */
        public Scope narrowedTo(String unitPathBelow) {
            return new Scope(visibility, unitPathBelow, false, from, to, asOf, agencyType, channel, category, month);
        }

        /** The unit's own matters, without those of the units below it. */
        public Scope unitAlone() {
            return new Scope(visibility, unitPath, true, from, to, asOf, agencyType, channel, category, month);
        }
    }

    /** The tally of one slice of a scope: the unit holding the matters, and how they arrived when. */
    record Slice(long unitId, String agencyType, Channel channel, String category, java.time.YearMonth month, Tally tally) {
    }

    /** How the case arrived and where it is now, read without regard to who asks (the keeper's own work). */
    Optional<MatterFacts.Matter> matter(long caseId);

    /** Keeps {@code facts} as the matter's row, in place of any it had; an unchanged row is not written. */
    void keep(MatterFacts facts);

    /** Writes what was added or changed now: a keeper that runs as the transaction completes cannot wait for the usual flush. */
    void flush();

    /** The case {@code caseId} was registered as a repeat of, if any. */
    Optional<Long> originalOf(long caseId);

    /** The scope's matters tallied by unit, agency type, channel, category and month, in one pass over them. */
    List<Slice> tally(Scope scope);

    /** Which part of a rate's matters to list. */
    enum Part {
        /** Counted above the line (in time, decided, satisfied…). */
        MET,
        /** Below the line and not above it. */
        MISSED,
        /** Every matter below the line. */
        ALL
    }

    /** The ids of the scope's matters in {@code part} of {@code rate}, oldest received first, at most {@code limit}. */
    List<Long> behind(Scope scope, Rate rate, Part part, int limit);

    /** How many of the scope's matters are in {@code part} of {@code rate}. */
    long countBehind(Scope scope, Rate rate, Part part);

    /** The ids of up to {@code limit} cases with no facts yet, lowest first. */
    List<Long> casesWithoutFacts(int limit);

    /** The day the first matter registered as a repeat of {@code caseId} was received, if one was. */
    Optional<LocalDate> firstRepeatReceived(long caseId);
}
