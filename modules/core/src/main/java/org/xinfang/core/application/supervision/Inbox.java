package org.xinfang.core.application.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.NotificationSender;
import org.xinfang.core.application.kernel.NotificationSender.Channel;
import org.xinfang.core.application.kernel.NotificationSender.NotificationFailedException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.domain.model.supervision.InboxMessage;
import org.xinfang.core.domain.model.supervision.InboxRepository;
import org.xinfang.core.domain.model.supervision.ReminderKind;
import org.xinfang.core.domain.model.user.AppUserRepository;

/**
 * Each user's in-app inbox, and the same message by mail to those with an address. Messages are
 * written in the change's transaction; the mails go only after it committed (a transactional
 * observer), so a change that rolls back sends nothing and a reminder claimed twice is mailed once.
 */
@ApplicationScoped
public class Inbox {

    /** A mail to send once the messages are stored. */
    public record Mail(String address, String subject, String body) {
    }

    /** The mails a transaction owes, sent when (and only if) it commits. */
    public record MailsOwed(List<Mail> mails) {
    }

    private static final Logger LOG = Logger.getLogger(Inbox.class.getName());

    /** The most messages one page of the inbox shows. */
    public static final int PAGE = 100;

    @Inject
    private InboxRepository messages;

    @Inject
    private AppUserRepository users;

    @Inject
    @Any
    private Instance<NotificationSender> senders;

    @Inject
    private Event<MailsOwed> owed;

    @Inject
    private Clock clock;

    /** Puts the message in each user's inbox, and mails it to those with an address once the transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void post(Collection<String> usernames, Long caseId, ReminderKind kind, String title, String body) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Mail> mails = new ArrayList<>();
        for (String username : usernames) {
            messages.add(new InboxMessage(username, caseId, kind, title, body, now));
            users.findByUsername(username).map(u -> u.getEmail()).filter(a -> a != null && !a.isBlank())
                    .ifPresent(address -> mails.add(new Mail(address, title, body)));
        }
        if (!mails.isEmpty()) {
            owed.fire(new MailsOwed(mails));
        }
    }

    void sendAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailsOwed committed) {
        send(committed.mails());
    }

    /**
     * Sends the mails; one that fails is counted and the others still go (the inbox holds every
     * message whatever happens to its mail). The failures make one line in the log, naming the
     * first: a mail server that is down would otherwise fill it with one stack trace per mail.
     * The number sent.
     */
    int send(List<Mail> mails) {
        NotificationSender mail = senders.stream().filter(s -> s.channel() == Channel.MAIL && s.available()).findFirst().orElse(null);
        if (mail == null) {
            return 0;
        }
        int sent = 0;
        NotificationFailedException first = null;
        for (Mail m : mails) {
            try {
                mail.send(m.address(), m.subject(), m.body());
                sent++;
            } catch (NotificationFailedException e) {
                first = first == null ? e : first;
                LOG.log(Level.FINE, "Supervision mail to " + m.address() + " not sent", e);
            }
        }
        if (first != null) {
            LOG.warning((mails.size() - sent) + " of " + mails.size() + " mails not sent (what they say waits in the inboxes or on the portal); first: "
                    + first.getMessage());
        }
        return sent;
    }

    /** The caller's messages, newest first. */
    @Transactional
    public List<InboxMessage> mine(Caller caller, boolean unreadOnly) {
        return messages.of(caller.username(), unreadOnly, PAGE);
    }

    @Transactional
    public long unread(Caller caller) {
        return messages.unread(caller.username());
    }

    /**
     * Marks one of the caller's messages read.
     *
     * @throws NotPermittedException when there is no such message in the caller's inbox
     */
    @Transactional
    public InboxMessage read(Caller caller, Long id) {
        InboxMessage m = messages.find(id).filter(found -> found.getUsername().equals(caller.username()))
                .orElseThrow(() -> new NotPermittedException(Messages.get(caller.locale(), "inbox.notFound", String.valueOf(id))));
        m.read(LocalDateTime.now(clock));
        return m;
    }

    @Transactional
    public int readAll(Caller caller) {
        return messages.readAll(caller.username(), LocalDateTime.now(clock));
    }
}
