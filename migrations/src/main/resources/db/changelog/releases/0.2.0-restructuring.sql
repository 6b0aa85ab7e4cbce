--liquibase formatted sql

--changeset sohoa:0.2.0-tenant-lineage
-- Who succeeded whom. Global like the registry it links; history stays with the predecessor and
-- reaches the successor's roll-ups through these rows.
CREATE TABLE tenant_lineage (
    predecessor_code varchar(32) NOT NULL REFERENCES tenant (code),
    successor_code   varchar(32) NOT NULL REFERENCES tenant (code),
    kind             varchar(8)  NOT NULL CHECK (kind IN ('MERGE', 'SPLIT')),
    effective_date   date        NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (predecessor_code, successor_code),
    CHECK (predecessor_code <> successor_code)
);
CREATE INDEX tenant_lineage_successor ON tenant_lineage (successor_code);
GRANT SELECT, INSERT ON tenant_lineage TO ${app_role};

--changeset sohoa:0.2.0-tenant-rollup splitStatements:false
-- The tenants whose records a roll-up of `root` counts: its subtree today, plus everything merged
-- into any of them, however many merges back. UNION keeps each tenant once, so no record is counted
-- twice even when a merged tenant is still below `root` in the hierarchy.
CREATE FUNCTION tenant_rollup(root varchar) RETURNS TABLE (code varchar) LANGUAGE sql STABLE AS $$
    WITH RECURSIVE scope(code) AS (
        SELECT t.code FROM tenant t JOIN tenant r ON r.code = root WHERE t.path <@ r.path
        UNION
        SELECT l.predecessor_code FROM tenant_lineage l JOIN scope s ON l.successor_code = s.code
        WHERE l.kind = 'MERGE'
    )
    SELECT scope.code FROM scope;
$$;
GRANT EXECUTE ON FUNCTION tenant_rollup(varchar) TO ${app_role};

--changeset sohoa:0.2.0-tenant-move splitStatements:false
-- Moving a tenant under another parent moves its whole subtree's paths with it.
CREATE FUNCTION tenant_move_subtree() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    new_path ltree;
BEGIN
    IF NEW.parent_code IS NULL THEN
        new_path := text2ltree(NEW.id::text);
    ELSE
        SELECT p.path || text2ltree(NEW.id::text) INTO STRICT new_path FROM tenant p WHERE p.code = NEW.parent_code;
    END IF;
    IF new_path <@ OLD.path THEN
        RAISE EXCEPTION 'tenant % cannot move below itself', NEW.code USING ERRCODE = 'check_violation';
    END IF;
    UPDATE tenant SET path = new_path || subpath(path, nlevel(OLD.path))
     WHERE path <@ OLD.path AND code <> NEW.code;
    NEW.path := new_path;
    RETURN NEW;
END;
$$;
CREATE TRIGGER tenant_moved BEFORE UPDATE OF parent_code ON tenant
    FOR EACH ROW WHEN (NEW.parent_code IS DISTINCT FROM OLD.parent_code)
    EXECUTE FUNCTION tenant_move_subtree();

--changeset sohoa:0.2.0-tenant-move-history
-- Every re-parenting with the date it took effect, so a tenant's place in the hierarchy can be told
-- for any day of its history.
CREATE TABLE tenant_move (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_code      varchar(32) NOT NULL REFERENCES tenant (code),
    from_parent_code varchar(32) REFERENCES tenant (code),
    to_parent_code   varchar(32) NOT NULL REFERENCES tenant (code),
    effective_date   date        NOT NULL,
    moved_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tenant_move_tenant ON tenant_move (tenant_code, effective_date);
GRANT SELECT, INSERT ON tenant_move TO ${app_role};

--changeset sohoa:0.2.0-restructuring-audit splitStatements:false
-- Lineage links and moves are recorded in the audit of every tenant they name.
CREATE FUNCTION audit_restructuring_row() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    row_now jsonb := coalesce(new_row, old_row);
    action text := CASE TG_OP WHEN 'INSERT' THEN 'CREATE' ELSE TG_OP END;
BEGIN
    IF TG_TABLE_NAME = 'tenant_lineage' THEN
        PERFORM audit_write(ARRAY[row_now ->> 'predecessor_code', row_now ->> 'successor_code'], 'TenantLineage',
                            (row_now ->> 'predecessor_code') || ' > ' || (row_now ->> 'successor_code'),
                            action, old_row, new_row, ARRAY[]::text[]);
    ELSE
        PERFORM audit_write(ARRAY[row_now ->> 'tenant_code', row_now ->> 'from_parent_code', row_now ->> 'to_parent_code'],
                            'TenantMove', row_now ->> 'tenant_code', action, old_row, new_row, ARRAY['moved_at']);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER tenant_lineage_audit AFTER INSERT OR UPDATE OR DELETE ON tenant_lineage
    FOR EACH ROW EXECUTE FUNCTION audit_restructuring_row();
CREATE TRIGGER tenant_move_audit AFTER INSERT OR UPDATE OR DELETE ON tenant_move
    FOR EACH ROW EXECUTE FUNCTION audit_restructuring_row();
