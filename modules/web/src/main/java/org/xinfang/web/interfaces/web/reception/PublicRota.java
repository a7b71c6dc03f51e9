package org.xinfang.web.interfaces.web.reception;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.xinfang.core.application.reception.Reception;

/** The published rota on the public page: who receives when and where, for the coming weeks; no bookings. */
@Named
@RequestScoped
public class PublicRota {

    @Inject
    private Reception reception;

    private List<Reception.PublicSession> sessions;

    public List<Reception.PublicSession> getSessions() {
        if (sessions == null) {
            sessions = reception.publicRota(null, Reception.PUBLIC_WEEKS);
        }
        return sessions;
    }
}
