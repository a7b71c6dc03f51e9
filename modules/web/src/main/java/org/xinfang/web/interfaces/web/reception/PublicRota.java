package org.xinfang.web.interfaces.web.reception;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.xinfang.core.application.reception.Reception;

/**
 * The published rota on the public page: who receives when and where, for the coming weeks; no
 * bookings. {@code ?unitId=} narrows it to one unit — a company's employees look up their own
 * company's reception days — as the API's parameter of the same name does.
 */
@Named
@RequestScoped
public class PublicRota {

    @Inject
    private Reception reception;

    private List<Reception.PublicSession> sessions;

    private Long unitId;

    public List<Reception.PublicSession> getSessions() {
        if (sessions == null) {
            sessions = reception.publicRota(unitId, Reception.PUBLIC_WEEKS);
        }
        return sessions;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }
}
