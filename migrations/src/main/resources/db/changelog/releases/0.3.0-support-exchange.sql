--liquibase formatted sql

--changeset sohoa:0.3.0-support-idempotency-purge splitStatements:false
-- Idempotency keys are kept long enough for every retry of a phone to find its key (at least 24 hours),
-- then purged by the application's scheduled job (vn.sohoa.platform.support.service.IdempotencyKeyPurge).
-- The purge crosses tenants, which the application role cannot do under row-level security. This function
-- runs as the owner, which the two policies below let see and delete keys of any tenant, but only keys
-- older than 24 hours: even a wrong retention setting cannot purge a key a retry may still need.
CREATE POLICY support_idempotency_purge_sees ON support_idempotency FOR SELECT TO CURRENT_USER
    USING (created_at < now() - interval '24 hours');
CREATE POLICY support_idempotency_purge_deletes ON support_idempotency FOR DELETE TO CURRENT_USER
    USING (created_at < now() - interval '24 hours');

CREATE FUNCTION purge_support_idempotency(retention interval) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    purged integer;
BEGIN
    DELETE FROM support_idempotency WHERE created_at < now() - greatest(retention, interval '24 hours');
    GET DIAGNOSTICS purged = ROW_COUNT;
    RETURN purged;
END;
$$;
REVOKE EXECUTE ON FUNCTION purge_support_idempotency(interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION purge_support_idempotency(interval) TO ${app_role};

--changeset sohoa:0.3.0-support-log-age-band-width
-- FROM_18_TO_35 and FROM_36_TO_59 have 13 characters; 0.2.0 gave the column 12, so records of those age
-- bands could not be stored at all.
ALTER TABLE support_log ALTER COLUMN age_band TYPE varchar(16);
