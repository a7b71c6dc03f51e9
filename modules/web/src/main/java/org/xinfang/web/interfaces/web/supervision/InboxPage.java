package org.xinfang.web.interfaces.web.supervision;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.supervision.Inbox;
import org.xinfang.core.domain.model.supervision.InboxMessage;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.WebCaller;

/** The signed-in user's inbox, and the unread count the top bar shows on every page. */
@Named("inboxPage")
@RequestScoped
public class InboxPage {

    @Inject
    private Inbox inbox;

    @Inject
    private WebCaller webCaller;

    @Inject
    private UiMessages messages;

    private List<InboxMessage> rows;
    private Long unread;

    public List<InboxMessage> getMessages() {
        if (rows == null) {
            rows = inbox.mine(webCaller.get(), false);
        }
        return rows;
    }

    public long getUnread() {
        if (unread == null) {
            unread = inbox.unread(webCaller.get());
        }
        return unread;
    }

    public void read(Long id) {
        try {
            inbox.read(webCaller.get(), id);
        } catch (NotPermittedException notMine) {
            messages.error(null, notMine.getMessage());
        }
        rows = null;
        unread = null;
    }

    /** Opens the message's case; the message counts as read, as a mail opened does. */
    public String open(InboxMessage message) {
        read(message.getId());
        return "/app/cases/view?faces-redirect=true&id=" + message.getCaseId();
    }

    public void readAll() {
        int n = inbox.readAll(webCaller.get());
        messages.info(null, messages.text("inbox.readAll.done", n));
        rows = null;
        unread = null;
    }
}
