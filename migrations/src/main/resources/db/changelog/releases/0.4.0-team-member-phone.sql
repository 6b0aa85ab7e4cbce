--liquibase formatted sql

--changeset sohoa:0.4.0-team-member-phone-audit splitStatements:false
-- A team member's phone number is for the tenant's own administrators and team leaders. The audit trail
-- is also read by administrators of the units above, so it records that a number was set, changed or
-- removed, never the number itself; entries written before keep no number either.
CREATE FUNCTION audit_team_member_row() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) - 'phone' END;
    new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) - 'phone' END;
    row_now jsonb := coalesce(new_row, old_row);
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.phone IS NOT NULL THEN
        old_row := old_row || jsonb_build_object('phone', 'hidden');
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.phone IS NOT NULL THEN
        new_row := new_row || jsonb_build_object('phone', CASE WHEN TG_OP = 'UPDATE' AND OLD.phone IS NOT NULL
            AND OLD.phone IS DISTINCT FROM NEW.phone THEN 'hidden, changed' ELSE 'hidden' END);
    END IF;
    PERFORM audit_write(ARRAY[row_now ->> 'tenant_id'], 'TeamMember', row_now ->> 'full_name',
                        CASE TG_OP WHEN 'INSERT' THEN 'CREATE' ELSE TG_OP END, old_row, new_row, ARRAY[]::text[]);
    RETURN NULL;
END;
$$;
REVOKE EXECUTE ON FUNCTION audit_team_member_row() FROM PUBLIC;
DROP TRIGGER team_member_audit ON team_member;
CREATE TRIGGER team_member_audit AFTER INSERT OR UPDATE OR DELETE ON team_member
    FOR EACH ROW EXECUTE FUNCTION audit_team_member_row();
-- The owner changes past entries once, in this transaction, outside the row-level security that keeps
-- the trail append-only for everyone.
ALTER TABLE audit_entry NO FORCE ROW LEVEL SECURITY;
UPDATE audit_entry
   SET changes = changes || jsonb_build_object('phone', (
           SELECT jsonb_object_agg(side, CASE WHEN value = 'null'::jsonb THEN value ELSE to_jsonb('hidden'::text) END)
             FROM jsonb_each(changes -> 'phone') AS e(side, value)))
 WHERE entity_type = 'TeamMember' AND changes -> 'phone' IS NOT NULL;
ALTER TABLE audit_entry FORCE ROW LEVEL SECURITY;
