import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Training at scale, through the API of a running Sohoa and, as the reference, with plain SQL on the same database:
 *
 * <ol>
 *   <li>a province with a number of communes (default 3,000) and team members spread over them (default 50,000),
 *       written with plain SQL as the application role;</li>
 *   <li>{@code POST …/training-assignments}: one request enrolling every team member of the province, timed, with
 *       the count it answers; the reference runs the same rule for a second course straight in the database
 *       ({@code training_assign}, as the application's role), so the ratio is the API's own cost; the plain-SQL
 *       reference inserts the same rule's enrolments for a third course with the statement of {@code training_assign}
 *       and every trigger of {@code enrolment} off (no audit, no tallies), rolled back;</li>
 *   <li>40% of the enrolments completed (one UPDATE, which the tally triggers follow);</li>
 *   <li>{@code GET …/training-overview?course=} of the province, read from the tallies: p50/p99; the reference is
 *       the plain GROUP BY over the enrolments and the tenant tree that the overview would otherwise run, with its
 *       figures checked equal.</li>
 * </ol>
 *
 * <pre>java -cp postgresql.jar bench/TrainingBench.java base-url database [members] [communes]</pre>
 */
public class TrainingBench {

    private static final String TOKEN_URL = "http://127.0.0.1:8180/realms/sohoa/protocol/openid-connect/token";
    private static final int READS = 200;
    private static final String REFERENCE = """
            select g.code, count(*) filter (where e.assigned), count(*), count(*) filter (where e.completed_at is not null),
                   count(*) filter (where e.assigned and e.completed_at is null and e.due_date < current_date)
            from tenant r join tenant t on t.path <@ r.path join enrolment e on e.tenant_id = t.code
            left join tenant g on g.path = subpath(t.path, 0, nlevel(r.path) + 1) and t.code <> r.code
            where r.code = ? and e.course_id = ? group by g.code""";

    private static final String PLAIN_INSERT = """
            insert into enrolment as e (tenant_id, course_id, user_subject, username, role, source, assignment_id, assigned,
                                        due_date, enrolled_at)
            select m.tenant_id, c.id, m.user_subject, m.username, m.role, 'ASSIGNMENT', r.id, true, r.due_date, now()
              from training_assignment r
              join tenant rule_tenant on rule_tenant.code = r.tenant_id
              join tenant under_tenant on under_tenant.code = r.under_code and under_tenant.path <@ rule_tenant.path
              join course c on c.id = r.course_id
              join tenant owner_tenant on owner_tenant.code = c.tenant_id
              join tenant t on t.path <@ under_tenant.path and t.path <@ owner_tenant.path and t.status = 'ACTIVE'
              join membership m on m.tenant_id = t.code and m.role = r.role
             where r.id = ?
               and (t.code = c.tenant_id or (c.sharing = 'DESCENDANTS' and c.published_version > 0
                    and (cardinality(c.shared_kinds) = 0 or t.kind = any (c.shared_kinds))))
            on conflict (tenant_id, course_id, user_subject) do update
               set assigned = true, assignment_id = excluded.assignment_id, role = excluded.role,
                   due_date = case when e.assigned then least(e.due_date, excluded.due_date) else excluded.due_date end
             where not e.assigned or e.due_date is distinct from least(e.due_date, excluded.due_date)""";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final String jdbcUrl;
    private final String province = "BTR" + UUID.randomUUID().toString().substring(0, 6);

    TrainingBench(String base, String database) {
        this.base = base;
        this.jdbcUrl = "jdbc:postgresql://127.0.0.1:5432/" + database;
    }

    public static void main(String[] args) throws Exception {
        TrainingBench bench = new TrainingBench(args.length > 0 ? args[0] : "http://127.0.0.1:8093",
                args.length > 1 ? args[1] : "sohoa_bench");
        int members = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        int communes = args.length > 3 ? Integer.parseInt(args[3]) : 3_000;
        String admin = bench.token("province.admin");
        bench.setUp(admin, members, communes);
        long course = bench.course(admin, "BENCH-A");
        long reference = bench.course(admin, "BENCH-B");
        long plain = bench.course(admin, "BENCH-C");

        long start = System.nanoTime();
        String answer = bench.send("POST", "/api/v1/tenants/" + bench.province + "/training-assignments", admin,
                "{\"courseId\":%d,\"role\":\"TEAM_MEMBER\",\"dueDate\":\"2099-12-31\"}".formatted(course), 201);
        double apiMs = (System.nanoTime() - start) / 1e6;
        System.out.printf("API assignment: %s in %,.0f ms%n", field(answer, "enrolled"), apiMs);
        double sqlMs = bench.assignInDatabase(reference);
        System.out.printf("API / SQL time: %.2f%n", apiMs / sqlMs);
        double plainMs = bench.plainInsert(plain);
        System.out.printf("API / plain insert time: %.2f%n", apiMs / plainMs);

        bench.completeShare(course);
        String reader = bench.token("province.admin"); // the first token has expired by now
        String path = "/api/v1/tenants/" + bench.province + "/training-overview?course=" + course;
        long[] api = bench.time(() -> bench.send("GET", path, reader, null, 200));
        print("API overview", api);
        long[] sql = bench.time(() -> bench.groupBy(course));
        print("plain GROUP BY", sql);
        String last = bench.token("province.admin"); // the reads under load may outlast a token
        System.out.printf("overview answers %s enrolled, %s completed; GROUP BY %s%n",
                field(bench.send("GET", path, last, null, 200), "enrolled"),
                field(bench.send("GET", path, last, null, 200), "completed"), bench.groupBy(course));
        System.out.printf("p50 API / GROUP BY: %.2f%n", (double) api[api.length / 2] / sql[sql.length / 2]);
    }

    /** The province through the API, its communes and team members with plain SQL as the application role. */
    void setUp(String admin, int members, int communes) throws Exception {
        send("POST", "/api/v1/tenants", admin, "{\"code\":\"%s\",\"name\":\"Tỉnh Thử Tải\",\"kind\":\"PROVINCE\"}"
                .formatted(province), 201);
        long start = System.nanoTime();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "sohoa_app", "sohoa_app")) {
            try (PreparedStatement tenants = db.prepareStatement("""
                    insert into tenant (code, name, kind, parent_code)
                    select ? || '-' || g, 'Xã ' || g, 'COMMUNE', ? from generate_series(1, ?) g""")) {
                tenants.setString(1, province);
                tenants.setString(2, province);
                tenants.setInt(3, communes);
                tenants.executeUpdate();
            }
            PreparedStatement enter = db.prepareStatement("select set_config('sohoa.tenant_id', ?, false)");
            PreparedStatement add = db.prepareStatement("""
                    insert into membership (tenant_id, user_subject, username, role)
                    select ?, ? || '-' || g, 'tcns.' || ? || '.' || g, 'TEAM_MEMBER' from generate_series(1, ?) g""");
            for (int i = 1; i <= communes; i++) {
                String code = province + "-" + i;
                enter.setString(1, code);
                enter.execute();
                add.setString(1, code);
                add.setString(2, code);
                add.setString(3, code);
                add.setInt(4, members / communes + (i <= members % communes ? 1 : 0));
                add.executeUpdate();
            }
        }
        System.out.printf("province %s: %,d communes, %,d team members written in %,d s%n", province, communes, members,
                (System.nanoTime() - start) / 1_000_000_000L);
    }

    long course(String admin, String code) throws Exception {
        String created = send("POST", "/api/v1/tenants/" + province + "/courses", admin, """
                {"code":"%s","title":"Kỹ năng số cơ bản","audiences":["TEAM_MEMBER"],"sharing":"DESCENDANTS",
                 "sections":[{"title":"Một","lessons":[{"kind":"TEXT","title":"Bài","body":"Nội dung"}]}]}"""
                .formatted(code), 201);
        long id = Long.parseLong(field(created, "id"));
        send("POST", "/api/v1/tenants/" + province + "/courses/" + id + "/publish", admin, null, 200);
        return id;
    }

    double assignInDatabase(long course) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "sohoa_app", "sohoa_app")) {
            db.setAutoCommit(false);
            long start = System.nanoTime();
            db.prepareStatement("select set_config('sohoa.tenant_id', '" + province + "', false)").execute();
            PreparedStatement rule = db.prepareStatement("insert into training_assignment (tenant_id, course_id, role, "
                    + "under_code, due_date) values (?, ?, 'TEAM_MEMBER', ?, date '2099-12-31') returning id");
            rule.setString(1, province);
            rule.setLong(2, course);
            rule.setString(3, province);
            ResultSet id = rule.executeQuery();
            id.next();
            PreparedStatement assign = db.prepareStatement("select training_assign(?, now())");
            assign.setLong(1, id.getLong(1));
            ResultSet count = assign.executeQuery();
            count.next();
            db.commit();
            double ms = (System.nanoTime() - start) / 1e6;
            System.out.printf("SQL assignment: %,d in %,.0f ms%n", count.getLong(1), ms);
            return ms;
        }
    }

    /**
     * The plain-SQL reference: the enrolments of the same rule (for a third course) inserted by the statement of
     * {@code training_assign} with every trigger of {@code enrolment} off (no audit, no tallies; the foreign keys,
     * indexes and row-level security stay), as the owner, rolled back.
     */
    double plainInsert(long course) throws Exception {
        try (Connection owner = DriverManager.getConnection(jdbcUrl, "sohoa_owner", "sohoa_owner")) {
            owner.setAutoCommit(false);
            owner.prepareStatement("select set_config('sohoa.tenant_id', '" + province + "', true)").execute();
            PreparedStatement rule = owner.prepareStatement("insert into training_assignment (tenant_id, course_id, "
                    + "role, under_code, due_date) values (?, ?, 'TEAM_MEMBER', ?, date '2099-12-31') returning id");
            rule.setString(1, province);
            rule.setLong(2, course);
            rule.setString(3, province);
            ResultSet id = rule.executeQuery();
            id.next();
            owner.createStatement().execute("alter table enrolment disable trigger user");
            PreparedStatement insert = owner.prepareStatement(PLAIN_INSERT);
            insert.setLong(1, id.getLong(1));
            long start = System.nanoTime();
            int rows = insert.executeUpdate();
            double ms = (System.nanoTime() - start) / 1e6;
            owner.rollback();
            System.out.printf("plain insert, no triggers: %,d in %,.0f ms%n", rows, ms);
            return ms;
        }
    }

    void completeShare(long course) throws Exception {
        try (Connection owner = DriverManager.getConnection(jdbcUrl, "sohoa_owner", "sohoa_owner")) {
            PreparedStatement complete = owner.prepareStatement("update enrolment set completed_at = now(), "
                    + "completed_on = current_date where course_id = ? and id % 5 < 2");
            complete.setLong(1, course);
            System.out.printf("completed %,d enrolments%n", complete.executeUpdate());
            owner.createStatement().execute("vacuum analyze enrolment");
        }
    }

    String groupBy(long course) throws Exception {
        try (Connection owner = DriverManager.getConnection(jdbcUrl, "sohoa_owner", "sohoa_owner");
             PreparedStatement query = owner.prepareStatement(REFERENCE)) {
            query.setString(1, province);
            query.setLong(2, course);
            long enrolled = 0;
            long completed = 0;
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    enrolled += rows.getLong(3);
                    completed += rows.getLong(4);
                }
            }
            return enrolled + " enrolled, " + completed + " completed";
        }
    }

    long[] time(Operation operation) throws Exception {
        for (int i = 0; i < READS / 4; i++) {
            operation.run();
        }
        long[] nanos = new long[READS];
        for (int i = 0; i < READS; i++) {
            long start = System.nanoTime();
            operation.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    static void print(String what, long[] sorted) {
        System.out.printf("%s: p50 %.1f ms, p99 %.1f ms (%d reads)%n", what, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6, sorted.length);
    }

    static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        return value.find() ? value.group(1) : "?";
    }

    String send(String method, String path, String token, String json, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token);
        request = json != null
                ? request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json))
                : request.method(method, HttpRequest.BodyPublishers.noBody());
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": HTTP " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return response.body();
    }

    String token(String username) throws Exception {
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
        Object run() throws Exception;
    }
}
