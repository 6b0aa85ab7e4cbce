--liquibase formatted sql

--changeset sohoa:0.4.0-walls-temporary splitStatements:false
-- The application role creates nothing, not even for the length of a session: a temporary table could
-- carry a trigger of its own choosing. PostgreSQL grants TEMPORARY on a database to PUBLIC by default, and
-- older provisioning granted it to the application role as well.
DO $$
BEGIN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC, %I', current_database(), '${app_role}');
END;
$$;

--changeset sohoa:0.4.0-walls-function-defaults
-- Functions created by the owner from now on are executable by nobody until a changeSet grants them.
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

--changeset sohoa:0.4.0-walls-tenant-columns
-- The application role changes only what a tenant administrator or governor may change: the name and
-- kind, the life-cycle state with its reason and end, and the settings document, with their versions.
-- The ltree path, which decides who reaches a tenant, is derived by triggers and written by nobody else;
-- the parent changes only through move_tenant(), which records the move; valid_from never changes.
REVOKE INSERT, UPDATE ON tenant FROM ${app_role};
GRANT INSERT (code, name, kind, parent_code, status, status_reason, valid_from, valid_to, version) ON tenant
    TO ${app_role};
GRANT UPDATE (name, kind, status, status_reason, valid_to, version, settings, settings_version) ON tenant
    TO ${app_role};
-- A move is written only together with its re-parenting, by move_tenant().
REVOKE INSERT ON tenant_move FROM ${app_role};

--changeset sohoa:0.4.0-walls-tenant-move splitStatements:false
-- Hangs a tenant, with its subtree, under another parent as of a date, and records the move: the only way
-- a tenant's parent changes, so every re-parenting (a move, or a merge taking over a source's children)
-- is in tenant_move, and every row there is a re-parenting that happened. The subtree's paths follow
-- through the tenant_moved trigger. Raises when the tenant does not exist or the parent does not change.
CREATE FUNCTION move_tenant(moving varchar, new_parent varchar, effective date) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    old_parent varchar;
BEGIN
    SELECT parent_code INTO STRICT old_parent FROM tenant WHERE code = moving FOR UPDATE;
    IF new_parent IS NULL OR new_parent IS NOT DISTINCT FROM old_parent OR effective IS NULL THEN
        RAISE EXCEPTION 'tenant % cannot move under % as of %', moving, new_parent, effective
            USING ERRCODE = 'check_violation';
    END IF;
    UPDATE tenant SET parent_code = new_parent, version = version + 1 WHERE code = moving;
    INSERT INTO tenant_move (tenant_code, from_parent_code, to_parent_code, effective_date)
    VALUES (moving, old_parent, new_parent, effective);
END;
$$;

--changeset sohoa:0.4.0-walls-tenant-life-cycle splitStatements:false
-- The life cycle the application follows, held by the database as well: a tenant starts ACTIVE with no
-- end; only a live tenant (ACTIVE, SUSPENDED) changes state; its validity ends only when it ends (MERGED,
-- ARCHIVED); an ended tenant stays exactly as it ended, apart from the path, which follows a move of an
-- ancestor. So no statement can bring a merged or archived tenant back, nor rewrite its history.
CREATE FUNCTION tenant_keep_life_cycle() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'ACTIVE' OR NEW.valid_to IS NOT NULL THEN
            RAISE EXCEPTION 'tenant % must start active, with no end', NEW.code USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.status IN ('MERGED', 'ARCHIVED') THEN
        IF to_jsonb(NEW) - 'path' IS DISTINCT FROM to_jsonb(OLD) - 'path' THEN
            RAISE EXCEPTION 'tenant % has ended (%) and stays as it ended', OLD.code, OLD.status
                USING ERRCODE = 'check_violation';
        END IF;
    ELSIF NEW.valid_to IS DISTINCT FROM OLD.valid_to AND NEW.status NOT IN ('MERGED', 'ARCHIVED') THEN
        RAISE EXCEPTION 'the validity of tenant % ends only when the tenant ends', OLD.code
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER tenant_life_cycle BEFORE INSERT OR UPDATE ON tenant
    FOR EACH ROW EXECUTE FUNCTION tenant_keep_life_cycle();

--changeset sohoa:0.4.0-walls-tenant-lineage splitStatements:false
-- A lineage link folds the predecessor's history into the successor's roll-ups and offers its people to
-- the successor's administrators, so a link is only true of a tenant that ended by it: by the end of the
-- transaction the predecessor of a MERGE is MERGED, of a SPLIT ARCHIVED, and a tenant merges into one
-- successor only. Forging a link therefore means ending the tenant, in the open and in its audit trail.
CREATE UNIQUE INDEX tenant_lineage_one_merge ON tenant_lineage (predecessor_code) WHERE kind = 'MERGE';
CREATE FUNCTION tenant_lineage_check_ended() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM tenant WHERE code = NEW.predecessor_code
                   AND status = CASE NEW.kind WHEN 'MERGE' THEN 'MERGED' ELSE 'ARCHIVED' END) THEN
        RAISE EXCEPTION 'tenant % is linked to a successor by %, but has not ended by it',
            NEW.predecessor_code, NEW.kind USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER tenant_lineage_ended AFTER INSERT ON tenant_lineage
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION tenant_lineage_check_ended();

--changeset sohoa:0.4.0-walls-membership-policies
-- One policy per command. A person reads their own memberships in every tenant (to know where they may
-- go), but adds, changes and removes memberships only in the tenant the transaction has entered: a
-- statement in one tenant can no longer reach the caller's rows in another.
DROP POLICY membership_isolation ON membership;
CREATE POLICY membership_read ON membership FOR SELECT
    USING (tenant_id = current_setting('sohoa.tenant_id', true)
           OR user_subject = current_setting('sohoa.user_subject', true));
CREATE POLICY membership_add ON membership FOR INSERT
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY membership_change ON membership FOR UPDATE
    USING (tenant_id = current_setting('sohoa.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY membership_remove ON membership FOR DELETE
    USING (tenant_id = current_setting('sohoa.tenant_id', true));

--changeset sohoa:0.4.0-walls-function-grants splitStatements:false
-- EXECUTE on the schema's own functions only where the application calls them. Until now every function
-- was executable by PUBLIC unless revoked one by one; that let the application role attach the SECURITY
-- DEFINER audit trigger to a table of its own and write forged audit entries into any tenant. Trigger
-- functions need no grant: PostgreSQL checks EXECUTE when a trigger is created, not when it fires.
-- Functions of extensions (ltree, unaccent) are left as their extension made them: they run with the
-- caller's rights, and the ltree operators of every hierarchy query need them.
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN
        SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public'
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                                                       AND d.deptype = 'e')
    LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END;
$$;
GRANT EXECUTE ON FUNCTION tenant_rollup(varchar) TO ${app_role};
GRANT EXECUTE ON FUNCTION search_fold(text) TO ${app_role};
GRANT EXECUTE ON FUNCTION support_rollup(varchar, date, date) TO ${app_role};
GRANT EXECUTE ON FUNCTION purge_idempotency_keys(interval) TO ${app_role};
GRANT EXECUTE ON FUNCTION move_tenant(varchar, varchar, date) TO ${app_role};
