--liquibase formatted sql

--changeset sohoa:0.5.2-pilot-inbox-order splitStatements:false
-- The inbox lists what has waited longest first: by the day of proposal, oldest first, instead of by the unit's
-- name. A pilot's proposal day is its latest PROPOSE (a returned pilot proposed again waits from then on); a
-- replica, never proposed, counts from the replication decision that started it. Both live in pilot_transition of
-- the tenants below, so the owner reads those rows as it reads their pilots (pilot_owner_read); only definer
-- functions run as the owner, and this one still answers only below the tenant the transaction entered.
CREATE POLICY pilot_transition_owner_read ON pilot_transition FOR SELECT TO CURRENT_USER USING (true);
DROP FUNCTION pilot_inbox(varchar);
CREATE FUNCTION pilot_inbox(root varchar)
    RETURNS TABLE (tenant_code varchar, tenant_name varchar, pilot_id bigint, name varchar, field varchar,
                   status varchar, self_assessed boolean, start_date date, proposed_on date)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF root IS DISTINCT FROM current_setting('sohoa.tenant_id', true) THEN
        RAISE EXCEPTION 'an inbox reads only below the tenant the transaction has entered'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY
        SELECT p.tenant_id, t.name, p.id, p.name, p.field, p.status, p.self_assessment IS NOT NULL, p.start_date,
               (proposal.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
        FROM pilot p JOIN tenant t ON t.code = p.tenant_id
        CROSS JOIN LATERAL (
            SELECT coalesce(max(x.occurred_at) FILTER (WHERE x.action = 'PROPOSE'), min(x.occurred_at)) AS at
            FROM pilot_transition x
            WHERE x.tenant_id = p.tenant_id AND x.pilot_id = p.id) proposal
        WHERE t.path <@ (SELECT r.path FROM tenant r WHERE r.code = root) AND t.code <> root
          AND p.status IN ('PROPOSED', 'REVIEWED')
        ORDER BY proposal.at, p.id;
END;
$$;
REVOKE EXECUTE ON FUNCTION pilot_inbox(varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pilot_inbox(varchar) TO ${app_role};
