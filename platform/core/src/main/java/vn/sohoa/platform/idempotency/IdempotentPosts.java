package vn.sohoa.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Caller;

/**
 * How a creating POST honours {@code Idempotency-Key}: after entering its tenant, the resource hands its
 * parsed body and its creation to {@link #create}. With a key, the first request's answer (status,
 * {@code Location}, body) is stored with the key and replayed to every retry with
 * {@value #REPLAYED}{@code : true}; the same key with another body, another route or from another person
 * is a 422. Without a key the creation simply runs.
 */
@RequestScoped
public class IdempotentPosts {

    public static final String KEY = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    /** What a key may be, compiled once: it is checked on every creating POST. */
    private static final Pattern KEY_FORMAT = Pattern.compile("[\\x21-\\x7E]{1,100}");

    @Inject
    HttpHeaders headers;

    @Inject
    UriInfo uri;

    @Inject
    SecurityIdentity identity;

    @Inject
    IdempotencyKeys keys;

    @Inject
    ObjectMapper json;

    /**
     * Runs {@code creation} in one transaction, at most once per {@code Idempotency-Key} of this request.
     *
     * @param body     the request body as parsed, which a retry must repeat
     * @param creation creates, and answers with a status, usually a {@code Location} and an entity
     * @throws ProblemException 400 for a malformed key, 422 for a key used by a different request
     */
    public Response create(Object body, Supplier<Response> creation) {
        String key = key();
        return answer(key, keys.once(key, hash(key, body), () -> stored(creation.get())));
    }

    /**
     * Like {@link #create}, for a file's import: a retry must repeat the file, by its digest, and the one
     * transaction may last as long as an import does ({@link IdempotencyKeys#onceForImport}). The import
     * joins that transaction instead of starting its own.
     *
     * @param file     the digest of the uploaded file, which a retry must repeat
     * @param creation imports the file, and answers as {@code create}'s does
     * @throws ProblemException 400 for a malformed key, 422 for a key used by a different request
     */
    public Response importFile(UploadDigest file, Supplier<Response> creation) {
        String key = key();
        return answer(key, keys.onceForImport(key, hash(key, file), () -> stored(creation.get())));
    }

    /** The request's digest, written only when there is a key to keep it with. */
    private String hash(String key, Object body) {
        return key == null ? null
                : IdempotencyKeys.hash(Caller.of(identity).subject(), "POST " + uri.getPath(), write(body));
    }

    private static Response answer(String key, IdempotencyKeys.Outcome outcome) {
        StoredAnswer answer = outcome.answer();
        Response.ResponseBuilder response = Response.status(answer.status());
        if (answer.location() != null) {
            response.location(URI.create(answer.location()));
        }
        if (answer.body() != null) {
            response.entity(answer.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (key != null) {
            response.header(REPLAYED, outcome.replayed());
        }
        return response.build();
    }

    private String key() {
        String key = headers.getHeaderString(KEY);
        if (key != null && !KEY_FORMAT.matcher(key).matches()) {
            throw ProblemException.invalid(KEY, "must be 1 to 100 printable ASCII characters");
        }
        return key;
    }

    private StoredAnswer stored(Response response) {
        URI location = response.getLocation();
        return new StoredAnswer(response.getStatus(), location == null ? null : location.toString(),
                response.hasEntity() ? write(response.getEntity()) : null);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
