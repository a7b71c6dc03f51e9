package org.xinfang.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMS gateway the test server sends its text messages to ({@code xinfang.sms.gateway}, the same
 * address in the test's JVM and in the server's): a real HTTP endpoint on loopback that takes each
 * {@code {"to", "text"}} as the production gateway would and keeps it for the test to read. Runs for
 * one test at a time (the port is fixed); close it at the end.
 */
public final class SmsGateway implements AutoCloseable {

    private static final Pattern CODE = Pattern.compile("(\\d{6})");

    private final HttpServer server;
    private final List<JsonObject> texts = new CopyOnWriteArrayList<>();

    private SmsGateway(HttpServer server) {
        this.server = server;
    }

    /** Starts the gateway where the server sends its messages. */
    public static SmsGateway start() {
        URI address = URI.create(System.getProperty("xinfang.sms.gateway"));
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", address.getPort()), 0);
            SmsGateway gateway = new SmsGateway(server);
            server.createContext(address.getPath(), exchange -> {
                try (InputStream in = exchange.getRequestBody()) {
                    gateway.texts.add(Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8))).readObject());
                }
                exchange.sendResponseHeaders(202, -1);
                exchange.close();
            });
            server.start();
            return gateway;
        } catch (IOException e) {
            throw new UncheckedIOException("The SMS gateway's port " + address.getPort() + " is taken", e);
        }
    }

    /** Every message taken so far. */
    public List<JsonObject> texts() {
        return List.copyOf(texts);
    }

    /** The six-digit code in the latest message to {@code phone}, waiting up to ten seconds for it. */
    public String latestCodeTo(String phone) {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(until)) {
            for (int i = texts.size() - 1; i >= 0; i--) {
                JsonObject text = texts.get(i);
                Matcher code = CODE.matcher(text.getString("text"));
                if (text.getString("to").equals(phone) && code.find()) {
                    return code.group(1);
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No code was texted to " + phone + ": " + texts);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
