package org.xinfang.web.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Messages for the page a save redirects to ("已保存更正", "已登记"), kept in the session until the
 * next whole page is rendered, and shown there. Faces' flash did this through a cookie that whichever
 * request came next consumed, and now and then the message never reached the page (CI saw a saved
 * correction without its "已保存更正"). An ajax request of the old page does not take them.
 */
public class PendingMessages implements PhaseListener {

    private static final long serialVersionUID = 1L;

    private static final String KEY = PendingMessages.class.getName();

    /** Keeps {@code message} for the next whole page this session renders. */
    static void keep(FacesContext faces, FacesMessage message) {
        Map<String, Object> session = faces.getExternalContext().getSessionMap();
        @SuppressWarnings("unchecked")
        List<FacesMessage> pending = (List<FacesMessage>) session.get(KEY);
        List<FacesMessage> kept = pending == null ? new ArrayList<>() : new ArrayList<>(pending);
        kept.add(message);
        session.put(KEY, kept);
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.getPartialViewContext().isAjaxRequest() || faces.getExternalContext().getSession(false) == null) {
            return;
        }
        Object pending = faces.getExternalContext().getSessionMap().remove(KEY);
        if (pending instanceof List<?> messages) {
            messages.forEach(message -> faces.addMessage(null, (FacesMessage) message));
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // Nothing: the messages are added before the page renders them.
    }
}
