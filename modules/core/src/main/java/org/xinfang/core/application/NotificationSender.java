package org.xinfang.core.application;

/**
 * Sends a written notice to a person outside the application (a leader's or a petitioner's reminder).
 * The core ships the mail sender; an SMS gateway is another implementation of this one method.
 */
public interface NotificationSender {

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
