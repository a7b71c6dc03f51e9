package org.xinfang.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.xinfang.core.domain.model.numbering.NumberSeries;
import org.xinfang.core.domain.model.unit.OrgUnit;

@ApplicationScoped
public class JpaNumberSeries implements NumberSeries {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int next(OrgUnit unit, int year, String series) {
        // Lock the unit's row first: it always exists, so two people taking the first number of a
        // year at once (when the counter row is still missing) queue here and get two numbers.
        em.createNativeQuery("SELECT id FROM org_unit WHERE id = ? FOR UPDATE").setParameter(1, unit.getId()).getResultList();
        List<?> rows = em.createNativeQuery("SELECT next_seq FROM number_counter WHERE unit_id = ? AND num_year = ? AND series = ? FOR UPDATE")
                .setParameter(1, unit.getId()).setParameter(2, year).setParameter(3, series).getResultList();
        if (rows.isEmpty()) {
            em.createNativeQuery("INSERT INTO number_counter (unit_id, num_year, series, next_seq) VALUES (?, ?, ?, 2)")
                    .setParameter(1, unit.getId()).setParameter(2, year).setParameter(3, series).executeUpdate();
            return 1;
        }
        int next = ((Number) rows.get(0)).intValue();
        em.createNativeQuery("UPDATE number_counter SET next_seq = ? WHERE unit_id = ? AND num_year = ? AND series = ?")
                .setParameter(1, next + 1).setParameter(2, unit.getId()).setParameter(3, year).setParameter(4, series).executeUpdate();
        return next;
    }
}
