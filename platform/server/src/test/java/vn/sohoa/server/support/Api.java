package vn.sohoa.server.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests to Sohoa's API as one of the dev realm's people. */
public final class Api {

    /** Realm role province-admin. */
    public static final String PROVINCE_ADMIN = "province.admin";
    /** Ordinary people of the dev realm; tests give them memberships in tenants of their own. */
    public static final String ADMIN_A = "an.nguyen";
    public static final String ADMIN_B = "binh.tran";
    public static final String VIEWER = "chi.le";
    public static final String MEMBER = "dung.pham";

    private Api() {
    }

    /** A JSON request carrying this person's bearer token. */
    public static RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.of(username)).contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
