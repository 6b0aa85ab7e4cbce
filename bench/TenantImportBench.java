import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the tenant import through the API of a running Sohoa: generates a 10,000-row CSV for a fresh
 * province (1 province, 20 districts, 400 communes, 9,579 schools, rows shuffled so that children often
 * come before their parents), sends it once as a dry run and once for real, and checks the count.
 *
 * <pre>java bench/TenantImportBench.java [base-url] [rows]</pre>
 */
public class TenantImportBench {

    private static final String TOKEN_URL = "http://127.0.0.1:8180/realms/sohoa/protocol/openid-connect/token";

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8093";
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        HttpClient http = HttpClient.newHttpClient();
        String token = token(http);
        byte[] csv = csv(rows).getBytes(StandardCharsets.UTF_8);
        System.out.printf("file: %,d rows, %,d bytes%n", rows, csv.length);

        for (boolean dryRun : new boolean[] {true, false}) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/tenants/import?dryRun=" + dryRun))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            String body = response.body();
            System.out.printf("%s: HTTP %d in %,d ms%s%n", dryRun ? "dry run" : "import ", response.statusCode(), millis,
                    dryRun ? "" : " " + body);
            int expected = dryRun ? 200 : 201;
            if (response.statusCode() != expected || (!dryRun && !body.contains("\"created\":" + rows))) {
                throw new IllegalStateException("Unexpected answer: " + body.substring(0, Math.min(500, body.length())));
            }
        }
    }

    /** A province with districts, communes and schools, in random order. */
    static String csv(int rows) {
        String province = "B" + UUID.randomUUID().toString().substring(0, 6);
        List<String> lines = new ArrayList<>();
        List<String> districts = new ArrayList<>();
        List<String> communes = new ArrayList<>();
        for (int d = 1; d <= 20 && lines.size() < rows - 1; d++) {
            districts.add(province + "-" + d);
            lines.add(province + "-" + d + ",Huyện Thử Nghiệm " + d + ",DISTRICT," + province);
        }
        for (int c = 1; c <= 400 && lines.size() < rows - 1; c++) {
            String code = province + "-" + (1 + (c - 1) % 20) + "-" + c;
            communes.add(code);
            lines.add(code + ",\"Xã Hòa Bình " + c + ", Phường Mới\",COMMUNE," + districts.get((c - 1) % 20));
        }
        for (int s = 1; lines.size() < rows - 1; s++) {
            String commune = communes.get((s - 1) % communes.size());
            lines.add(commune + "-S" + s + ",Trường Tiểu học Nguyễn Trãi số " + s + ",SCHOOL," + commune);
        }
        lines.add(province + ",Tỉnh Thử Nghiệm,PROVINCE,");
        Collections.shuffle(lines, new Random(93));
        return "code,name,kind,parentCode\n" + String.join("\n", lines) + "\n";
    }

    static String token(HttpClient http) throws Exception {
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
