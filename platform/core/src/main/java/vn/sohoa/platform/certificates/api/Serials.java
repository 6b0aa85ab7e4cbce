package vn.sohoa.platform.certificates.api;

import vn.sohoa.platform.certificates.domain.Serial;
import vn.sohoa.platform.certificates.service.Certificates;
import vn.sohoa.platform.problem.ProblemException;

/** A serial read from a URL. Text that cannot be a serial names no certificate: the same 404 as an unknown one. */
final class Serials {

    private Serials() {
    }

    static Serial require(String text) {
        return Serial.parse(text).orElseThrow(() -> notFound(text));
    }

    static ProblemException notFound(String text) {
        return Certificates.notFound(text.length() > Serial.LENGTH ? text.substring(0, Serial.LENGTH) + "…" : text);
    }
}
