import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replication of one pilot to every commune of a fresh province through the API of a running Sohoa, and the
 * province's overview over them, beside the same work as plain SQL over JDBC (the owner's connection, the
 * statements of {@code replicate_pilot} and {@code pilot_counts}, rolled back) as the reference.
 *
 * <pre>java -cp postgresql.jar bench/PilotReplicationBench.java [base-url] [database] [communes]</pre>
 */
public class PilotReplicationBench {

    private static final String TOKEN_URL = "http://127.0.0.1:8180/realms/sohoa/protocol/openid-connect/token";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String token;

    PilotReplicationBench(String base) throws Exception {
        this.base = base;
        this.token = token();
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8093";
        String database = args.length > 1 ? args[1] : "sohoa_bench";
        int communes = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        PilotReplicationBench bench = new PilotReplicationBench(base);
        String province = "P" + UUID.randomUUID().toString().substring(0, 6);
        bench.send("POST", "/api/v1/tenants/import", csv(province, communes), "text/csv; charset=UTF-8", 201);
        String source = province + "-0";
        long pilot = bench.recognisedPilot(province, source);
        referenceReplication(database, province, pilot, communes);

        long start = System.nanoTime();
        String answer = bench.send("POST", "/api/v1/tenants/" + source + "/pilots/" + pilot + "/replications",
                "{\"kind\":\"COMMUNE\",\"under\":\"" + province + "\",\"decisionNumber\":\"1520/QĐ-UBND\","
                        + "\"decisionDate\":\"2026-06-01\"}", "application/json", 201);
        long replicate = (System.nanoTime() - start) / 1_000_000;
        int created = count(answer, "\"tenantCode\"");
        System.out.printf("replicate to %,d communes: %,d ms (%,d replicas created)%n", communes, replicate, created);
        if (created != communes) {
            throw new IllegalStateException("expected " + communes + " replicas: " + answer.substring(0, 300));
        }
        List<Long> overviews = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long t = System.nanoTime();
            String overview = bench.send("GET", "/api/v1/tenants/" + province + "/pilots-overview", null, null, 200);
            overviews.add((System.nanoTime() - t) / 1_000);
            if (!overview.contains("\"total\":" + (communes + 1))) {
                throw new IllegalStateException("overview: " + overview);
            }
        }
        Collections.sort(overviews);
        System.out.printf("overview over %,d pilots: median %,d µs (min %,d, max %,d)%n", communes + 1,
                overviews.get(3), overviews.getFirst(), overviews.getLast());
        referenceOverview(database, province, communes);
    }

    /** The two inserts of replicate_pilot over plain JDBC as the owner, rolled back, before the API does them. */
    static void referenceReplication(String database, String province, long pilot, int communes) throws Exception {
        try (Connection owner = owner(database); Statement sql = owner.createStatement()) {
            owner.setAutoCommit(false);
            long start = System.nanoTime();
            sql.execute("""
                    with created as (
                        insert into pilot (tenant_id, name, field, objectives, start_date, end_date, partners, reporting,
                                           design, status, decision_number, decision_date, source_pilot_id)
                        select t.code, s.name, s.field, s.objectives, date '2026-06-01', date '2027-05-31', '{}', s.reporting,
                               s.design, 'APPROVED', 'REF', date '2026-06-01', s.id
                        from tenant t cross join pilot s
                        where s.id = %d and t.parent_code = '%s' and t.kind = 'COMMUNE' and t.code <> s.tenant_id
                        returning pilot.tenant_id, pilot.id)
                    insert into pilot_transition (tenant_id, pilot_id, action, to_status, decision_number, decision_date,
                                                  actor_subject, actor_username, occurred_at, effective_on)
                    select c.tenant_id, c.id, 'REPLICATE', 'APPROVED', 'REF', date '2026-06-01', 'bench', 'bench', now(),
                           current_date
                    from created c""".formatted(pilot, province));
            long millis = (System.nanoTime() - start) / 1_000_000;
            owner.rollback();
            System.out.printf("plain SQL reference: the same two inserts for %,d communes, audit triggers included: %,d ms%n",
                    communes, millis);
        }
    }

    /** The overview's grouping over plain JDBC as the owner, after the replication. */
    static void referenceOverview(String database, String province, int communes) throws Exception {
        try (Connection owner = owner(database); Statement sql = owner.createStatement()) {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                long start = System.nanoTime();
                try (ResultSet counts = sql.executeQuery("""
                        select p.status, p.field, p.recognised, p.source_pilot_id is not null, count(*)
                        from pilot p join tenant t on t.code = p.tenant_id
                        where t.path <@ (select r.path from tenant r where r.code = '%s') group by 1, 2, 3, 4""".formatted(province))) {
                    while (counts.next()) {
                        counts.getLong(5);
                    }
                }
                times.add((System.nanoTime() - start) / 1_000);
            }
            Collections.sort(times);
            System.out.printf("plain SQL reference: the overview's counts over %,d pilots: median %,d µs%n", communes + 1,
                    times.get(3));
        }
    }

    static Connection owner(String database) throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, "sohoa_owner", "sohoa_owner");
    }

    /** A pilot of the source commune brought to EVALUATED and recognised, as the province administrator. */
    long recognisedPilot(String province, String source) throws Exception {
        send("POST", "/api/v1/tenants/" + province + "/pilot-templates", """
                {"code":"CHO-4.0","name":"Chợ 4.0 — chợ không dùng tiền mặt","field":"COMMERCE","design":{
                 "kpis":[{"code":"QR_TRADERS","name":"Tiểu thương có mã QR","kind":"PERCENT","direction":"UP","target":80,"key":true}],
                 "criteria":[{"code":"C1","name":"Mã QR","maxPoints":60,"method":"RATIO","kpiCode":"QR_TRADERS"},
                             {"code":"C2","name":"Tuyên truyền","maxPoints":40,"method":"MANUAL"}],
                 "bands":[{"name":"Mức 1","minPoints":0},{"name":"Mức 2","minPoints":50},{"name":"Mức 3","minPoints":75}]}}""",
                "application/json", 201);
        String created = send("POST", "/api/v1/tenants/" + source + "/pilots", """
                {"name":"Chợ không dùng tiền mặt","field":"COMMERCE","startDate":"2026-01-01","endDate":"2026-12-31",
                 "templateCode":"CHO-4.0"}""", "application/json", 201);
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created);
        id.find();
        long pilot = Long.parseLong(id.group(1));
        String pilotPath = "/api/v1/tenants/" + source + "/pilots/" + pilot;
        for (String step : List.of("{\"action\":\"PROPOSE\"}", "{\"action\":\"APPROVE\",\"decisionNumber\":\"12/QĐ-UBND\","
                + "\"decisionDate\":\"2026-01-01\"}", "{\"action\":\"START\"}")) {
            send("POST", pilotPath + "/transitions", step, "application/json", 200);
        }
        send("POST", pilotPath + "/measurements", "{\"kpiCode\":\"QR_TRADERS\",\"period\":\"2026-05\",\"numerator\":85,"
                + "\"denominator\":100}", "application/json", 201);
        send("POST", pilotPath + "/transitions", "{\"action\":\"REVIEW\"}", "application/json", 200);
        send("POST", pilotPath + "/evaluation", "{\"recognised\":true,\"scores\":[{\"criterionCode\":\"C2\",\"points\":35}]}",
                "application/json", 200);
        return pilot;
    }

    String send(String method, String path, String body, String type, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** A province with the source commune and {@code communes} more, all directly below it. */
    static String csv(String province, int communes) {
        StringBuilder csv = new StringBuilder("code,name,kind,parentCode\n" + province + ",Tỉnh Thử Nghiệm,PROVINCE,\n");
        for (int c = 0; c <= communes; c++) {
            csv.append(province).append('-').append(c).append(",Xã Hòa Bình ").append(c).append(",COMMUNE,")
                    .append(province).append('\n');
        }
        return csv.toString();
    }

    static int count(String text, String needle) {
        int found = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            found++;
        }
        return found;
    }

    String token() throws Exception {
        String form = "grant_type=password&client_id=sohoa-cli&username=province.admin&password="
                + URLEncoder.encode("demo", StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
        if (!token.find()) {
            throw new IllegalStateException("No token from Keycloak: " + response.body());
        }
        return token.group(1);
    }
}
