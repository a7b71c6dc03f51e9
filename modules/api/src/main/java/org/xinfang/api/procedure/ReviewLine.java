package org.xinfang.api.procedure;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.xinfang.api.model.UnitLevel;

/**
 * The rule that names the body which reviews (复查) a unit's decision and, in turn, re-reviews (复核) the
 * review: the body the law names for that agency, not simply the parent in the tree. A petition bureau
 * or a government department is reviewed by the administrative body of the level above, a court by the
 * higher court, a discipline commission by the higher commission, a workshop by its company. Each
 * agency's plugin declares its rule ({@code AgencyPlugin.reviewLine()}); the core's engine moves the
 * case with it ({@link UnitMove#REVIEW_BODY}) and its notices name the same body, so the two never
 * disagree. Empty when no body lies above: the request is then refused and the notice says so.
 *
 * <p>A rule walks the tree only through {@link Tree}, so that it is a pure function a plugin's unit
 * test can check without a server.
 */
@FunctionalInterface
public interface ReviewLine {

    /** The agency type of petition bureaus and government bodies (the core's own units). */
    String GOVERNMENT_AGENCY = "general";

    /** A unit as a rule sees it. */
    record Body(long id, String name, String agencyType, UnitLevel level) {
    }

    /** The organisation tree, read-only, as a rule walks it. */
    interface Tree {

        /** The unit directly above, or empty at the root. */
        Optional<Body> parent(Body unit);

        /** The units directly below. */
        List<Body> children(Body unit);
    }

    /** The body that reviews the decisions of {@code deciding}, or empty when none lies above it. */
    Optional<Body> above(Body deciding, Tree tree);

    /**
     * The core's default, for petition bureaus and government bodies: the nearest administrative body
     * above — the nearest unit of the {@link #GOVERNMENT_AGENCY government type} above the deciding
     * unit (or beside one of its ancestors). In the one tree a petition bureau stands for the
     * government of its level, so a county bureau's decision is reviewed at the city's, a city's at the
     * province's, and a city department (the personnel bureau under the city bureau) at its city's.
     */
    static ReviewLine government() {
        return of(unit -> GOVERNMENT_AGENCY.equals(unit.agencyType()));
    }

    /** The next unit of one agency type above the deciding unit: the discipline commissions' line. */
    static ReviewLine ofAgency(String agencyType) {
        return of(unit -> agencyType.equals(unit.agencyType()));
    }

    /** The next unit above the deciding unit that {@code onLine} accepts (see {@link #next}). */
    static ReviewLine of(Predicate<Body> onLine) {
        return (deciding, tree) -> next(deciding, onLine, tree);
    }

    /**
     * The nearest ancestor that {@code onLine} accepts, never a unit beside one: for lines that live inside
     * one organisation (a company's workshops under the company), where a unit of the same kind under
     * another branch of the tree is somebody else's.
     */
    static ReviewLine nearestAncestor(Predicate<Body> onLine) {
        return (deciding, tree) -> {
            for (Optional<Body> up = tree.parent(deciding); up.isPresent(); up = tree.parent(up.get())) {
                if (onLine.test(up.get())) {
                    return up;
                }
            }
            return Optional.empty();
        };
    }

    /**
     * The next unit on a line above {@code unit}: the nearest ancestor on the line, or else a unit on the
     * line directly under a higher ancestor — the commission or court that stands beside the government
     * of the level above. A unit beside the starting one (under its own parent) is a peer, not above
     * it, and never counts.
     */
    static Optional<Body> next(Body unit, Predicate<Body> onLine, Tree tree) {
        Body below = unit;
        for (Optional<Body> up = tree.parent(unit); up.isPresent(); below = up.get(), up = tree.parent(up.get())) {
            Body ancestor = up.get();
            if (onLine.test(ancestor)) {
                return up;
            }
            if (below.id() != unit.id()) {
                long passed = below.id();
                Optional<Body> beside = tree.children(ancestor).stream()
                        .filter(child -> child.id() != passed && onLine.test(child)).findFirst();
                if (beside.isPresent()) {
                    return beside;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The body on the line that holds {@code unit}: the unit itself when it is on the line, else its
     * nearest ancestor on it (a tribunal decides in its court's name), else the unit itself.
     */
    static Body holding(Body unit, Predicate<Body> onLine, Tree tree) {
        for (Optional<Body> at = Optional.of(unit); at.isPresent(); at = tree.parent(at.get())) {
            if (onLine.test(at.get())) {
                return at.get();
            }
        }
        return unit;
    }
}
