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
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Province dashboards at country scale, through the API of a running Sohoa, beside the naive GROUP BY over the
 * raw records on the same database:
 *
 * <ol>
 *   <li>a set-based bulk load as the owner: 50,000 tenants (a country root, 34 provinces, 3,300 communes with ten
 *       hamlets each, 40,000 schools under the communes, 6,665 departments under the provinces), the support
 *       records with their audit and tally triggers, foreign keys and secondary indexes off and their three tallies
 *       written by GROUP BY in the same statement, the keys and indexes built back after, the team members, and every
 *       tally checked against a recount;</li>
 *   <li>{@code GET /api/v1/tenants/BP01/dashboard} for a province of 97 communes over the last 91 days: warm
 *       (cached, once the server's JIT has settled) and uncached (a new period each time, so the tallies are
 *       read), p50 and p95;</li>
 *   <li>the naive query the dashboard replaces, the GROUP BY by week and category over the province's raw
 *       records of the same period, median of its runs, and the factor;</li>
 *   <li>the ranking of the country's children on acts, which adds up the figures of all 3,300 communes, and of the
 *       province's 97 communes and 196 departments on coverage, uncached.</li>
 * </ol>
 *
 * <pre>java -cp postgresql.jar bench/DashboardBench.java base-url database [records] [members]</pre>
 */
public class DashboardBench {

    private static final String TOKEN_URL = "http://127.0.0.1:8180/realms/sohoa/protocol/openid-connect/token";
    private static final String PROVINCE = "BP01";
    private static final int WARM = 300;
    private static final int UNCACHED = 40;
    private static final int NAIVE = 7;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final String jdbcUrl;
    private final LocalDate today = LocalDate.now(ZoneOffset.ofHours(7));
    private String token;

    DashboardBench(String base, String database) {
        this.base = base;
        this.jdbcUrl = "jdbc:postgresql://127.0.0.1:5432/" + database;
    }

    public static void main(String[] args) throws Exception {
        DashboardBench bench = new DashboardBench(args[0], args[1]);
        long records = args.length > 2 ? Long.parseLong(args[2]) : 10_000_000;
        long members = args.length > 3 ? Long.parseLong(args[3]) : 200_000;
        bench.awaitReady();
        try (Connection owner = DriverManager.getConnection(bench.jdbcUrl, "sohoa_owner", "sohoa_owner")) {
            if (loaded(owner)) {
                System.out.println("reusing the data already loaded in " + args[1] + " (BENCH_KEEP_DB)");
            } else {
                new BulkLoad(owner, bench.today).run(records, members);
            }
            bench.token = bench.token("province.admin");
            bench.measure(owner);
        }
    }

    /** A database kept from an earlier run (BENCH_KEEP_DB=1) already holds the country. */
    private static boolean loaded(Connection owner) throws Exception {
        try (Statement statement = owner.createStatement();
             ResultSet row = statement.executeQuery("select count(*) from tenant where code = 'VN'")) {
            row.next();
            return row.getLong(1) > 0;
        }
    }

    /** The server migrates the database before it is ready; on a busy machine that outlasts the script's wait. */
    private void awaitReady() throws Exception {
        for (int i = 0; i < 600; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The server did not become ready in ten minutes");
    }

    private void measure(Connection owner) throws Exception {
        LocalDate from = today.minusDays(90);
        String period = "from=" + from + "&to=" + today;
        String dashboard = "/api/v1/tenants/" + PROVINCE + "/dashboard?";
        List<Long> warm = warmedUp(() -> get(dashboard + period));
        print("API dashboard, warm (cached)", warm);
        token = token("province.admin");
        List<Long> uncached = new ArrayList<>();
        for (int i = 1; i <= UNCACHED; i++) {
            String shifted = "from=" + from.minusDays(i) + "&to=" + today.minusDays(i);
            uncached.add(timed(() -> get(dashboard + shifted)));
        }
        print("API dashboard, uncached (tallies)", uncached);
        List<Long> naive = new ArrayList<>();
        try (Statement lift = owner.createStatement()) {
            lift.execute("alter table support_log no force row level security");
        }
        try {
            for (int i = 0; i < NAIVE; i++) {
                naive.add(timed(() -> naive(owner, from, today)));
            }
        } finally {
            try (Statement restore = owner.createStatement()) {
                restore.execute("alter table support_log force row level security");
            }
        }
        print("naive GROUP BY over raw records (SQL only)", naive);
        System.out.printf("factor naive p50 / API warm p50: %.0f×; naive p50 / API uncached p50: %.1f×%n",
                (double) percentile(naive, 50) / percentile(warm, 50),
                (double) percentile(naive, 50) / percentile(uncached, 50));
        token = token("province.admin"); // a Keycloak token lives five minutes; the naive queries outlast it
        List<Long> country = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            String shifted = "metric=acts&from=" + from.minusDays(100 + i) + "&to=" + today.minusDays(100 + i);
            country.add(timed(() -> get("/api/v1/tenants/VN/dashboard/children?" + shifted)));
        }
        print("API ranking of the country's provinces on acts (3,300 communes), uncached", country);
        List<Long> naiveCountry = new ArrayList<>();
        try (Statement lift = owner.createStatement()) {
            lift.execute("alter table support_log no force row level security");
        }
        try {
            for (int i = 1; i <= 3; i++) {
                LocalDate shifted = from.minusDays(100 + i);
                naiveCountry.add(timed(() -> naiveRanking(owner, shifted, shifted.plusDays(90))));
            }
        } finally {
            try (Statement restore = owner.createStatement()) {
                restore.execute("alter table support_log force row level security");
            }
        }
        print("naive GROUP BY of the country's raw records by province (SQL only)", naiveCountry);
        System.out.printf("factor naive ranking p50 / API ranking p50: %.1f×%n",
                (double) percentile(naiveCountry, 50) / percentile(country, 50));
        token = token("province.admin");
        List<Long> province = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            String shifted = "metric=coverage&from=" + from.minusDays(200 + i) + "&to=" + today.minusDays(200 + i);
            province.add(timed(() -> get("/api/v1/tenants/" + PROVINCE + "/dashboard/children?" + shifted)));
        }
        print("API ranking of a province's 293 children on coverage, uncached", province);
    }

    /**
     * The cached dashboard once the server is warm: rounds of {@value #WARM} requests until two in a row have the
     * same p50 within 10% (at most ten), then the round that counts. A server just started has its JIT compiler
     * busy for the first thousands of requests, as in {@code SupportLogBench}; "warm" is the state it then settles
     * in, with the figures cached.
     */
    private static List<Long> warmedUp(Operation request) throws Exception {
        long previous = 0;
        for (int round = 1; round <= 10; round++) {
            List<Long> warmUp = new ArrayList<>();
            for (int i = 0; i < WARM; i++) {
                warmUp.add(timed(request));
            }
            long p50 = percentile(warmUp, 50);
            print("API dashboard, warm-up round " + round, warmUp);
            if (Math.abs(p50 - previous) < 0.1 * p50) {
                break;
            }
            previous = p50;
        }
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < WARM; i++) {
            warm.add(timed(request));
        }
        return warm;
    }

    /** What a dashboard without tallies would run: the records of the subtree by week and category. */
    private static void naive(Connection owner, LocalDate from, LocalDate to) throws Exception {
        try (PreparedStatement query = owner.prepareStatement("""
                select date_trunc('week', (l.occurred_at at time zone 'Asia/Ho_Chi_Minh')::date), l.category_code,
                       count(*), sum(l.people_count)
                from support_log l
                where l.tenant_id in (select t.code from tenant t join tenant p on t.path <@ p.path where p.code = ?)
                  and l.deleted_at is null
                  and l.occurred_at >= (?::date)::timestamp at time zone 'Asia/Ho_Chi_Minh'
                  and l.occurred_at < (?::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'
                group by 1, 2""")) {
            query.setString(1, PROVINCE);
            query.setString(2, from.toString());
            query.setString(3, to.toString());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    rows.getLong(3);
                }
            }
        }
    }

    /** What a ranking of the country's provinces without tallies would run: every record of the period, by province. */
    private static void naiveRanking(Connection owner, LocalDate from, LocalDate to) throws Exception {
        try (PreparedStatement query = owner.prepareStatement("""
                select p.code, count(*), sum(l.people_count)
                from support_log l join tenant t on t.code = l.tenant_id
                join tenant p on p.parent_code = 'VN' and t.path <@ p.path
                where l.deleted_at is null
                  and l.occurred_at >= (?::date)::timestamp at time zone 'Asia/Ho_Chi_Minh'
                  and l.occurred_at < (?::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'
                group by 1""")) {
            query.setString(1, from.toString());
            query.setString(2, to.toString());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    rows.getLong(2);
                }
            }
        }
    }

    private void get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": HTTP " + response.statusCode() + " " + response.body());
        }
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

    static long timed(Operation operation) throws Exception {
        long start = System.nanoTime();
        operation.run();
        return (System.nanoTime() - start) / 1_000;
    }

    static long percentile(List<Long> micros, int p) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static void print(String what, List<Long> micros) {
        System.out.printf("%-75s n=%3d  p50 %8.2f ms  p95 %8.2f ms%n", what, micros.size(),
                percentile(micros, 50) / 1000.0, percentile(micros, 95) / 1000.0);
    }

    /**
     * The set-based load, as the owner, with the triggers that would write tallies and audit row by row off, and for the
     * large tables their foreign keys and secondary indexes too (see {@link #dropKeys}).
     */
    record BulkLoad(Connection owner, LocalDate today) {

        static final String SPAN_RECOUNT = """
                select count(*) from (select s.span, s.first_day, l.tenant_id, count(*) as records, sum(l.people_count) as people
                                      from support_log l
                                      cross join lateral (select (l.occurred_at at time zone 'Asia/Ho_Chi_Minh')::date as day) d
                                      cross join lateral (values ('D', d.day), ('W', date_trunc('week', d.day)::date),
                                                                 ('M', date_trunc('month', d.day)::date)) s (span, first_day)
                                      where l.deleted_at is null group by 1, 2, 3) r
                full join support_span_tally t using (span, first_day, tenant_id)
                where r.records is distinct from t.records or r.people is distinct from t.people""";

        static final List<String> RECOUNTED = List.of("support_log", "support_tally", "support_week_tally", "support_span_tally", "team",
                "team_member", "team_tally", "enrolment", "training_tally", "report_form", "report_value", "approved_value");

        void run(long records, long members) throws Exception {
            step("tenants (50,000)", """
                    alter table tenant disable trigger tenant_audit;
                    insert into tenant (code, name, kind) values ('VN', 'Cả nước', 'OTHER');
                    insert into tenant (code, name, kind, parent_code)
                      select 'BP' || lpad(p::text, 2, '0'), 'Tỉnh thử ' || p, 'PROVINCE', 'VN' from generate_series(1, 34) p;
                    insert into tenant (code, name, kind, parent_code)
                      select 'BC' || c, 'Xã thử ' || c, 'COMMUNE', 'BP' || lpad(((c - 1) % 34 + 1)::text, 2, '0')
                      from generate_series(1, 3300) c;
                    insert into tenant (code, name, kind, parent_code)
                      select 'BS' || s, 'Trường thử ' || s, 'SCHOOL', 'BC' || ((s - 1) % 3300 + 1) from generate_series(1, 40000) s;
                    insert into tenant (code, name, kind, parent_code)
                      select 'BD' || d, 'Sở thử ' || d, 'DEPARTMENT', 'BP' || lpad(((d - 1) % 34 + 1)::text, 2, '0')
                      from generate_series(1, 6665) d;
                    alter table tenant enable trigger tenant_audit;""");
            step("hamlets (33,000)", """
                    alter table unit disable trigger user;
                    alter table unit no force row level security;
                    insert into unit (tenant_id, code, name, type)
                      select 'BC' || c, 'AP' || h, 'Ấp ' || h, 'HAMLET' from generate_series(1, 3300) c, generate_series(1, 10) h;
                    alter table unit force row level security;
                    alter table unit enable trigger user;""");
            session("""
                    set work_mem = '256MB';
                    set maintenance_work_mem = '1GB';
                    set max_parallel_maintenance_workers = 2;
                    set synchronous_commit = off;""");
            List<String> support = List.of("support_log", "support_tally", "support_week_tally", "support_span_tally");
            List<String> rebuild = dropKeys(support);
            lift(true, support);
            step(String.format("support records (%,d) and their three tallies, in one pass", records), """
                    alter table support_log disable trigger user;
                    with generated as materialized (
                      select 'BC' || (n %% 3300 + 1) as tenant_id,
                             ('%s'::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh' - make_interval(secs => (n::bigint * 7919) %% (366 * 86400) + 1) as occurred_at,
                             'AP' || (n / 3300 %% 10 + 1) as unit_code,
                             (array['VNEID','DVC_ONLINE','CASHLESS','ECOMMERCE','E_HEALTH','DIGITAL_SIGNATURE','PUBLIC_APPS','ONLINE_SAFETY','OTHER'])[n %% 9 + 1] as category_code,
                             (array['HOME_VISIT','OFFICE','PHONE_OR_CHAT','COMMUNITY_EVENT'])[n %% 4 + 1] as channel,
                             case when n %% 5 = 0 then 1 + n %% 23 else 1 end as people_count
                      from generate_series(0, %d) n),
                    dated as materialized (
                      select tenant_id, (occurred_at at time zone 'Asia/Ho_Chi_Minh')::date as day, unit_code, category_code, people_count
                      from generated),
                    logged as (
                      insert into support_log (tenant_id, occurred_at, unit_code, category_code, channel, people_count, outcome,
                                               author_subject, author_username)
                      select tenant_id, occurred_at, unit_code, category_code, channel, people_count, 'DONE', 'bench', 'bench'
                      from generated),
                    days as (
                      insert into support_tally (tenant_id, day, unit_code, category_code, records, people)
                      select tenant_id, day, unit_code, category_code, count(*), sum(people_count) from dated group by 1, 2, 3, 4),
                    weeks as (
                      insert into support_week_tally (tenant_id, week, category_code, records, people)
                      select tenant_id, date_trunc('week', day)::date, category_code, count(*), sum(people_count)
                      from dated group by 1, 2, 3),
                    tenant_days as materialized (
                      select tenant_id, day, count(*) as records, sum(people_count) as people from dated group by 1, 2)
                    insert into support_span_tally (span, first_day, tenant_id, records, people)
                    select s.span, s.first_day, d.tenant_id, sum(d.records), sum(d.people)
                    from tenant_days d
                    cross join lateral (values ('D', d.day), ('W', date_trunc('week', d.day)::date),
                                               ('M', date_trunc('month', d.day)::date)) s (span, first_day)
                    group by 1, 2, 3 order by 1, 2, 3;
                    alter table support_log enable trigger user;""".formatted(today, records - 1));
            lift(false, support);
            step("their indexes and foreign keys, built back (one sort and one check each)", String.join(";\n", rebuild));
            step(String.format("team members (%,d) in 26,400 teams", members), """
                    alter table team disable trigger user;
                    alter table team_member disable trigger user;
                    alter table team no force row level security;
                    alter table team_member no force row level security;
                    insert into team (tenant_id, name, unit_code)
                      select 'BC' || c, 'Tổ CNS ấp ' || h, 'AP' || h from generate_series(1, 3300) c, generate_series(1, 8) h;
                    insert into team_member (tenant_id, team_id, full_name, role, start_date, end_date)
                      select t.tenant_id, t.id, 'Thành viên ' || n, case when n %% 7 = 0 then 'LEADER' else 'MEMBER' end,
                             '2025-07-01', case when n %% 10 = 0 then '2026-01-01'::date end
                      from generate_series(0, %d) n
                      join (select id, tenant_id, row_number() over (order by id) - 1 as k from team) t on t.k = n %% 26400;
                    alter table team_tally no force row level security;
                    insert into team_tally (tenant_id, team_id, day, unit_code, change)
                      select tenant_id, team_id, day, unit_code, sum(change) from (
                        select m.tenant_id, m.team_id, m.start_date as day, t.unit_code, 1 as change
                        from team_member m join team t on t.tenant_id = m.tenant_id and t.id = m.team_id
                        union all
                        select m.tenant_id, m.team_id, m.end_date, t.unit_code, -1
                        from team_member m join team t on t.tenant_id = m.tenant_id and t.id = m.team_id
                        where m.end_date is not null) c
                      group by 1, 2, 3, 4;
                    alter table team_tally force row level security;
                    alter table team force row level security;
                    alter table team_member force row level security;
                    alter table team enable trigger user;
                    alter table team_member enable trigger user;""".formatted(members - 1));
            step("enrolments (100,000) in one course, tallied per statement", """
                    alter table course disable trigger user;
                    alter table course no force row level security;
                    alter table enrolment disable trigger enrolment_audit;
                    alter table enrolment no force row level security;
                    insert into course (tenant_id, code, title, sharing, draft, published_version)
                      values ('VN', 'KNS-CB', 'Kỹ năng số cơ bản', 'DESCENDANTS', '{}', 1);
                    insert into enrolment (tenant_id, course_id, user_subject, username, role, source, assigned, due_date,
                                           enrolled_at, completed_at, completed_on)
                      select 'BC' || (n % 3300 + 1), c.id, 'bench-' || n, 'tcns.' || n, 'TEAM_MEMBER', 'ASSIGNMENT', true,
                             date '2026-12-31', timestamptz '2026-03-01', case when n % 5 < 2 then timestamptz '2026-06-01' end,
                             case when n % 5 < 2 then date '2026-06-01' end
                      from generate_series(0, 99999) n, course c where c.code = 'KNS-CB';
                    alter table course force row level security;
                    alter table enrolment force row level security;
                    alter table course enable trigger user;
                    alter table enrolment enable trigger enrolment_audit;""");
            List<String> values = dropKeys(List.of("report_value", "approved_value"));
            step("indicator values (3,300 communes × 12 months × 25), approved values written directly", """
                    alter table indicator disable trigger user;
                    alter table data_set disable trigger user;
                    alter table report_form disable trigger user;
                    alter table report_value disable trigger user;
                    alter table indicator no force row level security;
                    alter table data_set no force row level security;
                    alter table report_form no force row level security;
                    alter table report_value no force row level security;
                    alter table approved_value no force row level security;
                    insert into indicator (tenant_id, code, name, unit, kind, across_tenants, across_periods, direction)
                      select 'VN', case when i <= 15 then 'N' else 'P' end || i, 'Chỉ số ' || i,
                             case when i <= 15 then 'số' else '%' end, case when i <= 15 then 'NUMBER' else 'PERCENT' end,
                             case when i <= 15 then 'SUM' else 'RATIO' end, 'SUM', 'UP'
                      from generate_series(1, 25) i;
                    insert into data_set (tenant_id, code, name, period_type, period_window, indicator_codes, assigned_kinds, due_days)
                      select 'VN', 'BC-CDS', 'Báo cáo chuyển đổi số tháng', 'MONTH', 'CALENDAR',
                             array_agg(code order by id)::varchar[], array['COMMUNE']::varchar[], 5 from indicator where tenant_id = 'VN';
                    insert into report_form (tenant_id, data_set_id, period, period_start, period_end, due_date, state,
                                             first_submitted_at, submitted_at, submitted_by, decided_at, decided_by)
                      select 'BC' || c, d.id, to_char(m, 'YYYY-MM'), m, (m + interval '1 month - 1 day')::date,
                             (m + interval '1 month 4 days')::date, 'APPROVED', m + interval '1 month', m + interval '1 month',
                             'bench', m + interval '1 month 2 days', 'bench'
                      from generate_series(1, 3300) c, generate_series(date '2025-12-01', date '2026-11-01', interval '1 month') m,
                           data_set d where d.code = 'BC-CDS';
                    insert into report_value (tenant_id, form_id, indicator_code, value, numerator, denominator)
                      select f.tenant_id, f.id, i.code,
                             case when i.kind = 'NUMBER' then (f.id * 31 + i.id) % 100 end,
                             case when i.kind = 'PERCENT' then ((f.id * 17 + i.id) % 80) * 0.6 end,
                             case when i.kind = 'PERCENT' then 20 + (f.id * 17 + i.id) % 80 end
                      from report_form f, indicator i where i.tenant_id = 'VN';
                    insert into approved_value (tenant_id, data_set_id, period, indicator_code, value, numerator, denominator, yes,
                                                approved_at)
                      select f.tenant_id, f.data_set_id, f.period, v.indicator_code, v.value, v.numerator, v.denominator, v.yes,
                             f.decided_at
                      from report_value v join report_form f on f.tenant_id = v.tenant_id and f.id = v.form_id
                      where f.state = 'APPROVED';
                    alter table indicator force row level security;
                    alter table data_set force row level security;
                    alter table report_form force row level security;
                    alter table report_value force row level security;
                    alter table approved_value force row level security;
                    alter table indicator enable trigger user;
                    alter table data_set enable trigger user;
                    alter table report_form enable trigger user;
                    alter table report_value enable trigger user;""");
            step("their indexes and foreign keys, built back", String.join(";\n", values));
            step("statistics (analyze)", "analyze");
            verify();
            session("reset all"); // the naive queries measured next run with the server's own memory settings
        }

        /** The tallies against a recount of the raw rows: every key, both ways. */
        private void verify() throws Exception {
            long start = System.nanoTime();
            lift(true, RECOUNTED);
            long wrong = count(SPAN_RECOUNT) + count("""
                    select count(*) from (select tenant_id, (occurred_at at time zone 'Asia/Ho_Chi_Minh')::date as day, unit_code,
                                                 category_code, count(*) as records, sum(people_count) as people
                                          from support_log where deleted_at is null group by 1, 2, 3, 4) r
                    full join support_tally t using (tenant_id, day, unit_code, category_code)
                    where r.records is distinct from t.records or r.people is distinct from t.people""")
                    + count("""
                    select count(*) from (select tenant_id, date_trunc('week', (occurred_at at time zone 'Asia/Ho_Chi_Minh')::date)::date as week,
                                                 category_code, count(*) as records, sum(people_count) as people
                                          from support_log where deleted_at is null group by 1, 2, 3) r
                    full join support_week_tally t using (tenant_id, week, category_code)
                    where r.records is distinct from t.records or r.people is distinct from t.people""")
                    + count("""
                    select count(*) from (select tenant_id, count(*) as active from team_member
                                          where start_date <= current_date and (end_date is null or end_date > current_date) group by 1) r
                    full join (select tenant_id, sum(change) as active from team_tally where day <= current_date group by 1) t
                      using (tenant_id) where coalesce(r.active, 0) <> coalesce(t.active, 0)""")
                    + count("""
                    select count(*) from (select tenant_id, course_id, due_date, count(*) as enrolled,
                                                 count(completed_at) as completed from enrolment group by 1, 2, 3) r
                    full join training_tally t using (tenant_id, course_id, due_date)
                    where r.enrolled is distinct from t.enrolled or r.completed is distinct from t.completed""")
                    + count("""
                    select count(*) from (select v.tenant_id, f.data_set_id, f.period, v.indicator_code, v.value, v.numerator,
                                                 v.denominator
                                          from report_value v join report_form f on f.tenant_id = v.tenant_id and f.id = v.form_id
                                          where f.state = 'APPROVED') r
                    full join approved_value a using (tenant_id, data_set_id, period, indicator_code)
                    where r.value is distinct from a.value or r.numerator is distinct from a.numerator
                       or r.denominator is distinct from a.denominator""");
            lift(false, RECOUNTED);
            if (wrong != 0) {
                throw new IllegalStateException(wrong + " tally keys differ from the recount");
            }
            System.out.printf("%-75s %8.1f s  (0 keys differ)%n", "tallies checked against a recount",
                    (System.nanoTime() - start) / 1e9);
        }

        /** Row-level security lifted (or forced again) on tables the owner reads across tenants. */
        private void lift(boolean lifted, List<String> tables) throws Exception {
            try (Statement statement = owner.createStatement()) {
                for (String table : tables) {
                    statement.execute("alter table " + table + (lifted ? " no" : "") + " force row level security");
                }
            }
        }

        /**
         * Drops the foreign keys, the unique constraints no foreign key leans on and the other secondary indexes of the
         * tables, which a row-by-row insert would maintain one row at a time, and returns the statements that build them
         * back: the indexes first (each one sort, in parallel), then the keys (each one set-based check).
         */
        private List<String> dropKeys(List<String> tables) throws Exception {
            List<String> drop = new ArrayList<>();
            List<String> rebuild = new ArrayList<>();
            try (PreparedStatement query = owner.prepareStatement("""
                    select format('alter table %s drop constraint %I', c.conrelid::regclass, c.conname),
                           format('alter table %s add constraint %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)),
                           case c.contype when 'f' then 2 else 1 end
                    from pg_constraint c
                    where c.conrelid = any (string_to_array(?, ',')::regclass[])
                      and (c.contype = 'f' or c.contype = 'u' and not exists (select from pg_constraint f
                                                                              where f.contype = 'f' and f.conindid = c.conindid))
                    union all
                    select format('drop index %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid), 1
                    from pg_index i
                    where i.indrelid = any (string_to_array(?, ',')::regclass[])
                      and not exists (select from pg_constraint c where c.conindid = i.indexrelid and c.conrelid = i.indrelid)
                    order by 3, 2""")) {
                query.setString(1, String.join(",", tables));
                query.setString(2, String.join(",", tables));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        drop.add(rows.getString(1));
                        rebuild.add(rows.getString(2));
                    }
                }
            }
            session(String.join(";\n", drop));
            return rebuild;
        }

        private void session(String sql) throws Exception {
            try (Statement statement = owner.createStatement()) {
                statement.execute(sql);
            }
        }

        private long count(String sql) throws Exception {
            try (Statement statement = owner.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        }

        private void step(String what, String sql) throws Exception {
            long start = System.nanoTime();
            try (Statement statement = owner.createStatement()) {
                statement.execute(sql);
            }
            System.out.printf("%-75s %8.1f s%n", "load " + what, (System.nanoTime() - start) / 1e9);
        }
    }
}
