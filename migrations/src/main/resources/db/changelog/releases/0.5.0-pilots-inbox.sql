--liquibase formatted sql

--changeset sohoa:0.5.0-pilot-inbox splitStatements:false
-- The governing level's inbox: the pilots of the entered tenant's strict descendants that wait for a decision
-- from above, a proposal (PROPOSED) to approve or return and an interim review (REVIEWED) to evaluate. Row-level
-- security keeps the application inside the tenant it entered, so this runs as the owner through
-- pilot_owner_read; it answers only for the tenant the transaction entered (which the application enters
-- after checking the caller administers it, and so governs every tenant below it), and returns summaries only.
CREATE FUNCTION pilot_inbox(root varchar)
    RETURNS TABLE (tenant_code varchar, tenant_name varchar, pilot_id bigint, name varchar, field varchar,
                   status varchar, self_assessed boolean, start_date date)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF root IS DISTINCT FROM current_setting('sohoa.tenant_id', true) THEN
        RAISE EXCEPTION 'an inbox reads only below the tenant the transaction has entered'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY
        SELECT p.tenant_id, t.name, p.id, p.name, p.field, p.status, p.self_assessment IS NOT NULL, p.start_date
        FROM pilot p JOIN tenant t ON t.code = p.tenant_id
        WHERE t.path <@ (SELECT r.path FROM tenant r WHERE r.code = root) AND t.code <> root
          AND p.status IN ('PROPOSED', 'REVIEWED')
        ORDER BY p.status, t.name, p.id;
END;
$$;
REVOKE EXECUTE ON FUNCTION pilot_inbox(varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pilot_inbox(varchar) TO ${app_role};
