import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The support log under load, through the API of a running Sohoa and, as the reference, with plain
 * JDBC on the same database:
 *
 * <ol>
 *   <li>sustained {@code POST …/support-logs} with an Idempotency-Key each, from a number of client
 *       threads: latency p50/p99 and throughput;</li>
 *   <li>the same writes with plain JDBC as the application's database role, one transaction per record
 *       (claim the key, insert the record, link the key to it — what the API does, audit triggers and
 *       row-level security included): throughput, and the ratio of the two;</li>
 *   <li>the tenant filled up to a number of records (default 1,000,000) with one SQL statement, then
 *       {@code GET …/support-logs} pages of 50 with and without filters: latency p50/p99.</li>
 * </ol>
 *
 * <p>Around the round of each kind that counts, the CPU time of the client, the server's JVM and the
 * database's PostgreSQL backends is read from {@code /proc} (Linux), and printed per request: on a machine
 * shared with other work this cost is steadier than a rate. Records of 0 leave out the list.
 *
 * <pre>java -Dbench.server.pid=PID -cp postgresql.jar bench/SupportLogBench.java base-url database [posts] [threads] [records]</pre>
 */
public class SupportLogBench {

    private static final String TOKEN_URL = "http://127.0.0.1:8180/realms/sohoa/protocol/openid-connect/token";
    private static final String UNIT = "AP1";
    private static final String MEMBER = "dung.pham";
    private static final int LIST_REQUESTS = 400;

    private final String base;
    private final String jdbcUrl;
    private final String tenant = "BSL" + UUID.randomUUID().toString().substring(0, 6);

    SupportLogBench(String base, String database) {
        this.base = base;
        this.jdbcUrl = "jdbc:postgresql://127.0.0.1:5432/" + database;
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8093";
        String database = args.length > 1 ? args[1] : "sohoa_bench";
        int posts = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        int records = args.length > 4 ? Integer.parseInt(args[4]) : 1_000_000;
        // HTTP/1.1 over one kept-alive connection per client thread, as phones reach the server through the
        // ingress (HttpURLConnection keeps only 5 idle connections per server unless told).
        System.setProperty("http.maxConnections", String.valueOf(Math.max(5, threads)));
        SupportLogBench bench = new SupportLogBench(base, database);
        bench.setUp();
        System.out.printf("tenant %s; %,d writes each way from %d client threads%n", bench.tenant, posts, threads);

        CpuMeter cpu = new CpuMeter(bench.jdbcUrl, Long.getLong("bench.server.pid", -1));
        CpuMeter.Measured api = warmedUp("API POST", () -> bench.posts(posts, threads), cpu);
        CpuMeter.Measured jdbc = warmedUp("JDBC insert", () -> bench.jdbc(posts, threads), cpu);
        System.out.printf("API / JDBC by CPU per request: %.2f%n", jdbc.cpu().total() / api.cpu().total());
        System.out.printf("API / JDBC throughput: %.2f%n", api.result().perSecond() / jdbc.result().perSecond());

        if (records <= 0) {
            return;
        }
        bench.fillUpTo(records);
        String lastWeek = "from=" + Instant.now().minus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        for (String query : List.of("", lastWeek, "category=VNEID", "unit=" + UNIT + "&category=DVC_ONLINE",
                "page=200")) {
            bench.list(query).print("GET list " + (query.isEmpty() ? "(no filter)" : query));
        }
    }

    /**
     * Runs rounds until two in a row reach the same throughput within 10% (at most five): the JIT compiler
     * of a server this size is busy for the first tens of thousands of requests, and a sustained rate is
     * what the comparison is about. Then runs the round that counts, with its CPU time.
     */
    static CpuMeter.Measured warmedUp(String what, Round round, CpuMeter cpu) throws Exception {
        double previous = 0;
        for (int i = 1; i <= 5; i++) {
            Result warmUp = round.run();
            warmUp.print(what + " (warm-up " + i + ")");
            if (Math.abs(warmUp.perSecond() - previous) < 0.1 * warmUp.perSecond()) {
                break;
            }
            previous = warmUp.perSecond();
        }
        return cpu.during(what, round);
    }

    interface Round {
        Result run() throws Exception;
    }

    /** A fresh commune with one hamlet, where the demo team member may log support. */
    void setUp() throws Exception {
        String admin = token("province.admin");
        send("POST", "/api/v1/tenants", admin, null,
                "{\"code\":\"%s\",\"name\":\"Xã Thử Tải %s\",\"kind\":\"COMMUNE\"}".formatted(tenant, tenant), 201);
        send("POST", "/api/v1/tenants/" + tenant + "/units", admin, null,
                "{\"code\":\"%s\",\"name\":\"Ấp Một\",\"type\":\"HAMLET\"}".formatted(UNIT), 201);
        send("POST", "/api/v1/tenants/" + tenant + "/members", admin, null,
                "{\"username\":\"%s\",\"role\":\"TEAM_MEMBER\"}".formatted(MEMBER), 201);
    }

    Result posts(int count, int threads) throws Exception {
        Token token = new Token(MEMBER);
        String path = "/api/v1/tenants/" + tenant + "/support-logs";
        return run(count, threads, () -> {
            Record record = Record.random();
            send("POST", path, token.get(), UUID.randomUUID().toString(), record.json(), 201);
        });
    }

    Result jdbc(int count, int threads) throws Exception {
        // One connection per client thread, as the server's pool keeps one per worker; they close with the JVM.
        ThreadLocal<Writer> writers = ThreadLocal.withInitial(() -> new Writer(jdbcUrl, tenant));
        return run(count, threads, () -> writers.get().write(Record.random()));
    }

    /** Inserts records until the tenant holds {@code total}, spread over the last year. */
    void fillUpTo(int total) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "sohoa_app", "sohoa_app")) {
            Writer.enter(db, tenant);
            long have;
            try (ResultSet count = db.createStatement().executeQuery("select count(*) from support_log")) {
                count.next();
                have = count.getLong(1);
            }
            long start = System.nanoTime();
            try (PreparedStatement fill = db.prepareStatement("""
                    insert into support_log (tenant_id, occurred_at, unit_code, category_code, channel, people_count,
                                             outcome, author_subject, author_username)
                    select ?, now() - (random() * interval '365 days'), ?,
                           (array['VNEID','DVC_ONLINE','CASHLESS','ECOMMERCE','OTHER'])[1 + n % 5],
                           (array['HOME_VISIT','OFFICE','PHONE_OR_CHAT','COMMUNITY_EVENT'])[1 + n % 4],
                           1 + n % 3, 'DONE', 'bench', 'bench'
                    from generate_series(1, ?) n""")) {
                fill.setString(1, tenant);
                fill.setString(2, UNIT);
                fill.setLong(3, Math.max(0, total - have));
                fill.executeUpdate();
            }
            System.out.printf("filled the tenant up to %,d records in %,d s%n", total,
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
        }
        try (Connection owner = DriverManager.getConnection(jdbcUrl, "sohoa_owner", "sohoa_owner")) {
            owner.createStatement().execute("vacuum analyze support_log");
        }
    }

    Result list(String query) throws Exception {
        Token token = new Token(MEMBER);
        String path = "/api/v1/tenants/" + tenant + "/support-logs?size=50" + (query.isEmpty() ? "" : "&" + query);
        for (int i = 0; i < LIST_REQUESTS / 4; i++) {
            send("GET", path, token.get(), null, null, 200);
        }
        return run(LIST_REQUESTS, 1, () -> send("GET", path, token.get(), null, null, 200));
    }

    /** Runs {@code count} operations from {@code threads} threads, timing each one. */
    private static Result run(int count, int threads, Operation operation) throws Exception {
        long[] nanos = new long[count];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<java.util.concurrent.Future<Object>> workers = pool.invokeAll(java.util.Collections.nCopies(threads, () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                long begin = System.nanoTime();
                operation.run();
                nanos[i] = System.nanoTime() - begin;
            }
            return null;
        }));
        long elapsed = System.nanoTime() - start;
        pool.shutdown();
        for (var worker : workers) {
            worker.get();
        }
        return new Result(nanos, elapsed);
    }

    private String send(String method, String path, String token, String idempotencyKey, String json, int expected)
            throws Exception {
        Map<String, String> headers = new HashMap<>(Map.of("Authorization", "Bearer " + token));
        if (idempotencyKey != null) {
            headers.put("Idempotency-Key", idempotencyKey);
        }
        if (json != null) {
            headers.put("Content-Type", "application/json");
        }
        return exchange(method, base + path, headers, json, expected);
    }

    /**
     * A person's access token, fetched again after a minute: Keycloak's last five minutes, and a round on a
     * busy machine can last longer.
     */
    final class Token {

        private final String username;
        private String value;
        private long fetched;

        Token(String username) throws Exception {
            this.username = username;
            get();
        }

        synchronized String get() throws Exception {
            if (value == null || System.nanoTime() - fetched > TimeUnit.MINUTES.toNanos(1)) {
                value = token(username);
                fetched = System.nanoTime();
            }
            return value;
        }
    }

    private String token(String username) throws Exception {
        String form = "grant_type=password&client_id=sohoa-cli&password=demo&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8);
        String answer = exchange("POST", TOKEN_URL, Map.of("Content-Type", "application/x-www-form-urlencoded"), form, 200);
        Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(answer);
        if (!token.find()) {
            throw new IllegalStateException("No token for " + username + ": " + answer);
        }
        return token.group(1);
    }

    /**
     * One request with the JDK's blocking client, which sends and reads on the calling thread and keeps the
     * connection alive for the thread's next request. (Java's {@code HttpClient} hands every request between
     * its selector and executor threads: a client of 8 threads then used as much CPU as the server it drove,
     * on the two cores they share.)
     */
    private static String exchange(String method, String url, Map<String, String> headers, String body, int expected)
            throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setRequestMethod(method);
        connection.setRequestProperty("Accept", "application/json");
        headers.forEach(connection::setRequestProperty);
        if (body != null) {
            connection.setDoOutput(true);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = connection.getResponseCode();
        String answer;
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            answer = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (status != expected) {
            throw new IllegalStateException(method + " " + url + ": HTTP " + status + " "
                    + answer.substring(0, Math.min(500, answer.length())));
        }
        return answer;
    }

    interface Operation {
        void run() throws Exception;
    }

    /** One support record with varied facts, as team members send them. */
    record Record(Instant occurredAt, String category, String channel, int people, String outcome) {

        private static final String[] CATEGORIES = {"VNEID", "DVC_ONLINE", "CASHLESS", "ECOMMERCE", "OTHER"};
        private static final String[] CHANNELS = {"HOME_VISIT", "OFFICE", "PHONE_OR_CHAT", "COMMUNITY_EVENT"};
        private static final String[] OUTCOMES = {"DONE", "PARTIAL", "REFERRED"};

        static Record random() {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            return new Record(Instant.now().minusSeconds(random.nextLong(30L * 24 * 3600)).truncatedTo(ChronoUnit.SECONDS),
                    CATEGORIES[random.nextInt(CATEGORIES.length)], CHANNELS[random.nextInt(CHANNELS.length)],
                    1 + random.nextInt(3), OUTCOMES[random.nextInt(OUTCOMES.length)]);
        }

        String json() {
            return """
                    {"occurredAt":"%s","unitCode":"%s","categoryCode":"%s","channel":"%s","peopleCount":%d,\
                    "outcome":"%s","durationMinutes":15}""".formatted(occurredAt, UNIT, category, channel, people, outcome);
        }
    }

    /** A JDBC connection of the application's role doing what one idempotent POST does in the database. */
    static final class Writer {

        private final Connection db;
        private final PreparedStatement claim;
        private final PreparedStatement insert;
        private final PreparedStatement link;
        private final String tenant;

        Writer(String url, String tenant) {
            try {
                this.tenant = tenant;
                db = DriverManager.getConnection(url, "sohoa_app", "sohoa_app");
                enter(db, tenant);
                db.setAutoCommit(false);
                claim = db.prepareStatement("insert into idempotency_key (tenant_id, idem_key, request_hash) "
                        + "values (?, ?, ?) on conflict (tenant_id, idem_key) do nothing");
                insert = db.prepareStatement("""
                        insert into support_log (tenant_id, occurred_at, unit_code, category_code, channel, people_count,
                                                 duration_minutes, outcome, author_subject, author_username)
                        values (?, ?, ?, ?, ?, ?, 15, ?, 'bench', ?) returning id""");
                link = db.prepareStatement("update idempotency_key set status = 201, location = ?, body = ? "
                        + "where tenant_id = ? and idem_key = ?");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** What the application sets on every connection it hands out: the tenant and the actor. */
        static void enter(Connection db, String tenant) throws SQLException {
            try (PreparedStatement settings = db.prepareStatement("select set_config('sohoa.tenant_id', ?, false), "
                    + "set_config('sohoa.actor_subject', 'bench', false), set_config('sohoa.actor_username', ?, false)")) {
                settings.setString(1, tenant);
                settings.setString(2, MEMBER);
                settings.execute();
            }
        }

        void write(Record record) throws SQLException {
            String key = UUID.randomUUID().toString();
            claim.setString(1, tenant);
            claim.setString(2, key);
            claim.setString(3, "%064x".formatted(key.hashCode()));
            claim.executeUpdate();
            insert.setString(1, tenant);
            insert.setObject(2, java.sql.Timestamp.from(record.occurredAt()));
            insert.setString(3, UNIT);
            insert.setString(4, record.category());
            insert.setString(5, record.channel());
            insert.setInt(6, record.people());
            insert.setString(7, record.outcome());
            insert.setString(8, MEMBER);
            long id;
            try (ResultSet created = insert.executeQuery()) {
                created.next();
                id = created.getLong(1);
            }
            // The application keeps the answer it gave, so a retry gets it again; a body of the same size.
            link.setString(1, "/api/v1/tenants/" + tenant + "/support-logs/" + id);
            link.setString(2, "{\"id\":" + id + ",\"unitCode\":\"" + UNIT + "\",\"categoryCode\":\""
                    + record.category() + "\",\"channel\":\"" + record.channel() + "\",\"peopleCount\":"
                    + record.people() + ",\"outcome\":\"" + record.outcome() + "\",\"version\":0}");
            link.setString(3, tenant);
            link.setString(4, key);
            link.executeUpdate();
            db.commit();
        }
    }

    /**
     * CPU time of the processes a round keeps busy, from {@code /proc/<pid>/stat}: this client, the server's
     * JVM (when its pid is known) and every PostgreSQL backend connected to the benchmark's database (the
     * server's pool, or the JDBC writers). Keycloak is not asked during a round; PostgreSQL's own background
     * processes are shared with the rest of the machine and left out.
     */
    static final class CpuMeter {

        /** A round and the CPU it took. */
        record Measured(Result result, Use cpu) {}

        /** CPU per request of one round, in milliseconds. */
        record Use(double client, double server, double database) {
            double total() {
                return client + server + database;
            }
        }

        private final String jdbcUrl;
        private final long serverPid;
        private final double nanosPerTick;

        CpuMeter(String jdbcUrl, long serverPid) throws Exception {
            this.jdbcUrl = jdbcUrl;
            this.serverPid = serverPid;
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
            this.nanosPerTick = 1e9 / Long.parseLong(new String(getconf.getInputStream().readAllBytes()).strip());
        }

        Measured during(String what, Round round) throws Exception {
            long client = ticks(ProcessHandle.current().pid());
            long server = serverPid > 0 ? ticks(serverPid) : 0;
            Map<Long, Long> backends = backends();
            Result result = round.run();
            Map<Long, Long> after = backends();
            result.print(what);
            int requests = result.nanos().length;
            long database = after.entrySet().stream()
                    .mapToLong(backend -> backend.getValue() - backends.getOrDefault(backend.getKey(), 0L)).sum();
            Use use = new Use(perRequest(ticks(ProcessHandle.current().pid()) - client, requests),
                    serverPid > 0 ? perRequest(ticks(serverPid) - server, requests) : 0,
                    perRequest(database, requests));
            System.out.printf("%-45s client %.2f ms, server %.2f ms, PostgreSQL %.2f ms, total %.2f ms%n",
                    what + ", CPU per request:", use.client(), use.server(), use.database(), use.total());
            return new Measured(result, use);
        }

        private double perRequest(long ticks, int requests) {
            return ticks * nanosPerTick / 1e6 / requests;
        }

        /** The database's backends other than this one, with the CPU ticks each has used so far. */
        private Map<Long, Long> backends() throws SQLException, IOException {
            Map<Long, Long> ticks = new HashMap<>();
            try (Connection db = DriverManager.getConnection(jdbcUrl, "sohoa_app", "sohoa_app");
                 ResultSet pids = db.createStatement().executeQuery("select pid from pg_stat_activity "
                         + "where datname = current_database() and pid <> pg_backend_pid()")) {
                while (pids.next()) {
                    long pid = pids.getLong(1);
                    ticks.put(pid, ticks(pid));
                }
            }
            return ticks;
        }

        /** User and system CPU ticks of a process so far; 0 once it has gone. */
        private static long ticks(long pid) throws IOException {
            Path stat = Path.of("/proc", String.valueOf(pid), "stat");
            if (!Files.exists(stat)) {
                return 0;
            }
            String text = Files.readString(stat);
            // The fields after the command name, which is in parentheses: utime and stime are the 12th and 13th.
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }
    }

    /** Latencies of one run and how long the run took. */
    record Result(long[] nanos, long elapsedNanos) {

        double perSecond() {
            return nanos.length / (elapsedNanos / 1e9);
        }

        void print(String what) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            System.out.printf("%-45s %,7d requests  %,8.0f/s  p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", what,
                    sorted.length, perSecond(), percentile(sorted, 0.50), percentile(sorted, 0.99),
                    sorted[sorted.length - 1] / 1e6);
        }

        private static double percentile(long[] sorted, double share) {
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] / 1e6;
        }
    }
}
