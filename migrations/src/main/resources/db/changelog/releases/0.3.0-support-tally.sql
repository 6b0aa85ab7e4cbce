--liquibase formatted sql

--changeset sohoa:0.3.0-support-tally splitStatements:false
-- The live support records of a tenant counted by day (in Vietnam, UTC+7), sub-unit and category, kept
-- exact by a trigger in the transaction that writes a record, corrects it or deletes it. The list's total
-- over a tenant with a million records adds up a few thousand of these rows instead of counting the
-- records. The application only reads it: the trigger function runs as the owner.
CREATE TABLE support_tally (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id     varchar(32) NOT NULL REFERENCES tenant (code),
    day           date        NOT NULL,
    unit_code     varchar(32) NOT NULL,
    category_code varchar(32) NOT NULL,
    records       bigint      NOT NULL CHECK (records >= 0),
    UNIQUE (tenant_id, day, unit_code, category_code)
);
ALTER TABLE support_tally ENABLE ROW LEVEL SECURITY;
ALTER TABLE support_tally FORCE ROW LEVEL SECURITY;
CREATE POLICY support_tally_isolation ON support_tally
    USING (tenant_id = current_setting('sohoa.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT ON support_tally TO ${app_role};

-- A record leaving a key always finds the key's row, made when it arrived; only arrivals insert.
CREATE FUNCTION support_tally_add(record support_log, delta integer) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF delta < 0 THEN
        UPDATE support_tally SET records = records + delta
        WHERE tenant_id = record.tenant_id AND day = (record.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
          AND unit_code = record.unit_code AND category_code = record.category_code;
    ELSE
        INSERT INTO support_tally AS t (tenant_id, day, unit_code, category_code, records)
        VALUES (record.tenant_id, (record.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, record.unit_code,
                record.category_code, delta)
        ON CONFLICT (tenant_id, day, unit_code, category_code) DO UPDATE SET records = t.records + delta;
    END IF;
END;
$$;
REVOKE EXECUTE ON FUNCTION support_tally_add(support_log, integer) FROM PUBLIC;

-- A correction that moves a record to another key takes both rows' locks in one order (the smaller key
-- first), so two corrections moving records in opposite directions cannot deadlock.
CREATE FUNCTION support_tally_count() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    counted_before boolean := TG_OP <> 'INSERT' AND OLD.deleted_at IS NULL;
    counted_after  boolean := TG_OP <> 'DELETE' AND NEW.deleted_at IS NULL;
BEGIN
    IF counted_before AND counted_after THEN
        IF (OLD.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date = (NEW.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
           AND OLD.unit_code = NEW.unit_code AND OLD.category_code = NEW.category_code THEN
            RETURN NULL;
        END IF;
        IF ((OLD.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, OLD.unit_code, OLD.category_code)
           < ((NEW.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, NEW.unit_code, NEW.category_code) THEN
            PERFORM support_tally_add(OLD, -1);
            PERFORM support_tally_add(NEW, 1);
        ELSE
            PERFORM support_tally_add(NEW, 1);
            PERFORM support_tally_add(OLD, -1);
        END IF;
    ELSIF counted_before THEN
        PERFORM support_tally_add(OLD, -1);
    ELSIF counted_after THEN
        PERFORM support_tally_add(NEW, 1);
    END IF;
    RETURN NULL;
END;
$$;
REVOKE EXECUTE ON FUNCTION support_tally_count() FROM PUBLIC;
CREATE TRIGGER support_log_tally AFTER INSERT OR UPDATE OR DELETE ON support_log
    FOR EACH ROW EXECUTE FUNCTION support_tally_count();

-- The records written before this release, counted once. Row-level security binds the owner too, so it is
-- lifted for this statement only, inside the changeSet's transaction.
ALTER TABLE support_log NO FORCE ROW LEVEL SECURITY;
ALTER TABLE support_tally NO FORCE ROW LEVEL SECURITY;
INSERT INTO support_tally (tenant_id, day, unit_code, category_code, records)
SELECT tenant_id, (occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, unit_code, category_code, count(*)
FROM support_log WHERE deleted_at IS NULL
GROUP BY 1, 2, 3, 4;
ALTER TABLE support_log FORCE ROW LEVEL SECURITY;
ALTER TABLE support_tally FORCE ROW LEVEL SECURITY;
