package org.xinfang.plugins.discipline.joint.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xinfang.api.caller.Caller;
import org.xinfang.plugins.discipline.joint.JointAttachment;
import org.xinfang.plugins.discipline.joint.JointCase;
import org.xinfang.plugins.discipline.joint.JointSettings;
import org.xinfang.plugins.discipline.joint.MonthlyReturn;
import org.xinfang.plugins.discipline.joint.PoolMember;
import org.xinfang.plugins.discipline.joint.Team;
import org.xinfang.api.plugin.Refusal;
import org.xinfang.plugins.discipline.kernel.Roles;
import org.xinfang.plugins.discipline.kernel.Texts;

/**
 * The joint investigation's rows, read and written in the caller's transaction. Joint cases are
 * scoped inside the query: a caller sees those of the committees they work in and those their own
 * committee reported, and nothing else — an id outside is "not found", worded as for a missing one.
 */
@ApplicationScoped
public class JointRecords {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    public void add(Object row) {
        em.persist(row);
    }

    /** The joint case, when the caller may see it. */
    public JointCase visibleCase(Caller caller, long id) {
        return visible(caller, "j.id = :id", null).setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> Refusal.notFound(Texts.get(caller.locale(), "discipline.joint.notFound", String.valueOf(id))));
    }

    /** The joint case of a discipline case, when the caller may see it. */
    public Optional<JointCase> visibleByCase(Caller caller, long caseId) {
        return visible(caller, "j.caseId = :caseId", null).setParameter("caseId", caseId).getResultStream().findFirst();
    }

    /** The visible joint cases of a committee's year, in the order they were registered. */
    public List<JointCase> visibleOfYear(Caller caller, long committeeUnitId, int year) {
        if (Roles.commissionPaths(caller).isEmpty()) {
            // Not one of a commission's people: the register is not theirs to know of, as for a missing committee.
            throw Refusal.notFound(Texts.get(caller.locale(), "discipline.joint.committeeNotFound", String.valueOf(committeeUnitId)));
        }
        return visible(caller, "j.committeeUnitId = :committee AND j.year = :year", "j.id")
                .setParameter("committee", committeeUnitId).setParameter("year", year).getResultList();
    }

    /** Every joint case of a committee's year, for figures the caller was already allowed to read. */
    public List<JointCase> ofYear(long committeeUnitId, int year) {
        return em.createQuery("SELECT j FROM JointCase j WHERE j.committeeUnitId = :committee AND j.year = :year ORDER BY j.id",
                JointCase.class).setParameter("committee", committeeUnitId).setParameter("year", year).getResultList();
    }

    public List<JointCase> ofTeam(long teamId) {
        return em.createQuery("SELECT j FROM JointCase j WHERE j.teamId = :team ORDER BY j.id", JointCase.class)
                .setParameter("team", teamId).getResultList();
    }

    public boolean registered(long caseId) {
        return !em.createQuery("SELECT j.id FROM JointCase j WHERE j.caseId = :caseId", Long.class)
                .setParameter("caseId", caseId).getResultList().isEmpty();
    }

    private TypedQuery<JointCase> visible(Caller caller, String condition, String order) {
        List<String> paths = Roles.commissionPaths(caller);
        StringBuilder within = new StringBuilder();
        for (int i = 0; i < paths.size(); i++) {
            within.append(i == 0 ? "" : " OR ").append("j.committeeUnitPath LIKE :p").append(i)
                    .append(" OR j.reportingUnitPath LIKE :p").append(i);
        }
        String scope = paths.isEmpty() ? "1 = 0" : "(" + within + ")";
        TypedQuery<JointCase> query = em.createQuery("SELECT j FROM JointCase j WHERE " + condition + " AND " + scope
                + (order == null ? "" : " ORDER BY " + order), JointCase.class);
        for (int i = 0; i < paths.size(); i++) {
            query.setParameter("p" + i, paths.get(i) + "%");
        }
        return query;
    }

    /**
     * Rewrites the stored unit paths that begin with {@code oldPath} to begin with {@code newPath}: a unit
     * moved in the tree, everything under it with it. Not an edit of the cases, so their versions stay.
     */
    public void reroot(String oldPath, String newPath) {
        for (String column : List.of("committeeUnitPath", "reportingUnitPath")) {
            em.createQuery("UPDATE JointCase j SET j." + column + " = CONCAT(:newPath, SUBSTRING(j." + column + ", :rest))"
                            + " WHERE j." + column + " LIKE :oldPrefix")
                    .setParameter("newPath", newPath).setParameter("rest", oldPath.length() + 1)
                    .setParameter("oldPrefix", oldPath + "%").executeUpdate();
        }
    }

    public Optional<MonthlyReturn> monthlyReturn(long unitId, String period) {
        return em.createQuery("SELECT r FROM MonthlyReturn r WHERE r.unitId = :unit AND r.period = :period", MonthlyReturn.class)
                .setParameter("unit", unitId).setParameter("period", period).getResultStream().findFirst();
    }

    public List<MonthlyReturn> monthlyReturns(long committeeUnitId, String period) {
        return em.createQuery("SELECT r FROM MonthlyReturn r WHERE r.committeeUnitId = :committee AND r.period = :period",
                MonthlyReturn.class).setParameter("committee", committeeUnitId).setParameter("period", period).getResultList();
    }

    /** The committee's settings, or the defaults when it never changed them. */
    public JointSettings settings(long committeeUnitId) {
        return Optional.ofNullable(em.find(JointSettings.class, committeeUnitId)).orElseGet(() -> JointSettings.defaults(committeeUnitId));
    }

    public Optional<JointSettings> storedSettings(long committeeUnitId) {
        return Optional.ofNullable(em.find(JointSettings.class, committeeUnitId));
    }

    public List<PoolMember> pool(long committeeUnitId) {
        return em.createQuery("SELECT m FROM PoolMember m WHERE m.committeeUnitId = :committee ORDER BY m.id", PoolMember.class)
                .setParameter("committee", committeeUnitId).getResultList();
    }

    public Optional<PoolMember> poolMember(long committeeUnitId, long id) {
        return Optional.ofNullable(em.find(PoolMember.class, id)).filter(m -> m.getCommitteeUnitId() == committeeUnitId);
    }

    public List<Team> teams(long committeeUnitId) {
        return em.createQuery("SELECT t FROM Team t WHERE t.committeeUnitId = :committee ORDER BY t.id", Team.class)
                .setParameter("committee", committeeUnitId).getResultList();
    }

    public Optional<Team> team(long committeeUnitId, long id) {
        return Optional.ofNullable(em.find(Team.class, id)).filter(t -> t.getCommitteeUnitId() == committeeUnitId);
    }

    public List<JointAttachment> attachments(long jointCaseId) {
        return em.createNamedQuery("JointAttachment.ofCase", JointAttachment.class).setParameter("jointCaseId", jointCaseId)
                .getResultList();
    }
}
