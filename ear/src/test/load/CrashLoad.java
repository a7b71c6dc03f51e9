import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load that survives crashes: clients register matters and take the accept and decide steps over the
 * REST API (each step with its PDF notice) while crash-test.sh kills the server with kill -9 or restarts
 * the database; afterwards it checks that nothing acknowledged was lost and nothing is half-saved.
 *
 * <pre>
 *   java CrashLoad.java load   BASE_URL CLIENTS SECONDS JOURNAL   # run the load, journal what was acknowledged
 *   java CrashLoad.java verify BASE_URL JOURNAL                   # check every matter of the run
 * </pre>
 *
 * A matter or step counts as acknowledged when the server answered 201 or 200; the journal keeps
 * those, one line each, written before the client goes on. Verification reads every matter of the
 * run (by its tag, acknowledged or not: a matter whose answer was lost in the crash may still have
 * been saved) and checks: each acknowledged matter exists and holds its acknowledged steps; every
 * step in a history has its notice and its audit event; and the audit chains verify.
 * A single Java file with no dependencies, run by the JDK's source launcher: no build needed.
 */
public class CrashLoad {

    private static final String USER = "cy.leader";
    private static final String PASSWORD = "Xinfang@2026";
    private static final String ADMIN = "admin";
    private static final Map<String, String> NOTICE_OF_STEP = Map.of("accept", "ACCEPTANCE", "decide", "DECISION");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    private CrashLoad(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 5 && args[0].equals("load")) {
            new CrashLoad(args[1]).load(Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
        } else if (args.length == 3 && args[0].equals("verify")) {
            System.exit(new CrashLoad(args[1]).verify(Path.of(args[2])) ? 0 : 1);
        } else {
            System.err.println("usage: java CrashLoad.java load BASE_URL CLIENTS SECONDS JOURNAL | verify BASE_URL JOURNAL");
            System.exit(2);
        }
    }

    // ---- load ----

    private void load(int clients, int seconds, Path journal) throws Exception {
        String tag = "崩溃测试" + Long.toString(System.currentTimeMillis(), 36);
        Files.createDirectories(journal.toAbsolutePath().getParent());
        Files.writeString(journal, "TAG " + tag + "\n", StandardCharsets.UTF_8);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicInteger serial = new AtomicInteger();
        Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    oneMatter(tag, serial.incrementAndGet(), journal, counts);
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
        System.out.println("LOAD " + new java.util.TreeMap<>(counts));
    }

    /** Registers a matter, then accepts and decides it; stops at the first refusal or failure. */
    private void oneMatter(String tag, int n, Path journal, Map<String, AtomicInteger> counts) {
        String body = """
                {"channel":"LETTER","subject":"%s 第%d件","content":"反映小区物业未按合同提供保洁服务，要求整改。",
                 "category":"城乡建设","receivedOn":"%s","headCount":1,
                 "parties":[{"role":"PETITIONER","name":"测试%d","phone":"139%08d"}]}"""
                .formatted(tag, n, LocalDate.now().minusDays(1), n, n % 100_000_000);
        try {
            Answer created = call("POST", "/cases", body, USER);
            if (created.status != 201) {
                tally(counts, "register " + created.status);
                pause();
                return;
            }
            String location = created.location;
            long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
            long version = Long.parseLong(field(created.body, "version"));
            record(journal, "CASE " + id);
            tally(counts, "register 201");
            for (String step : List.of("accept", "decide")) {
                String facts = step.equals("decide") ? ",\"reason\":\"经调查，物业公司已整改到位。\",\"outcome\":\"SUPPORT\"" : "";
                Answer taken = call("POST", "/cases/" + id + "/procedure/steps",
                        "{\"transition\":\"" + step + "\",\"version\":" + version + facts + "}", USER);
                tally(counts, step + " " + taken.status);
                if (taken.status != 200) {
                    pause();
                    return;
                }
                version = Long.parseLong(field(taken.body, "version"));
                record(journal, "STEP " + id + " " + step);
            }
        } catch (IOException | InterruptedException e) {
            // The server is down or the database is away: the client waits and carries on with a new matter.
            tally(counts, "no answer");
            pause();
        }
    }

    private static synchronized void record(Path journal, String line) throws IOException {
        Files.writeString(journal, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static void tally(Map<String, AtomicInteger> counts, String what) {
        counts.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- verify ----

    private boolean verify(Path journal) throws Exception {
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        String tag = lines.get(0).substring(4);
        Map<Long, List<String>> acknowledged = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(" ");
            if (f[0].equals("CASE")) {
                acknowledged.putIfAbsent(Long.parseLong(f[1]), new ArrayList<>());
            } else if (f[0].equals("STEP")) {
                acknowledged.computeIfAbsent(Long.parseLong(f[1]), k -> new ArrayList<>()).add(f[2]);
            }
        }
        List<Long> saved = casesTagged(tag);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Long, List<String>> ack : acknowledged.entrySet()) {
            if (!saved.contains(ack.getKey())) {
                problems.add("acknowledged matter " + ack.getKey() + " is missing");
            }
        }
        int steps = 0;
        for (long id : saved) {
            Answer procedure = call("GET", "/cases/" + id + "/procedure", null, USER);
            List<String> history = all(array(procedure.body, "history"), "\"transition\":\"([a-zA-Z]+)\"");
            for (String step : acknowledged.getOrDefault(id, List.of())) {
                if (!history.contains(step)) {
                    problems.add("matter " + id + ": acknowledged step " + step + " is missing from its history " + history);
                }
            }
            Answer documents = call("GET", "/cases/" + id + "/documents", null, USER);
            List<String> notices = all(documents.body, "\"noticeKind\":\"([A-Z_]+)\"");
            Answer audit = call("GET", "/cases/" + id + "/audit", null, USER);
            List<String> audited = all(audit.body, "\"detail\":\"([a-zA-Z]+) ");
            for (String step : history) {
                if (NOTICE_OF_STEP.containsKey(step)) {
                    steps++;
                    if (!notices.contains(NOTICE_OF_STEP.get(step))) {
                        problems.add("matter " + id + ": step " + step + " has no notice " + NOTICE_OF_STEP.get(step));
                    }
                    if (!audited.contains(step)) {
                        problems.add("matter " + id + ": step " + step + " has no audit event");
                    }
                }
            }
        }
        Answer chains = call("POST", "/admin/audit/verify", "", ADMIN);
        boolean intact = chains.status == 200 && chains.body.contains("\"intact\":true");
        if (!intact) {
            problems.add("audit verification: " + chains.status + " " + chains.body);
        }
        System.out.printf("VERIFY %d matters acknowledged, %d saved (%d saved whose answer was lost in a crash), %d steps with notices checked, audit chains %s%n",
                acknowledged.size(), saved.size(), saved.stream().filter(id -> !acknowledged.containsKey(id)).count(), steps,
                intact ? "intact" : "BROKEN");
        problems.forEach(p -> System.out.println("PROBLEM " + p));
        System.out.println(problems.isEmpty() ? "VERIFY passed: nothing acknowledged was lost, nothing is half-saved"
                : "VERIFY FAILED: " + problems.size() + " problem(s)");
        return problems.isEmpty();
    }

    /** The ids of every matter of the run, page by page. */
    private List<Long> casesTagged(String tag) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int offset = 0; ; offset += 100) {
            Answer page = call("GET", "/cases?limit=100&offset=" + offset + "&q="
                    + java.net.URLEncoder.encode(tag, StandardCharsets.UTF_8), null, USER);
            if (page.status != 200) {
                throw new IllegalStateException("listing the run's matters: " + page.status + " " + page.body);
            }
            // A row's "id" is the only key of that name in it (its deadline has none).
            List<String> found = all(page.body, "[{,]\"id\":(\\d+)");
            found.forEach(id -> ids.add(Long.parseLong(id)));
            if (found.size() < 100) {
                return ids;
            }
        }
    }

    // ---- HTTP and the little JSON it reads ----

    private record Answer(int status, String body, String location) {
    }

    private Answer call(String method, String path, String body, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1" + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").header("Accept-Language", "zh-CN");
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(""));
    }

    /** The number named {@code name}, the last when there are several (none of what this reads nests one). */
    private static String field(String json, String name) {
        List<String> found = all(json, "\"" + name + "\":(\\d+)");
        if (found.isEmpty()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return found.get(found.size() - 1);
    }

    /** The text of a top-level array of flat objects (a procedure's history: its steps hold no arrays). */
    private static String array(String json, String name) {
        int start = json.indexOf("\"" + name + "\":[");
        if (start < 0) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return json.substring(start, json.indexOf(']', start) + 1);
    }

    private static List<String> all(String json, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(json);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
