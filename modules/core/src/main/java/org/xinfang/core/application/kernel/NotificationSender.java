package org.xinfang.core.application.kernel;

/**
 * Sends a written notice to a person outside the application (a leader's or a petitioner's reminder)
 * by one channel: the core ships the mail sender and an SMS sender for an HTTP gateway. The caller
 * picks the senders of the channels it has an address for, among those {@link #available()}.
 */
public interface NotificationSender {

    /** The channels a notice can go by; the address is an e-mail address or a phone number. */
    enum Channel { MAIL, SMS }

    /** The channel this sender delivers by. */
    Channel channel();

    /** Whether this sender is configured here; one that is not is never asked to send. */
    default boolean available() {
        return true;
    }

    /**
     * Delivers {@code body} under {@code subject} to {@code address}.
     *
     * @throws NotificationFailedException when the message could not be handed over; nothing is marked sent
     */
    void send(String address, String subject, String body);

    /** The notice could not be delivered now; it stays due and is tried again. */
    class NotificationFailedException extends RuntimeException {
        public NotificationFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
