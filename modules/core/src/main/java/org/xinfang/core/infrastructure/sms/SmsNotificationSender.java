package org.xinfang.core.infrastructure.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.xinfang.core.application.kernel.NotificationSender;
import org.xinfang.core.domain.model.cases.Masking;

/**
 * Text messages through an HTTP SMS gateway: each message is one POST of {@code {"to": phone,
 * "text": body}} as UTF-8 JSON, and any 2xx answer means the gateway took it. The gateway's URL comes
 * from the system property {@code xinfang.sms.gateway}, else the environment variable
 * {@code SMS_GATEWAY_URL}; with neither the sender is not available and reminders go by mail only
 * (the production server sets neither unless the office has a gateway; the test server points it
 * at a gateway the test runs). The subject is left out: a text message has none. Failures name the
 * phone masked, as the pages show it, since they end up in the server log.
 */
@ApplicationScoped
public class SmsNotificationSender implements NotificationSender {

    /** The system property naming the gateway's URL. */
    public static final String GATEWAY_PROPERTY = "xinfang.sms.gateway";

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    // HTTP/1.1: a gateway is a plain HTTP endpoint; the default would first try an h2c upgrade it may not understand.
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public boolean available() {
        return gateway() != null;
    }

    @Override
    public void send(String address, String subject, String body) {
        String gateway = gateway();
        if (gateway == null) {
            throw new NotificationFailedException("No SMS gateway configured (" + GATEWAY_PROPERTY + " / SMS_GATEWAY_URL)", null);
        }
        String json = Json.createObjectBuilder().add("to", address).add("text", body).build().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway)).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new NotificationFailedException("SMS gateway answered " + answer.statusCode() + " for " + Masking.mask(address, 3, 4), null);
            }
        } catch (IOException e) {
            throw new NotificationFailedException("SMS to " + Masking.mask(address, 3, 4) + " not sent: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotificationFailedException("SMS to " + Masking.mask(address, 3, 4) + " interrupted", e);
        }
    }

    private static String gateway() {
        String url = System.getProperty(GATEWAY_PROPERTY, System.getenv("SMS_GATEWAY_URL"));
        return url == null || url.isBlank() ? null : url.strip();
    }
}
