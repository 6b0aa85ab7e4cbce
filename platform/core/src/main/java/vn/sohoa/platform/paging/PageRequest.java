package vn.sohoa.platform.paging;

import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/**
 * The {@code ?page=0&size=50} query parameters of a list endpoint. They are read as text and checked
 * here, because a number that fails to convert would otherwise end the request as a 404.
 */
public class PageRequest {

    @QueryParam("page")
    @DefaultValue("0")
    @Pattern(regexp = "\\d{1,6}", message = "must be a whole number from 0")
    String page;

    @QueryParam("size")
    @DefaultValue("50")
    @Pattern(regexp = "500|[1-4]\\d{2}|[1-9]\\d?", message = "must be a whole number from 1 to 500")
    String size;

    public PageRequest() {
    }

    public PageRequest(int page, int size) {
        this.page = String.valueOf(page);
        this.size = String.valueOf(size);
    }

    public int page() {
        return Integer.parseInt(page);
    }

    public int size() {
        return Integer.parseInt(size);
    }

    public int offset() {
        return page() * size();
    }

    /** This page of {@code items}, a query for the whole list in its order, of which there are {@code total}. */
    public <T> Page<T> slice(TypedQuery<T> items, long total) {
        return of(limit(items).getResultList(), total);
    }

    /** Limits {@code query}, one for the whole list in its order, to the rows of this page. */
    public <Q extends Query> Q limit(Q query) {
        query.setFirstResult(offset()).setMaxResults(size());
        return query;
    }

    /** The page of these items, read through {@link #limit}, out of {@code total}. */
    public <T> Page<T> of(List<T> items, long total) {
        return new Page<>(items, total, page(), size());
    }
}
