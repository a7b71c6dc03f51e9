package org.xinfang.core.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.xinfang.core.application.kernel.NotificationSender;

/**
 * Notices by e-mail through the server's mail session {@code java:jboss/mail/xinfang}, which
 * wildfly-config/cli/mail.cli points at SMTP_HOST:SMTP_PORT (or the system properties
 * xinfang.smtp.host / xinfang.smtp.port). Subject and body are UTF-8, so Chinese reads as Chinese.
 */
@ApplicationScoped
public class MailNotificationSender implements NotificationSender {

    @Resource(lookup = "java:jboss/mail/xinfang")
    private Session session;

    @Override
    public Channel channel() {
        return Channel.MAIL;
    }

    @Override
    public void send(String address, String subject, String body) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(address, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException e) {
            throw new NotificationFailedException("Mail to " + address + " not sent: " + e.getMessage(), e);
        }
    }
}
