package vn.sohoa.server.supportlog;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.sohoa.server.support.TestClock;
import vn.sohoa.server.support.Tokens;

/** Support-log import and export files for the tests, and the requests that send and fetch them. */
final class SupportLogFiles {

    static final String EXPORT = SupportLogs.LOGS + "/export";
    static final String IMPORT = SupportLogs.LOGS + "/import";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String HEADER = "occurredAt,unitCode,teamId,memberId,categoryCode,channel,peopleCount,ageBand,"
            + "gender,durationMinutes,outcome,note\n";

    private SupportLogFiles() {
    }

    /** A valid import line: one person helped with VNeID in {@code unit} {@code hoursAgo} hours ago. */
    static String line(String unit, int hoursAgo) {
        return hoursAgo(hoursAgo) + "," + unit + ",,,VNEID,HOME_VISIT,1,FROM_60,FEMALE,20,DONE,Cài VNeID mức 2\n";
    }

    static String hoursAgo(int hours) {
        return TestClock.suiteNow().minusHours(hours).withNano(0).toString();
    }

    /** A request sending this CSV file as {@code username}. */
    static RequestSpecification csv(String username, String file) {
        return given().auth().oauth2(Tokens.of(username)).contentType("text/csv; charset=UTF-8").body(file);
    }

    /** A request sending this workbook as {@code username}. */
    static RequestSpecification xlsx(String username, byte[] file) {
        return given().auth().oauth2(Tokens.of(username)).contentType(XLSX).body(file);
    }

    /** A workbook of one sheet with these rows; cells may be text, numbers or date-times. */
    static byte[] workbook(List<List<Object>> rows) {
        try (var bytes = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(bytes, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Nhật ký");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    switch (rows.get(r).get(c)) {
                        case null -> { }
                        case Number number -> sheet.value(r, c, number);
                        case java.time.LocalDateTime time -> {
                            sheet.value(r, c, time);
                            sheet.style(r, c).format("yyyy-mm-dd hh:mm").set();
                        }
                        case Object text -> sheet.value(r, c, text.toString());
                    }
                }
            }
            workbook.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
