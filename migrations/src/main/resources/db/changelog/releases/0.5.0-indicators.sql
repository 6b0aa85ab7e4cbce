--liquibase formatted sql

--changeset sohoa:0.5.0-indicator
-- Indicators of digital transformation. A tenant's indicators are read by it and by every tenant below it
-- (the province's catalogue is the common one), and written only by the tenant that defines them.
CREATE TABLE indicator (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id         varchar(32)   NOT NULL REFERENCES tenant (code),
    code              varchar(32)   NOT NULL,
    name              varchar(300)  NOT NULL,
    unit              varchar(50)   NOT NULL,
    kind              varchar(16)   NOT NULL CHECK (kind IN ('NUMBER', 'PERCENT', 'YES_NO')),
    across_tenants    varchar(16)   NOT NULL CHECK (across_tenants IN ('SUM', 'AVERAGE', 'RATIO', 'MIN', 'MAX')),
    across_periods    varchar(16)   NOT NULL CHECK (across_periods IN ('SUM', 'LAST', 'AVERAGE')),
    direction         varchar(8)    NOT NULL CHECK (direction IN ('UP', 'DOWN')),
    dti_pillar        varchar(32),
    dti_sub_indicator varchar(300),
    dti_points        numeric(7, 2) CHECK (dti_points > 0),
    source            varchar(32),
    source_category   varchar(32),
    version           bigint        NOT NULL DEFAULT 0,
    created_at        timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, code)
);
ALTER TABLE indicator ENABLE ROW LEVEL SECURITY;
ALTER TABLE indicator FORCE ROW LEVEL SECURITY;
CREATE POLICY indicator_read ON indicator FOR SELECT
    USING (tenant_id = current_setting('sohoa.tenant_id', true)
           OR tenant_id IN (SELECT a.code FROM tenant a JOIN tenant me ON me.code = current_setting('sohoa.tenant_id', true)
                            WHERE a.path @> me.path));
CREATE POLICY indicator_add ON indicator FOR INSERT
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY indicator_change ON indicator FOR UPDATE
    USING (tenant_id = current_setting('sohoa.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT, INSERT, UPDATE ON indicator TO ${app_role};
CREATE TRIGGER indicator_audit AFTER INSERT OR UPDATE OR DELETE ON indicator
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_scoped_row('Indicator', 'code');

--changeset sohoa:0.5.0-data-set
-- Report forms (data sets): which indicators, how often, for which kinds of tenant below the one that
-- defines it, due how many days after the period ends, and whether its approved aggregates are open data.
CREATE TABLE data_set (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id       varchar(32)   NOT NULL REFERENCES tenant (code),
    code            varchar(32)   NOT NULL,
    name            varchar(300)  NOT NULL,
    period_type     varchar(16)   NOT NULL CHECK (period_type IN ('MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR')),
    period_window   varchar(16)   NOT NULL CHECK (period_window IN ('CALENDAR', 'DECREE_09')),
    indicator_codes varchar(32)[] NOT NULL,
    required_codes  varchar(32)[] NOT NULL DEFAULT '{}',
    assigned_kinds  varchar(16)[] NOT NULL,
    due_days        integer       NOT NULL CHECK (due_days BETWEEN 0 AND 366),
    open_data       boolean       NOT NULL DEFAULT false,
    version         bigint        NOT NULL DEFAULT 0,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, code)
);
ALTER TABLE data_set ENABLE ROW LEVEL SECURITY;
ALTER TABLE data_set FORCE ROW LEVEL SECURITY;
CREATE POLICY data_set_read ON data_set FOR SELECT
    USING (tenant_id = current_setting('sohoa.tenant_id', true)
           OR tenant_id IN (SELECT a.code FROM tenant a JOIN tenant me ON me.code = current_setting('sohoa.tenant_id', true)
                            WHERE a.path @> me.path));
CREATE POLICY data_set_add ON data_set FOR INSERT
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY data_set_change ON data_set FOR UPDATE
    USING (tenant_id = current_setting('sohoa.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT, INSERT, UPDATE ON data_set TO ${app_role};
CREATE TRIGGER data_set_audit AFTER INSERT OR UPDATE OR DELETE ON data_set
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_scoped_row('DataSet', 'code');

--changeset sohoa:0.5.0-report-form
-- One form per tenant, data set and period, with its state; its values one row per indicator. Automatic
-- values carry the flag; an override keeps its reason, and the audit trail keeps the value it replaced.
CREATE TABLE report_form (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id          varchar(32)  NOT NULL REFERENCES tenant (code),
    data_set_id        bigint       NOT NULL REFERENCES data_set (id),
    period             varchar(8)   NOT NULL,
    period_start       date         NOT NULL,
    period_end         date         NOT NULL,
    due_date           date         NOT NULL,
    state              varchar(16)  NOT NULL CHECK (state IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    comment            varchar(1000),
    first_submitted_at timestamptz,
    submitted_at       timestamptz,
    submitted_by       varchar(255),
    decided_at         timestamptz,
    decided_by         varchar(255),
    version            bigint       NOT NULL DEFAULT 0,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, data_set_id, period),
    UNIQUE (tenant_id, id)
);
ALTER TABLE report_form ENABLE ROW LEVEL SECURITY;
ALTER TABLE report_form FORCE ROW LEVEL SECURITY;
CREATE POLICY report_form_isolation ON report_form
    USING (tenant_id = current_setting('sohoa.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT, INSERT, UPDATE ON report_form TO ${app_role};
CREATE TRIGGER report_form_audit AFTER INSERT OR UPDATE OR DELETE ON report_form
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_scoped_row('ReportForm', 'period');

CREATE TABLE report_value (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id       varchar(32)    NOT NULL REFERENCES tenant (code),
    form_id         bigint         NOT NULL,
    indicator_code  varchar(32)    NOT NULL,
    value           numeric(20, 4),
    numerator       numeric(20, 4),
    denominator     numeric(20, 4),
    yes             boolean,
    automatic       boolean        NOT NULL DEFAULT false,
    override_reason varchar(500),
    version         bigint         NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, form_id, indicator_code),
    FOREIGN KEY (tenant_id, form_id) REFERENCES report_form (tenant_id, id)
);
ALTER TABLE report_value ENABLE ROW LEVEL SECURITY;
ALTER TABLE report_value FORCE ROW LEVEL SECURITY;
CREATE POLICY report_value_isolation ON report_value
    USING (tenant_id = current_setting('sohoa.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT, INSERT, UPDATE, DELETE ON report_value TO ${app_role};
CREATE TRIGGER report_value_audit AFTER INSERT OR UPDATE OR DELETE ON report_value
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_scoped_row('ReportValue', 'indicator_code');

--changeset sohoa:0.5.0-approved-value splitStatements:false
-- The approved values of every tenant, kept by the database when a form becomes APPROVED or stops being
-- so, in the same transaction. A roll-up reads these (one indexed query over the tenants of the roll-up),
-- never the forms. The application only reads it; the trigger runs as the owner.
CREATE TABLE approved_value (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id      varchar(32)    NOT NULL REFERENCES tenant (code),
    data_set_id    bigint         NOT NULL REFERENCES data_set (id),
    period         varchar(8)     NOT NULL,
    indicator_code varchar(32)    NOT NULL,
    value          numeric(20, 4),
    numerator      numeric(20, 4),
    denominator    numeric(20, 4),
    yes            boolean,
    approved_at    timestamptz    NOT NULL,
    UNIQUE (tenant_id, data_set_id, period, indicator_code)
);
CREATE INDEX approved_value_rollup ON approved_value (data_set_id, period, tenant_id)
    INCLUDE (indicator_code, value, numerator, denominator, yes);
ALTER TABLE approved_value ENABLE ROW LEVEL SECURITY;
ALTER TABLE approved_value FORCE ROW LEVEL SECURITY;
CREATE POLICY approved_value_isolation ON approved_value
    USING (tenant_id = current_setting('sohoa.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT ON approved_value TO ${app_role};

CREATE FUNCTION approved_value_keep() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF OLD.state = 'APPROVED' THEN
        DELETE FROM approved_value
        WHERE tenant_id = OLD.tenant_id AND data_set_id = OLD.data_set_id AND period = OLD.period;
    END IF;
    IF NEW.state = 'APPROVED' THEN
        INSERT INTO approved_value (tenant_id, data_set_id, period, indicator_code, value, numerator, denominator, yes,
                                    approved_at)
        SELECT v.tenant_id, NEW.data_set_id, NEW.period, v.indicator_code, v.value, v.numerator, v.denominator, v.yes,
               NEW.decided_at
        FROM report_value v
        WHERE v.tenant_id = NEW.tenant_id AND v.form_id = NEW.id
          AND (v.value IS NOT NULL OR v.denominator IS NOT NULL OR v.yes IS NOT NULL);
    END IF;
    RETURN NULL;
END;
$$;
REVOKE EXECUTE ON FUNCTION approved_value_keep() FROM PUBLIC;
CREATE TRIGGER report_form_approved AFTER UPDATE OF state ON report_form
    FOR EACH ROW WHEN (OLD.state IS DISTINCT FROM NEW.state AND 'APPROVED' IN (OLD.state, NEW.state))
    EXECUTE FUNCTION approved_value_keep();

--changeset sohoa:0.5.0-indicator-target
-- What a tenant aims for with one indicator in one year, in the indicator's unit (a percentage for PERCENT,
-- a share of "yes" from 0 to 100 for YES_NO).
CREATE TABLE indicator_target (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id      varchar(32)    NOT NULL REFERENCES tenant (code),
    indicator_code varchar(32)    NOT NULL,
    year           integer        NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    value          numeric(20, 4) NOT NULL CHECK (value >= 0),
    version        bigint         NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, indicator_code, year)
);
ALTER TABLE indicator_target ENABLE ROW LEVEL SECURITY;
ALTER TABLE indicator_target FORCE ROW LEVEL SECURITY;
CREATE POLICY indicator_target_isolation ON indicator_target
    USING (tenant_id = current_setting('sohoa.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT, INSERT, UPDATE, DELETE ON indicator_target TO ${app_role};
CREATE TRIGGER indicator_target_audit AFTER INSERT OR UPDATE OR DELETE ON indicator_target
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_scoped_row('IndicatorTarget', 'indicator_code');

--changeset sohoa:0.5.0-dti-recorded-rank
-- A tenant's DTI rank as officially published (e.g. 28th of 63 provinces in 2020), kept beside the preview
-- Sohoa computes, never mixed with it.
CREATE TABLE dti_recorded_rank (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id varchar(32)  NOT NULL REFERENCES tenant (code),
    year      integer      NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    rank      integer      NOT NULL CHECK (rank > 0),
    of_count  integer      NOT NULL CHECK (of_count >= rank),
    source    varchar(300) NOT NULL,
    version   bigint       NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, year)
);
ALTER TABLE dti_recorded_rank ENABLE ROW LEVEL SECURITY;
ALTER TABLE dti_recorded_rank FORCE ROW LEVEL SECURITY;
CREATE POLICY dti_recorded_rank_isolation ON dti_recorded_rank
    USING (tenant_id = current_setting('sohoa.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT, INSERT, UPDATE ON dti_recorded_rank TO ${app_role};
CREATE TRIGGER dti_recorded_rank_audit AFTER INSERT OR UPDATE OR DELETE ON dti_recorded_rank
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_scoped_row('DtiRecordedRank', 'year');

--changeset sohoa:0.5.0-indicator-rollup splitStatements:false
-- Roll-ups read across tenants, so they run as the owner, through owner-only SELECT policies, and return
-- aggregates, never rows of another tenant's forms. Each answers for the tenant the transaction has entered;
-- indicator_rollup also for its children (a parent ranks them) and its siblings (a unit's rank among them).
CREATE POLICY approved_value_rollup ON approved_value FOR SELECT TO CURRENT_USER USING (true);
CREATE POLICY report_form_rollup ON report_form FOR SELECT TO CURRENT_USER USING (true);
CREATE POLICY data_set_rollup ON data_set FOR SELECT TO CURRENT_USER USING (true);

CREATE FUNCTION indicator_rollup(root varchar, set_id bigint, periods varchar[])
    RETURNS TABLE (period varchar, indicator_code varchar, tenants bigint, value_sum numeric, value_min numeric,
                   value_max numeric, numerator_sum numeric, denominator_sum numeric, yes_count bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    entered varchar := current_setting('sohoa.tenant_id', true);
BEGIN
    IF root IS DISTINCT FROM entered AND NOT EXISTS (
        SELECT 1 FROM tenant r JOIN tenant e ON e.code = entered
        WHERE r.code = root AND (r.parent_code = e.code OR r.parent_code = e.parent_code)) THEN
        RAISE EXCEPTION 'a roll-up reads only the tenant the transaction has entered, its children and siblings'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY
        SELECT a.period, a.indicator_code, count(*), sum(a.value),
           min(coalesce(a.value, 100 * a.numerator / nullif(a.denominator, 0))),
           max(coalesce(a.value, 100 * a.numerator / nullif(a.denominator, 0))), sum(a.numerator),
               sum(a.denominator), count(*) FILTER (WHERE a.yes)
        FROM approved_value a
        WHERE a.data_set_id = set_id AND a.period = ANY (periods)
          AND a.tenant_id IN (SELECT s.code FROM tenant_rollup(root) s)
        GROUP BY a.period, a.indicator_code;
END;
$$;
REVOKE EXECUTE ON FUNCTION indicator_rollup(varchar, bigint, varchar[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION indicator_rollup(varchar, bigint, varchar[]) TO ${app_role};

-- The approved values of each tenant of the roll-up, for the export's rows.
CREATE FUNCTION approved_values(root varchar, set_id bigint, one_period varchar)
    RETURNS TABLE (tenant_code varchar, indicator_code varchar, value numeric, numerator numeric,
                   denominator numeric, yes boolean)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF root IS DISTINCT FROM current_setting('sohoa.tenant_id', true) THEN
        RAISE EXCEPTION 'approved values are read only for the tenant the transaction has entered'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY
        SELECT a.tenant_id, a.indicator_code, a.value, a.numerator, a.denominator, a.yes
        FROM approved_value a
        WHERE a.data_set_id = set_id AND a.period = one_period
          AND a.tenant_id IN (SELECT s.code FROM tenant_rollup(root) s);
END;
$$;
REVOKE EXECUTE ON FUNCTION approved_values(varchar, bigint, varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION approved_values(varchar, bigint, varchar) TO ${app_role};

-- Every live tenant of root's subtree that owes the data set's form (its kind is assigned and it lies below
-- the data set's owner), with the state of its form for the period, if any.
CREATE FUNCTION report_states(root varchar, set_id bigint, one_period varchar)
    RETURNS TABLE (tenant_code varchar, tenant_name varchar, parent_code varchar, state varchar,
                   first_submitted_at timestamptz, decided_at timestamptz)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF root IS DISTINCT FROM current_setting('sohoa.tenant_id', true) THEN
        RAISE EXCEPTION 'report states are read only for the tenant the transaction has entered'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY
        SELECT t.code, t.name, t.parent_code, f.state, f.first_submitted_at, f.decided_at
        FROM tenant r
        JOIN data_set d ON d.id = set_id
        JOIN tenant o ON o.code = d.tenant_id
        JOIN tenant t ON t.path <@ r.path AND t.path <@ o.path
        LEFT JOIN report_form f ON f.tenant_id = t.code AND f.data_set_id = set_id AND f.period = one_period
        WHERE r.code = root AND t.status = 'ACTIVE' AND t.kind = ANY (d.assigned_kinds)
        ORDER BY t.code;
END;
$$;
REVOKE EXECUTE ON FUNCTION report_states(varchar, bigint, varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION report_states(varchar, bigint, varchar) TO ${app_role};

--changeset sohoa:0.5.0-open-data splitStatements:false
-- Open data, served without login: only a data set its owner marked public, only for a tenant at commune
-- level or above that lies below that owner, only aggregates of approved values. The database decides
-- this, not the caller, because no tenant is entered for an anonymous request.
CREATE POLICY indicator_open_data ON indicator FOR SELECT TO CURRENT_USER USING (true);

-- The public data set called set_code nearest above root (root's own first), with its indicators in order.
CREATE FUNCTION open_data_set(root varchar, set_code varchar)
    RETURNS TABLE (data_set_id bigint, data_set_name varchar, period_type varchar, owner_code varchar,
                   indicator_code varchar, indicator_name varchar, unit varchar, kind varchar, across_tenants varchar)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    WITH chosen AS (
        SELECT d.* FROM tenant r
        JOIN tenant o ON o.path @> r.path
        JOIN data_set d ON d.tenant_id = o.code AND d.code = set_code
        WHERE r.code = root AND r.kind IN ('PROVINCE', 'DEPARTMENT', 'DISTRICT', 'COMMUNE')
        ORDER BY nlevel(o.path) DESC
        LIMIT 1
    )
    SELECT c.id, c.name, c.period_type, c.tenant_id, i.code, i.name, i.unit, i.kind, i.across_tenants
    FROM chosen c
    CROSS JOIN LATERAL unnest(c.indicator_codes) WITH ORDINALITY AS listed(code, position)
    JOIN tenant r ON r.code = root
    JOIN LATERAL (SELECT x.* FROM indicator x JOIN tenant o ON o.code = x.tenant_id
                  WHERE x.code = listed.code AND o.path @> r.path ORDER BY nlevel(o.path) DESC LIMIT 1) i ON true
    WHERE c.open_data
    ORDER BY listed.position;
$$;
REVOKE EXECUTE ON FUNCTION open_data_set(varchar, varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION open_data_set(varchar, varchar) TO ${app_role};

-- The approved aggregates of root's roll-up for a public data set, by period and indicator.
CREATE FUNCTION open_data_values(root varchar, set_id bigint)
    RETURNS TABLE (period varchar, indicator_code varchar, tenants bigint, value_sum numeric, value_min numeric,
                   value_max numeric, numerator_sum numeric, denominator_sum numeric, yes_count bigint,
                   last_approved timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT a.period, a.indicator_code, count(*), sum(a.value),
           min(coalesce(a.value, 100 * a.numerator / nullif(a.denominator, 0))),
           max(coalesce(a.value, 100 * a.numerator / nullif(a.denominator, 0))), sum(a.numerator),
           sum(a.denominator), count(*) FILTER (WHERE a.yes), max(a.approved_at)
    FROM approved_value a
    WHERE a.data_set_id = set_id
      AND EXISTS (SELECT 1 FROM data_set d JOIN tenant o ON o.code = d.tenant_id JOIN tenant r ON r.code = root
                  WHERE d.id = set_id AND d.open_data AND o.path @> r.path
                    AND r.kind IN ('PROVINCE', 'DEPARTMENT', 'DISTRICT', 'COMMUNE'))
      AND a.tenant_id IN (SELECT s.code FROM tenant_rollup(root) s)
    GROUP BY a.period, a.indicator_code
    ORDER BY a.period, a.indicator_code;
$$;
REVOKE EXECUTE ON FUNCTION open_data_values(varchar, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION open_data_values(varchar, bigint) TO ${app_role};
