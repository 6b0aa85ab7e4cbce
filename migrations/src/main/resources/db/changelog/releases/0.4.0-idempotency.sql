--liquibase formatted sql

--changeset sohoa:0.4.0-idempotency-key splitStatements:false
-- Idempotency-Key of every creating POST, not only the support log's: the first request with a key
-- inserts the row before it creates anything, in the same transaction, and stores the answer it gave
-- (status, Location, JSON body); a retry (even a concurrent one, which waits on the key) gets that answer
-- again and creates nothing. request_hash (the caller, the route and the parsed body) tells a retry from
-- a different request under the same key. Keys are per tenant; a request that enters no tenant (creating
-- a tenant) keeps its keys under the tenant id '~' that no tenant has, so there is no foreign key.
-- The rows are transport bookkeeping, not data: what a request creates is audited, its key is not.
CREATE TABLE idempotency_key (
    tenant_id      varchar(32)  NOT NULL,
    idem_key       varchar(100) NOT NULL,
    request_hash   char(64)     NOT NULL,
    status         smallint,
    location       varchar(500),
    body           text,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, idem_key)
);
ALTER TABLE idempotency_key ENABLE ROW LEVEL SECURITY;
ALTER TABLE idempotency_key FORCE ROW LEVEL SECURITY;
CREATE POLICY idempotency_key_select ON idempotency_key FOR SELECT
    USING (tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY idempotency_key_insert ON idempotency_key FOR INSERT
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY idempotency_key_update ON idempotency_key FOR UPDATE
    USING (tenant_id = current_setting('sohoa.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT, INSERT, UPDATE ON idempotency_key TO ${app_role};

-- The purge crosses tenants, so it runs as the owner; like the support log's before it, it can delete
-- nothing younger than 24 hours whatever retention it is given.
CREATE POLICY idempotency_key_purge_sees ON idempotency_key FOR SELECT TO CURRENT_USER
    USING (created_at < now() - interval '24 hours');
CREATE POLICY idempotency_key_purge_deletes ON idempotency_key FOR DELETE TO CURRENT_USER
    USING (created_at < now() - interval '24 hours');
CREATE FUNCTION purge_idempotency_keys(retention interval) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    purged integer;
BEGIN
    DELETE FROM idempotency_key WHERE created_at < now() - greatest(retention, interval '24 hours');
    GET DIAGNOSTICS purged = ROW_COUNT;
    RETURN purged;
END;
$$;
REVOKE EXECUTE ON FUNCTION purge_idempotency_keys(interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION purge_idempotency_keys(interval) TO ${app_role};

--changeset sohoa:0.4.0-support-idempotency-retired
-- The support log's keys now live in idempotency_key with every other POST's. Keys are kept at most two
-- days, so the old ones are dropped rather than copied: a phone retrying across the upgrade is the only
-- one who could notice, and the old table stored no answer to replay.
DROP FUNCTION purge_support_idempotency(interval);
DROP TABLE support_idempotency;
