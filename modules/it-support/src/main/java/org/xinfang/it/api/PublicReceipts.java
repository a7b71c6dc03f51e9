package org.xinfang.it.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.xinfang.it.api.Api.Answer;

/**
 * The receipt codes' public API (ADR 0019) as a reporter or complainant calls it: without credentials,
 * the code in the body. Wrong codes are best sent from a loopback address of their own
 * ({@link #guesserAddress()}, {@link #postFrom}), so the throttle they trip holds back no other test.
 */
public final class PublicReceipts {

    private PublicReceipts() {
    }

    /** A call to {@code /public/receipts/<path>} ({@code answers} or {@code evidence}) without credentials. */
    public static Answer post(String path, String body) {
        return postTo("/public/receipts/" + path, body);
    }

    /** A POST to any public path of the API ({@code /public/petitions/follow}) without credentials. */
    public static Answer postTo(String apiPath, String body) {
        return Api.send(HttpRequest.newBuilder(URI.create(Api.url(apiPath)))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** A loopback address (127.x.y.z) chosen at random: a guesser of the test's own. */
    public static String guesserAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "127." + random.nextInt(1, 255) + "." + random.nextInt(0, 255) + "." + random.nextInt(2, 255);
    }

    /** An answer read off the wire: status, head (with the status line) and body. */
    public record Raw(int status, String head, String body) {
    }

    /**
     * The same call as {@link #post}, sent as HTTP/1.0 over a socket bound to {@code from}
     * (java.net.http cannot choose its source address).
     */
    public static Raw postFrom(String from, String path, String body) {
        return postFromTo(from, "/public/receipts/" + path, body);
    }

    /** As {@link #postFrom}, to any public path of the API. */
    public static Raw postFromTo(String from, String apiPath, String body) {
        URI base = URI.create(Api.url(apiPath));
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(InetAddress.getByName(base.getHost()), base.getPort(), InetAddress.getByName(from), 0)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + base.getRawPath() + " HTTP/1.0\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + content.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            return new Raw(Integer.parseInt(answer.substring(9, 12)), answer.substring(0, split), answer.substring(split + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
