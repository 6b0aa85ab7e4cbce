--liquibase formatted sql

--changeset sohoa:0.2.0-audit-entry
-- The audit trail: one row per written row of every other table, written by the triggers below in
-- the same transaction as the write. The application role may only read it, inside its tenant:
-- it can neither add, change nor remove an entry. changes holds only the changed columns,
-- {"column": {"before": ..., "after": ...}} (a CREATE has only "after", a DELETE only "before").
CREATE TABLE audit_entry (
    id             bigint GENERATED ALWAYS AS IDENTITY,
    tenant_id      varchar(32)  NOT NULL REFERENCES tenant (code),
    occurred_at    timestamptz  NOT NULL DEFAULT now(),
    actor_subject  varchar(64)  NOT NULL,
    actor_username varchar(255) NOT NULL,
    entity_type    varchar(64)  NOT NULL,
    entity_key     varchar(255) NOT NULL,
    action         varchar(8)   NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE')),
    changes        jsonb        NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX audit_entry_tenant_occurred_at ON audit_entry (tenant_id, occurred_at DESC, id DESC);
ALTER TABLE audit_entry ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_entry FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_entry_read ON audit_entry FOR SELECT
    USING (tenant_id = current_setting('sohoa.tenant_id', true));
-- Only the owner role, as whom the audit triggers run, inserts; it may write into any tenant
-- (creating a tenant is recorded in the new tenant and in its parent, wherever the writer stands).
CREATE POLICY audit_entry_written_by_triggers ON audit_entry FOR INSERT TO CURRENT_USER
    WITH CHECK (true);
GRANT SELECT ON audit_entry TO ${app_role};

--changeset sohoa:0.2.0-audit-write splitStatements:false
-- Records one written row. Columns that only book-keep (id, tenant_id, version, created_at and any
-- named in ignored) are left out; an UPDATE that changes nothing else is not recorded.
-- The actor is what the application told the connection (sohoa.actor_*), else the platform itself.
CREATE FUNCTION audit_write(tenant_ids text[], entity_type text, entity_key text, action text,
                            old_row jsonb, new_row jsonb, ignored text[]) RETURNS void
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    changes jsonb;
BEGIN
    SELECT coalesce(jsonb_object_agg(k, CASE action
               WHEN 'CREATE' THEN jsonb_build_object('after', new_row -> k)
               WHEN 'DELETE' THEN jsonb_build_object('before', old_row -> k)
               ELSE jsonb_build_object('before', old_row -> k, 'after', new_row -> k) END), '{}'::jsonb)
      INTO changes
      FROM jsonb_object_keys(coalesce(new_row, old_row)) AS k
     WHERE k <> ALL (ARRAY['id', 'tenant_id', 'version', 'created_at'] || ignored)
       AND coalesce(old_row -> k, 'null'::jsonb) IS DISTINCT FROM coalesce(new_row -> k, 'null'::jsonb);
    IF action = 'UPDATE' AND changes = '{}'::jsonb THEN
        RETURN;
    END IF;
    INSERT INTO audit_entry (tenant_id, actor_subject, actor_username, entity_type, entity_key, action, changes)
    SELECT DISTINCT t, coalesce(nullif(current_setting('sohoa.actor_subject', true), ''), 'system'),
           coalesce(nullif(current_setting('sohoa.actor_username', true), ''), 'system'),
           entity_type, entity_key, action, changes
      FROM unnest(tenant_ids) AS t
     WHERE t IS NOT NULL;
END;
$$;
-- Called only from the triggers below, which run as the owner; nobody else may call it.
REVOKE EXECUTE ON FUNCTION audit_write(text[], text, text, text, jsonb, jsonb, text[]) FROM PUBLIC;

-- The trigger of a tenant-scoped table. Arguments: entity type, the column that names the row for a
-- reader (a code or username rather than a surrogate id), then any further columns to leave out.
CREATE FUNCTION audit_tenant_scoped_row() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    row_now jsonb := coalesce(new_row, old_row);
BEGIN
    PERFORM audit_write(ARRAY[row_now ->> 'tenant_id'], TG_ARGV[0], row_now ->> TG_ARGV[1],
                        CASE TG_OP WHEN 'INSERT' THEN 'CREATE' ELSE TG_OP END, old_row, new_row,
                        coalesce(TG_ARGV[2:], ARRAY[]::text[]));
    RETURN NULL;
END;
$$;

-- The trigger of the global tenant registry: an entry belongs to the tenant it describes, and the
-- creation of a tenant also to its parent, whose administrator created it.
CREATE FUNCTION audit_tenant_row() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    row_now jsonb := coalesce(new_row, old_row);
BEGIN
    PERFORM audit_write(ARRAY[row_now ->> 'code', CASE WHEN TG_OP = 'INSERT' THEN row_now ->> 'parent_code' END],
                        'Tenant', row_now ->> 'code',
                        CASE TG_OP WHEN 'INSERT' THEN 'CREATE' ELSE TG_OP END, old_row, new_row, ARRAY['path']);
    RETURN NULL;
END;
$$;

--changeset sohoa:0.2.0-audit-triggers
-- Every table but the audit itself carries an audit trigger (AuditCoverageTest keeps it so).
CREATE TRIGGER tenant_audit AFTER INSERT OR UPDATE OR DELETE ON tenant
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_row();
CREATE TRIGGER membership_audit AFTER INSERT OR UPDATE OR DELETE ON membership
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_scoped_row('Membership', 'username');
CREATE TRIGGER unit_audit AFTER INSERT OR UPDATE OR DELETE ON unit
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_scoped_row('Unit', 'code');
