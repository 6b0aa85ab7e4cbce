--liquibase formatted sql

--changeset sohoa:0.3.2-support-rollup splitStatements:false
-- The live support records of a tenant's roll-up, by category, over a range of Vietnam days: its subtree
-- today plus everything merged into any tenant of it (tenant_rollup), each tenant once, read from the
-- per-day tally. It reads across tenants, so it runs as the owner, and it answers only for the tenant the
-- transaction has entered, which the application enters after checking the caller may read it.
CREATE POLICY support_tally_rollup ON support_tally FOR SELECT TO CURRENT_USER USING (true);
CREATE FUNCTION support_rollup(root varchar, first_day date, last_day date)
    RETURNS TABLE (category_code varchar, records bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF root IS DISTINCT FROM current_setting('sohoa.tenant_id', true) THEN
        RAISE EXCEPTION 'a roll-up reads only the tenant the transaction has entered'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY
        SELECT t.category_code, sum(t.records)::bigint
        FROM support_tally t
        WHERE t.tenant_id IN (SELECT s.code FROM tenant_rollup(root) s)
          AND (first_day IS NULL OR t.day >= first_day) AND (last_day IS NULL OR t.day <= last_day)
        GROUP BY t.category_code
        HAVING sum(t.records) > 0
        ORDER BY 2 DESC, 1;
END;
$$;
REVOKE EXECUTE ON FUNCTION support_rollup(varchar, date, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION support_rollup(varchar, date, date) TO ${app_role};
