package org.xinfang.it.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api;

/**
 * What an API call costs by the way it signs in, measured side by side over HTTP on loopback:
 * <ul>
 * <li>a refusal for an unknown user name against one for a known name with a wrong password, and a
 *     right password — the three should take the same time, so that time does not tell which names
 *     exist (each from its own loopback address, so the throttle per address stays out of it);</li>
 * <li>calls and registrations with Basic credentials (a bcrypt check each) against an API token.</li>
 * </ul>
 * {@code -Dbench.calls=N} sets the calls per round (200; .ci/run's smoke run 4). Prints and appends to
 * {@code ear/target/benchmark-results.txt}; asserts only that every call was answered as expected.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiAccessBenchmark {

    private static final int CALLS = Integer.getInteger("bench.calls", 200);

    /** Known names with a wrong password, each a few times only: the server locks an account after ten. */
    private static final List<String> KNOWN = List.of("dc.clerk", "dc.handler", "dc.leader", "cy.handler", "cy.leader", "qz.leader");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void signInTakesAsLongForAnUnknownNameAsForAKnownOne() throws IOException {
        int samples = Math.min(30, Math.max(4, CALLS / 10));
        long[] unknown = new long[samples];
        long[] wrong = new long[samples];
        long[] right = new long[samples];
        for (int i = 0; i < samples; i++) {
            String from = "127.0.0." + (2 + i % 250);
            String known = KNOWN.get(i % KNOWN.size());
            unknown[i] = timed(from, "nobody-" + i, "guess-" + i, 401);
            wrong[i] = timed(from, known, "guess-" + i, 401);
            right[i] = timed(from, known, Api.PASSWORD, 200);
        }
        BenchmarkReport.publish(List.of(
                String.format("sign-in over Basic, %d each: unknown name %s | known name, wrong password %s | right password %s",
                        samples, medianAndP95(unknown), medianAndP95(wrong), medianAndP95(right))));
    }

    @Test
    void aTokenSparesEachCallItsPasswordCheck() throws Exception {
        String token = Api.post(Api.CY_CLERK, "/tokens", Json.createObjectBuilder().add("label", "基准测试").build()).json().getString("token");
        String basic = Api.basic(Api.CY_CLERK, Api.PASSWORD);
        String bearer = "Bearer " + token;
        List<String> lines = new ArrayList<>();
        for (int threads : new int[] {1, 4}) {
            Rounds.Round basicReads = Rounds.run(CALLS, threads, n -> read(basic));
            Rounds.Round tokenReads = Rounds.run(CALLS, threads, n -> read(bearer));
            Rounds.Round basicWrites = Rounds.run(CALLS / 2, threads, n -> register(basic, "Basic " + n));
            Rounds.Round tokenWrites = Rounds.run(CALLS / 2, threads, n -> register(bearer, "令牌 " + n));
            lines.add(String.format("GET /me, %d thread(s): Basic %.1f /s (%s) | token %.1f /s (%s) | %.1f×", threads,
                    basicReads.perSecond(), basicReads.latency("call"), tokenReads.perSecond(), tokenReads.latency("call"),
                    tokenReads.perSecond() / basicReads.perSecond()));
            lines.add(String.format("POST /cases, %d thread(s): Basic %.1f /s (%s) | token %.1f /s (%s) | %.1f×", threads,
                    basicWrites.perSecond(), basicWrites.latency("registration"), tokenWrites.perSecond(),
                    tokenWrites.latency("registration"), tokenWrites.perSecond() / basicWrites.perSecond()));
            for (Rounds.Round round : List.of(basicReads, tokenReads, basicWrites, tokenWrites)) {
                assertEquals(0, round.failed(), round.firstFailure());
            }
        }
        BenchmarkReport.publish(lines);
    }

    private static void read(String authorization) {
        Api.Answer me = Api.send(HttpRequest.newBuilder(URI.create(Api.url("/me"))).header("Authorization", authorization).GET());
        if (me.status() != 200) {
            throw new IllegalStateException(me.toString());
        }
    }

    private static void register(String authorization, String what) {
        Api.Answer registered = Api.send(HttpRequest.newBuilder(URI.create(Api.url("/cases"))).header("Authorization", authorization)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Api.newCase(Api.uniqueSubject(what)).build().toString(), StandardCharsets.UTF_8)));
        if (registered.status() != 201) {
            throw new IllegalStateException(registered.toString());
        }
    }

    /**
     * Nanoseconds until the status line of one GET /me from local address {@code from}, asserting the
     * status. A plain socket, because the JDK's HTTP client cannot choose its local address.
     */
    private static long timed(String from, String user, String password, int expected) throws IOException {
        URI base = URI.create(Deployments.baseUrl());
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            String request = "GET " + base.getPath() + "/api/v1/me HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAccept: application/json\r\nAuthorization: " + Api.basic(user, password) + "\r\nConnection: close\r\n\r\n";
            long started = System.nanoTime();
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            long took = System.nanoTime() - started;
            assertEquals(expected, Integer.parseInt(status.split(" ")[1]), user + ": " + status);
            return took;
        } catch (IOException e) {
            throw new UncheckedIOException(from + " as " + user, e);
        }
    }

    private static String medianAndP95(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("p50 %.1f ms, p95 %.1f ms", sorted[sorted.length / 2] / 1e6,
                sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.95))] / 1e6);
    }
}
