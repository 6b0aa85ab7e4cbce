--liquibase formatted sql

--changeset sohoa:0.5.3-pilot-step-day splitStatements:false
-- The day a pilot's step took effect (effective_on), beside the moment it was written down (occurred_at): a unit
-- that brings its pilots over from paper records that its model started on 01/03 and was recognised on 15/10, and
-- the indicators count it as running and recognised from those days, not from the day it was typed in. A step takes
-- effect no later than the day it is written and no earlier than the pilot's step before it (the application
-- checks both). The steps written before take effect on the day they were written, in Vietnam, which is what the
-- indicators counted until now: filled in with row-level security lifted for this statement only (the table has no
-- update policy, being append-only) and without its audit trigger (the steps are not changed, a column is added).
ALTER TABLE pilot_transition ADD COLUMN effective_on date;
ALTER TABLE pilot_transition NO FORCE ROW LEVEL SECURITY;
ALTER TABLE pilot_transition DISABLE TRIGGER pilot_transition_audit;
UPDATE pilot_transition SET effective_on = (occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;
ALTER TABLE pilot_transition ENABLE TRIGGER pilot_transition_audit;
ALTER TABLE pilot_transition FORCE ROW LEVEL SECURITY;
ALTER TABLE pilot_transition ALTER COLUMN effective_on SET NOT NULL;
CREATE INDEX pilot_transition_effective ON pilot_transition (tenant_id, pilot_id, effective_on, id);

-- A step written without its day (by a server of the release before, still running while a rolling upgrade replaces
-- it, or by replicate_pilot of 0.5.0, kept for those servers) takes effect on the day it is written, in Vietnam.
CREATE FUNCTION pilot_transition_effective_default() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.effective_on := coalesce(NEW.effective_on, (NEW.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date);
    RETURN NEW;
END;
$$;
REVOKE EXECUTE ON FUNCTION pilot_transition_effective_default() FROM PUBLIC;
CREATE TRIGGER pilot_transition_effective_default BEFORE INSERT ON pilot_transition
    FOR EACH ROW EXECUTE FUNCTION pilot_transition_effective_default();

-- Replication as in 0.5.0; each replica's first step takes effect on the day the source's replication step does.
-- The five-argument function of 0.5.0 stays for the servers of the release before during an upgrade.
CREATE FUNCTION replicate_pilot(source bigint, targets varchar[], decision varchar, decided_on date, at timestamptz,
                                effective date)
    RETURNS TABLE (tenant_code varchar, pilot_id bigint)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    origin pilot;
BEGIN
    SELECT * INTO origin FROM pilot p WHERE p.id = source AND p.tenant_id = current_setting('sohoa.tenant_id', true);
    IF NOT FOUND OR NOT origin.recognised OR origin.status NOT IN ('EVALUATED', 'REPLICATING') THEN
        RAISE EXCEPTION 'only a recognised pilot of the tenant the transaction has entered is replicated'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF EXISTS (SELECT 1 FROM unnest(targets) t(code) LEFT JOIN tenant x ON x.code = t.code
               WHERE x.code IS NULL OR x.status <> 'ACTIVE' OR x.code = origin.tenant_id) THEN
        RAISE EXCEPTION 'a replica goes to an active tenant other than the source''s'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY
    WITH created AS (
        INSERT INTO pilot (tenant_id, name, field, objectives, start_date, end_date, partners, reporting,
                           template_tenant, template_code, design, status, decision_number, decision_date,
                           source_pilot_id)
        SELECT DISTINCT t.code, origin.name, origin.field, origin.objectives, decided_on,
               decided_on + (origin.end_date - origin.start_date), '{}'::varchar[], origin.reporting,
               origin.template_tenant, origin.template_code, origin.design, 'APPROVED', decision, decided_on, source
        FROM unnest(targets) t(code)
        WHERE NOT EXISTS (SELECT 1 FROM pilot r WHERE r.source_pilot_id = source AND r.tenant_id = t.code)
        RETURNING pilot.tenant_id, pilot.id
    ), stepped AS (
        INSERT INTO pilot_transition (tenant_id, pilot_id, action, from_status, to_status, comment, decision_number,
                                      decision_date, actor_subject, actor_username, occurred_at, effective_on)
        SELECT c.tenant_id, c.id, 'REPLICATE', NULL, 'APPROVED',
               'Nhân rộng từ mô hình ' || origin.name || ' (' || origin.tenant_id || ')', decision, decided_on,
               coalesce(nullif(current_setting('sohoa.actor_subject', true), ''), 'system'),
               coalesce(nullif(current_setting('sohoa.actor_username', true), ''), 'system'), at, effective
        FROM created c
    )
    -- A data-modifying WITH runs whether or not it is read; the steps return nothing, because RETURNING
    -- would need a select policy for the owner on pilot_transition, which it does not need otherwise.
    SELECT c.tenant_id, c.id FROM created c;
END;
$$;
REVOKE EXECUTE ON FUNCTION replicate_pilot(bigint, varchar[], varchar, date, timestamptz, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION replicate_pilot(bigint, varchar[], varchar, date, timestamptz, date) TO ${app_role};
