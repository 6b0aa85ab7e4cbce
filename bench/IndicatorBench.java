import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indicators at the scale of a country's communes, through the API of a running Sohoa and, as the reference,
 * with plain JDBC and plain SQL on the same database:
 *
 * <ol>
 *   <li>a province with 3,300 communes (tenant import), 25 indicators (15 counts, 10 percentages) and a monthly
 *       data set; 12 months of submitted forms written with JDBC as the application role (39,600 forms,
 *       990,000 values, audit triggers and row-level security included);</li>
 *   <li>approval throughput: {@code POST …/approve} from client threads, against the same approval done with
 *       JDBC as the application role (the trigger that keeps the approved values runs in both);</li>
 *   <li>the province roll-up of one month, {@code GET …/indicator-rollup}: latency p50/p99; the shell script
 *       times the plain GROUP BY over the raw form values beside it (see indicators.sh).</li>
 * </ol>
 *
 * <pre>java -cp postgresql.jar bench/IndicatorBench.java base-url database [communes] [approvals] [threads]</pre>
 */
public class IndicatorBench {

    private static final String TOKEN_URL = "http://127.0.0.1:8180/realms/sohoa/protocol/openid-connect/token";
    private static final int MONTHS = 12;
    private static final int COUNTS = 15;
    private static final int SHARES = 10;
    private static final String YEAR = "2025";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final String jdbcUrl;
    private final String province = "BI" + UUID.randomUUID().toString().substring(0, 6);
    private final String dataSet = "BC-" + province;
    private final List<String> communes = new ArrayList<>();
    private String token;
    private long tokenFetched;
    private long dataSetId;

    IndicatorBench(String base, String database) {
        this.base = base;
        this.jdbcUrl = "jdbc:postgresql://127.0.0.1:5432/" + database;
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8093";
        String database = args.length > 1 ? args[1] : "sohoa_bench";
        int communes = args.length > 2 ? Integer.parseInt(args[2]) : 3300;
        int approvals = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 8;
        IndicatorBench bench = new IndicatorBench(base, database);
        bench.setUp(communes);
        bench.fill();

        bench.approveApi(YEAR + "-10", 300, threads).print("API approve (warm-up)");
        Result api = bench.approveApi(YEAR + "-12", approvals, threads);
        api.print("API approve");
        bench.approveJdbc(YEAR + "-09", 300, threads).print("JDBC approve (warm-up)");
        Result jdbc = bench.approveJdbc(YEAR + "-11", approvals, threads);
        jdbc.print("JDBC approve");
        System.out.printf("API / JDBC approval throughput: %.2f%n", api.perSecond() / jdbc.perSecond());

        bench.approveAll(threads);
        String path = "/api/v1/tenants/" + bench.province + "/indicator-rollup?dataSet=" + bench.dataSet + "&period="
                + YEAR + "-06";
        for (int i = 0; i < 20; i++) {
            bench.send("GET", path, null, 200);
        }
        run(100, 1, () -> bench.send("GET", path, null, 200)).print("API province roll-up (one month)");
        System.out.printf("REFERENCE %s %d %s-06%n", bench.province, bench.dataSetId, YEAR);
    }

    /** The province, its communes, the indicators and the data set, through the API. */
    void setUp(int count) throws Exception {
        StringBuilder csv = new StringBuilder("code,name,kind,parentCode\n" + province + ",Tỉnh Thử Tải,PROVINCE,\n");
        for (int c = 1; c <= count; c++) {
            communes.add(province + "-" + c);
            csv.append(province).append('-').append(c).append(",Xã Thử Tải ").append(c).append(",COMMUNE,")
                    .append(province).append('\n');
        }
        long start = System.nanoTime();
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tenants/import"))
                .header("Authorization", "Bearer " + token()).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (imported.statusCode() != 201) {
            throw new IllegalStateException("Import: " + imported.statusCode() + " " + imported.body());
        }
        System.out.printf("province %s with %,d communes imported in %,d s%n", province, count,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= COUNTS + SHARES; i++) {
            boolean share = i > COUNTS;
            String code = (share ? "P" : "N") + i;
            codes.add(code);
            send("POST", "/api/v1/tenants/" + province + "/indicators", """
                    {"code":"%s","name":"Chỉ số %s","unit":"%s","kind":"%s","acrossTenants":"%s","acrossPeriods":"SUM",\
                    "direction":"UP"}""".formatted(code, code, share ? "%" : "số", share ? "PERCENT" : "NUMBER",
                    share ? "RATIO" : "SUM"), 201);
        }
        send("POST", "/api/v1/tenants/" + province + "/data-sets", """
                {"code":"%s","name":"Báo cáo thử tải","periodType":"MONTH","window":"CALENDAR","indicatorCodes":[%s],\
                "assignedKinds":["COMMUNE"],"dueDays":5}""".formatted(dataSet,
                String.join(",", codes.stream().map(c -> "\"" + c + "\"").toList())), 201);
        try (Connection db = connect(province);
             PreparedStatement find = db.prepareStatement("select id from data_set where tenant_id = ? and code = ?")) {
            find.setString(1, province);
            find.setString(2, dataSet);
            try (ResultSet row = find.executeQuery()) {
                row.next();
                dataSetId = row.getLong(1);
            }
        }
    }

    /** Twelve submitted forms of 25 values per commune, with JDBC as the application role, tenant by tenant. */
    void fill() throws Exception {
        long start = System.nanoTime();
        forEachCommune(communes, 4, (db, commune) -> {
            try (PreparedStatement forms = db.prepareStatement("""
                    insert into report_form (tenant_id, data_set_id, period, period_start, period_end, due_date, state,
                                             first_submitted_at, submitted_at, submitted_by)
                    select ?, ?, to_char(m, 'YYYY-MM'), m, (m + interval '1 month - 1 day')::date,
                           (m + interval '1 month 4 days')::date, 'SUBMITTED', now(), now(), 'bench'
                    from generate_series(date '2025-01-01', date '2025-12-01', interval '1 month') m""");
                 PreparedStatement values = db.prepareStatement("""
                    insert into report_value (tenant_id, form_id, indicator_code, value, numerator, denominator)
                    select f.tenant_id, f.id, 'N' || n, (random() * 100)::int, null, null
                    from report_form f cross join generate_series(1, 15) n where f.tenant_id = ?
                    union all
                    select f.tenant_id, f.id, 'P' || n, null, d * 0.6, d
                    from report_form f cross join generate_series(16, 25) n
                         cross join lateral (select 20 + (random() * 80)::int as d) dd
                    where f.tenant_id = ?""")) {
                forms.setString(1, commune);
                forms.setLong(2, dataSetId);
                forms.executeUpdate();
                values.setString(1, commune);
                values.setString(2, commune);
                values.executeUpdate();
            }
        });
        System.out.printf("%,d forms, %,d values written in %,d s%n", communes.size() * MONTHS,
                communes.size() * MONTHS * (COUNTS + SHARES), TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
        try (Connection owner = DriverManager.getConnection(jdbcUrl, "sohoa_owner", "sohoa_owner")) {
            owner.createStatement().execute("vacuum analyze report_form");
            owner.createStatement().execute("vacuum analyze report_value");
        }
    }

    Result approveApi(String period, int count, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        return run(count, threads, () -> send("POST", "/api/v1/tenants/" + communes.get(next.getAndIncrement())
                + "/reports/" + dataSet + "/" + period + "/approve", null, 200));
    }

    /** The approval as the application's role does it in the database: one UPDATE, one commit. */
    Result approveJdbc(String period, int count, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                Connection db = DriverManager.getConnection(jdbcUrl, "sohoa_app", "sohoa_app");
                db.setAutoCommit(false);
                return db;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return run(count, threads, () -> {
            Connection db = connections.get();
            String commune = communes.get(next.getAndIncrement());
            enter(db, commune);
            try (PreparedStatement approve = db.prepareStatement("update report_form set state = 'APPROVED', "
                    + "decided_at = now(), decided_by = 'bench', version = version + 1 "
                    + "where tenant_id = ? and data_set_id = ? and period = ? and state = 'SUBMITTED'")) {
                approve.setString(1, commune);
                approve.setLong(2, dataSetId);
                approve.setString(3, period);
                if (approve.executeUpdate() != 1) {
                    throw new IllegalStateException("Nothing to approve in " + commune);
                }
            }
            db.commit();
        });
    }

    /** Every remaining form approved, so the roll-up reads the approved values of all communes. */
    void approveAll(int threads) throws Exception {
        long start = System.nanoTime();
        forEachCommune(communes, threads, (db, commune) -> {
            try (PreparedStatement approve = db.prepareStatement("update report_form set state = 'APPROVED', "
                    + "decided_at = now(), decided_by = 'bench', version = version + 1 "
                    + "where tenant_id = ? and state = 'SUBMITTED'")) {
                approve.setString(1, commune);
                approve.executeUpdate();
            }
        });
        try (Connection owner = DriverManager.getConnection(jdbcUrl, "sohoa_owner", "sohoa_owner")) {
            owner.createStatement().execute("vacuum analyze approved_value");
        }
        System.out.printf("all forms approved in %,d s%n", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
    }

    interface TenantWork {
        void run(Connection db, String tenant) throws Exception;
    }

    private void forEachCommune(List<String> tenants, int threads, TenantWork work) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                try (Connection db = DriverManager.getConnection(jdbcUrl, "sohoa_app", "sohoa_app")) {
                    db.setAutoCommit(false);
                    for (int i = next.getAndIncrement(); i < tenants.size(); i = next.getAndIncrement()) {
                        enter(db, tenants.get(i));
                        work.run(db, tenants.get(i));
                        db.commit();
                    }
                }
                return null;
            }));
        }
        try {
            for (var future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow(); // a failed request ends the run instead of leaving the other threads at work
        }
    }

    private Connection connect(String tenant) throws SQLException {
        Connection db = DriverManager.getConnection(jdbcUrl, "sohoa_app", "sohoa_app");
        enter(db, tenant);
        return db;
    }

    /** What the application sets on every connection it hands out: the tenant and the actor. */
    private static void enter(Connection db, String tenant) throws SQLException {
        try (PreparedStatement settings = db.prepareStatement("select set_config('sohoa.tenant_id', ?, false), "
                + "set_config('sohoa.actor_subject', 'bench', false), set_config('sohoa.actor_username', 'bench', false)")) {
            settings.setString(1, tenant);
            settings.execute();
        }
    }

    private void send(String method, String path, String body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token()).header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
    }

    /**
     * The province admin's token, fetched again after two minutes: a run on a loaded machine outlasts the
     * realm's access-token lifetime, and the requests must not start failing with 401 half-way.
     */
    private synchronized String token() throws Exception {
        if (token == null || System.nanoTime() - tokenFetched > TimeUnit.MINUTES.toNanos(2)) {
            token = token("province.admin");
            tokenFetched = System.nanoTime();
        }
        return token;
    }

    private String token(String username) throws Exception {
        String form = "grant_type=password&client_id=sohoa-cli&password=demo&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
        if (!token.find()) {
            throw new IllegalStateException("No token for " + username + ": " + response.body());
        }
        return token.group(1);
    }

    interface Operation {
        void run() throws Exception;
    }

    /** Runs {@code count} operations from {@code threads} threads, timing each one. */
    private static Result run(int count, int threads, Operation operation) throws Exception {
        long[] nanos = new long[count];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long begin = System.nanoTime();
                    operation.run();
                    nanos[i] = System.nanoTime() - begin;
                }
                return null;
            }));
        }
        try {
            for (var future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(nanos, System.nanoTime() - start);
    }

    /** Latencies of one run and how long the run took. */
    record Result(long[] nanos, long elapsedNanos) {

        double perSecond() {
            return nanos.length / (elapsedNanos / 1e9);
        }

        void print(String what) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            System.out.printf("%-40s %,7d requests  %,8.0f/s  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n", what,
                    sorted.length, perSecond(), percentile(sorted, 0.50), percentile(sorted, 0.99),
                    sorted[sorted.length - 1] / 1e6);
        }

        private static double percentile(long[] sorted, double share) {
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] / 1e6;
        }
    }
}
