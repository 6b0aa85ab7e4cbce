package vn.sohoa.server.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TenantSql;

/**
 * The running totals a roll-up reads ({@code indicator_rollup}) are exactly what a recount of the raw form values
 * gives, for every tenant of the tree, after approvals, an un-approval, a move and a merge: the recount reads, tenant
 * by tenant of {@code tenant_rollup} and as row-level security lets each tenant read its own, the values of its
 * approved forms.
 */
@QuarkusTest
class IndicatorTallyTest {

    static final String PERIOD = "2026-11";

    @Inject
    AgroalDataSource dataSource;

    String province;
    String east;
    String west;
    List<String> communes;
    String count;
    String share;
    String yes;
    String least;
    String dataSet;

    @BeforeEach
    void two_districts_of_communes_with_approved_forms() {
        province = Fixtures.newTenant();
        east = Fixtures.newTenant(province);
        west = Fixtures.newTenant(province);
        communes = List.of(Fixtures.newTenant(east), Fixtures.newTenant(east), Fixtures.newTenant(west),
                Fixtures.newTenant(west));
        count = ReportFixtures.indicator(province, "NUMBER", "SUM", null);
        share = ReportFixtures.indicator(province, "PERCENT", "RATIO", null);
        yes = ReportFixtures.indicator(province, "YES_NO", "RATIO", null);
        least = ReportFixtures.indicator(province, "NUMBER", "MIN", null);
        dataSet = ReportFixtures.dataSet(province, "MONTH", List.of(count, share, yes, least), List.of(), false);
        for (int i = 0; i < communes.size(); i++) {
            ReportFixtures.approved(communes.get(i), dataSet, PERIOD, form(i + 1));
            ReportFixtures.approved(communes.get(i), dataSet, "2026-10", form(10 * (i + 1)));
        }
        ReportFixtures.approved(east, dataSet, PERIOD, form(100));
    }

    private Map<String, Object> form(int n) {
        return Map.of("values", List.of(Map.of("indicatorCode", count, "value", n),
                Map.of("indicatorCode", share, "numerator", n, "denominator", 2 * n + 1),
                Map.of("indicatorCode", yes, "yes", n % 2 == 0),
                Map.of("indicatorCode", least, "value", 1000 - n)));
    }

    @Test
    void the_totals_of_every_tenant_equal_a_recount_of_the_approved_forms() throws SQLException {
        assertTotalsMatchRecount(province, east, west, communes.get(0), communes.get(3));
        assertThat(totals(province).get(count).value()).isEqualByComparingTo("110");
    }

    @Test
    void an_unapproval_and_a_new_approval_move_the_totals_with_the_raw_rows() throws SQLException {
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("comment", "sai số liệu"))
                .post(ReportFixtures.REPORT + "/unapprove", communes.get(1), dataSet, PERIOD).then().statusCode(200);
        assertTotalsMatchRecount(province, east, communes.get(1));
        assertThat(totals(east).get(count).tenants()).isEqualTo(2);

        ReportFixtures.approved(communes.get(1), dataSet, PERIOD, form(7));
        assertTotalsMatchRecount(province, east, communes.get(1));
        assertThat(totals(east).get(count).value()).isEqualByComparingTo("108");
    }

    @Test
    void a_moved_commune_takes_its_approved_values_to_its_new_district() throws SQLException {
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("newParentCode", west, "effectiveDate", "2025-07-01"))
                .post("/api/v1/tenants/{code}/move", communes.get(0)).then().statusCode(200);
        assertTotalsMatchRecount(province, east, west, communes.get(0));
        assertThat(totals(west).get(count).tenants()).isEqualTo(3);
    }

    @Test
    void merged_communes_count_once_in_their_successor_and_above_it_and_not_in_their_old_district() throws SQLException {
        String successor = "M" + UUID.randomUUID().toString().substring(0, 8);
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("sourceCodes", List.of(communes.get(1), communes.get(2)),
                        "target", Map.of("code", successor, "name", "Xã Hợp Nhất", "kind", "COMMUNE",
                                "parentCode", east), "effectiveDate", "2025-07-01"))
                .post("/api/v1/tenant-merges").then().statusCode(201);
        ReportFixtures.approved(successor, dataSet, PERIOD, form(50));
        assertTotalsMatchRecount(province, east, west, successor, communes.get(2));
        assertThat(totals(successor).get(count).tenants()).isEqualTo(3);
        assertThat(totals(province).get(count).value()).isEqualByComparingTo("160");
        // The commune merged in from the west counts in the east, where its successor is, and no longer in the west:
        // the two districts add up to the province.
        assertThat(totals(west).get(count).tenants()).isEqualTo(1);
        assertThat(totals(west).get(count).value()).isEqualByComparingTo("4");
        assertThat(totals(east).get(count).value()).isEqualByComparingTo("156");

        Api.as(Api.PROVINCE_ADMIN).body(Map.of("comment", "sai số liệu"))
                .post(ReportFixtures.REPORT + "/unapprove", successor, dataSet, PERIOD).then().statusCode(200);
        assertTotalsMatchRecount(province, east, west, successor);
        assertThat(totals(successor).get(count).tenants()).isEqualTo(2);
    }

    /** Sums of one indicator over tenants; null where no tenant gave that part. */
    record Totals(long tenants, BigDecimal value, BigDecimal numerator, BigDecimal denominator, long yes,
                  BigDecimal least) {

        Totals plus(String[] row) {
            return new Totals(tenants + 1, add(value, row[1]), add(numerator, row[2]), add(denominator, row[3]),
                    yes + (row[4].equals("true") ? 1 : 0), row[1].isEmpty() ? least
                    : least == null || least.compareTo(new BigDecimal(row[1])) > 0 ? new BigDecimal(row[1]) : least);
        }

        private static BigDecimal add(BigDecimal sum, String part) {
            return part.isEmpty() ? sum : (sum == null ? BigDecimal.ZERO : sum).add(new BigDecimal(part));
        }

        Totals normalised() {
            return new Totals(tenants, strip(value), strip(numerator), strip(denominator), yes, strip(least));
        }

        private static BigDecimal strip(BigDecimal number) {
            return number == null ? null : number.stripTrailingZeros();
        }
    }

    private void assertTotalsMatchRecount(String... roots) throws SQLException {
        for (String root : roots) {
            assertThat(totals(root)).as("the totals of " + root).isEqualTo(recount(root));
        }
    }

    /** What the roll-up function answers for root, by indicator. */
    private Map<String, Totals> totals(String root) throws SQLException {
        Map<String, Totals> byCode = new TreeMap<>();
        for (String line : TenantSql.strings(dataSource, root, """
                select concat_ws('|', indicator_code, tenants, coalesce(value_sum::text, ''),
                                 coalesce(numerator_sum::text, ''), coalesce(denominator_sum::text, ''), yes_count,
                                 coalesce(value_min::text, ''))
                from indicator_rollup(?, (select id from data_set where code = ?), cast(? as varchar[]))""",
                root, dataSet, new String[] {PERIOD})) {
            String[] row = line.split("\\|", -1);
            byCode.put(row[0], new Totals(Long.parseLong(row[1]), number(row[2]), number(row[3]), number(row[4]),
                    Long.parseLong(row[5]), row[0].equals(least) ? number(row[6]) : null).normalised());
        }
        return byCode;
    }

    /** The approved forms' raw values of every tenant of root's roll-up, each read in its own tenant, added up. */
    private Map<String, Totals> recount(String root) throws SQLException {
        Map<String, Totals> byCode = new TreeMap<>();
        for (String tenant : TenantSql.strings(dataSource, root, "select code from tenant_rollup(?)", root)) {
            for (String line : TenantSql.strings(dataSource, tenant, """
                    select concat_ws('|', v.indicator_code, coalesce(v.value::text, ''), coalesce(v.numerator::text, ''),
                                     coalesce(v.denominator::text, ''), coalesce(v.yes::text, ''))
                    from report_value v join report_form f on f.tenant_id = v.tenant_id and f.id = v.form_id
                    join data_set d on d.id = f.data_set_id
                    where d.code = ? and f.period = ? and f.state = 'APPROVED'
                      and (v.value is not null or v.denominator is not null or v.yes is not null)""",
                    dataSet, PERIOD)) {
                String[] row = line.split("\\|", -1);
                byCode.merge(row[0], new Totals(0, null, null, null, 0, null).plus(row), (sum, one) -> sum.plus(row));
            }
        }
        byCode.replaceAll((code, sum) -> new Totals(sum.tenants(), sum.value(), sum.numerator(), sum.denominator(),
                sum.yes(), code.equals(least) ? sum.least() : null).normalised());
        return byCode;
    }

    private static BigDecimal number(String text) {
        return text.isEmpty() ? null : new BigDecimal(text);
    }
}
