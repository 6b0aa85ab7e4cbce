--liquibase formatted sql

--changeset sohoa:0.5.0-pilot-template
-- Pilot model templates (mẫu mô hình thí điểm). A tenant keeps its own; every tenant below it reads them
-- too, so the select policy has a branch for the entered tenant's ancestors (ltree path containment on the
-- registry, which every role reads). The KPI definitions, scoring rubric and level bands are one document
-- (design): a pilot copies it whole and keeps that copy, so a later edit of the template changes no pilot.
CREATE TABLE pilot_template (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    varchar(32)   NOT NULL REFERENCES tenant (code),
    code         varchar(32)   NOT NULL,
    name         varchar(200)  NOT NULL,
    field        varchar(16)   NOT NULL CHECK (field IN ('GOVERNMENT', 'ECONOMY', 'SOCIETY', 'EDUCATION', 'HEALTH',
                                                         'AGRICULTURE', 'TOURISM', 'COMMERCE', 'OTHER')),
    suited_kinds varchar(16)[] NOT NULL DEFAULT '{}',
    description  varchar(4000),
    design       jsonb         NOT NULL,
    version      bigint        NOT NULL DEFAULT 0,
    created_at   timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, code)
);
ALTER TABLE pilot_template ENABLE ROW LEVEL SECURITY;
ALTER TABLE pilot_template FORCE ROW LEVEL SECURITY;
CREATE POLICY pilot_template_read ON pilot_template FOR SELECT
    USING (tenant_id = current_setting('sohoa.tenant_id', true)
           OR tenant_id IN (SELECT above.code FROM tenant above JOIN tenant here ON here.path <@ above.path
                            WHERE here.code = current_setting('sohoa.tenant_id', true)));
CREATE POLICY pilot_template_add ON pilot_template FOR INSERT
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY pilot_template_change ON pilot_template FOR UPDATE
    USING (tenant_id = current_setting('sohoa.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT, INSERT, UPDATE ON pilot_template TO ${app_role};
CREATE TRIGGER pilot_template_audit AFTER INSERT OR UPDATE OR DELETE ON pilot_template
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_scoped_row('PilotTemplate', 'code');

--changeset sohoa:0.5.0-pilot
-- A pilot model of one unit: its plan, its own copy of the design (KPIs with baseline and target, rubric,
-- bands), where it stands in its life cycle, the approval decision, and the two assessments (the unit's
-- own and the governing level's final one, each a document of scores per criterion). A replica names its
-- source, which lives in another tenant; the id is global, so the foreign key still holds.
CREATE TABLE pilot (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id         varchar(32)   NOT NULL REFERENCES tenant (code),
    name              varchar(200)  NOT NULL,
    field             varchar(16)   NOT NULL CHECK (field IN ('GOVERNMENT', 'ECONOMY', 'SOCIETY', 'EDUCATION', 'HEALTH',
                                                              'AGRICULTURE', 'TOURISM', 'COMMERCE', 'OTHER')),
    objectives        varchar(4000),
    start_date        date          NOT NULL,
    end_date          date          NOT NULL CHECK (end_date >= start_date),
    budget_vnd        bigint        CHECK (budget_vnd >= 0),
    sub_units         varchar(32)[] NOT NULL DEFAULT '{}',
    partners          varchar(200)[] NOT NULL DEFAULT '{}',
    responsible       varchar(200),
    reporting         varchar(9)    NOT NULL DEFAULT 'MONTHLY' CHECK (reporting IN ('MONTHLY', 'QUARTERLY')),
    template_tenant   varchar(32),
    template_code     varchar(32),
    design            jsonb         NOT NULL,
    status            varchar(12)   NOT NULL DEFAULT 'DRAFT'
                      CHECK (status IN ('DRAFT', 'PROPOSED', 'RETURNED', 'APPROVED', 'RUNNING', 'REVIEWED',
                                        'EVALUATED', 'REPLICATING', 'CLOSED', 'STOPPED')),
    decision_number   varchar(64),
    decision_date     date,
    self_assessment   jsonb,
    evaluation        jsonb,
    total_points      numeric(7, 2),
    level             varchar(100),
    recognised        boolean       NOT NULL DEFAULT false,
    source_pilot_id   bigint        REFERENCES pilot (id),
    version           bigint        NOT NULL DEFAULT 0,
    created_at        timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, id),
    CHECK (status IN ('DRAFT', 'PROPOSED', 'RETURNED') OR decision_number IS NOT NULL)
);
CREATE INDEX pilot_list ON pilot (tenant_id, status, field);
CREATE UNIQUE INDEX pilot_replica ON pilot (source_pilot_id, tenant_id) WHERE source_pilot_id IS NOT NULL;
ALTER TABLE pilot ENABLE ROW LEVEL SECURITY;
ALTER TABLE pilot FORCE ROW LEVEL SECURITY;
CREATE POLICY pilot_read ON pilot FOR SELECT
    USING (tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY pilot_add ON pilot FOR INSERT
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY pilot_change ON pilot FOR UPDATE
    USING (tenant_id = current_setting('sohoa.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT, INSERT, UPDATE ON pilot TO ${app_role};
CREATE TRIGGER pilot_audit AFTER INSERT OR UPDATE OR DELETE ON pilot
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_scoped_row('Pilot', 'name');

--changeset sohoa:0.5.0-pilot-transition
-- Every step of a pilot's life cycle, appended and never changed: who, when, why, and the decision that
-- approved or replicated it.
CREATE TABLE pilot_transition (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id       varchar(32)  NOT NULL REFERENCES tenant (code),
    pilot_id        bigint       NOT NULL,
    action          varchar(10)  NOT NULL,
    from_status     varchar(12),
    to_status       varchar(12)  NOT NULL,
    comment         varchar(2000),
    decision_number varchar(64),
    decision_date   date,
    actor_subject   varchar(64)  NOT NULL,
    actor_username  varchar(255) NOT NULL,
    occurred_at     timestamptz  NOT NULL,
    version         bigint       NOT NULL DEFAULT 0,
    FOREIGN KEY (tenant_id, pilot_id) REFERENCES pilot (tenant_id, id)
);
CREATE INDEX pilot_transition_pilot ON pilot_transition (tenant_id, pilot_id, occurred_at);
ALTER TABLE pilot_transition ENABLE ROW LEVEL SECURITY;
ALTER TABLE pilot_transition FORCE ROW LEVEL SECURITY;
CREATE POLICY pilot_transition_read ON pilot_transition FOR SELECT
    USING (tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY pilot_transition_add ON pilot_transition FOR INSERT
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT, INSERT ON pilot_transition TO ${app_role};
CREATE TRIGGER pilot_transition_audit AFTER INSERT OR UPDATE OR DELETE ON pilot_transition
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_scoped_row('PilotTransition', 'action');

--changeset sohoa:0.5.0-pilot-measurement
-- The actual value of one KPI of a pilot for one period ('2026-11' or '2026-Q4'). A percentage keeps its
-- numerator and denominator, so figures add up across pilots; value is then 100 × numerator / denominator.
-- A correction inserts a new row and marks the one it replaces (superseded_at), so the history stays; one
-- current row per KPI and period.
CREATE TABLE pilot_measurement (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id       varchar(32)    NOT NULL REFERENCES tenant (code),
    pilot_id        bigint         NOT NULL,
    kpi_code        varchar(32)    NOT NULL,
    period          varchar(7)     NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])$'),
    value           numeric(18, 4) NOT NULL,
    numerator       numeric(18, 4),
    denominator     numeric(18, 4) CHECK (denominator > 0),
    note            varchar(1000),
    recorded_by     varchar(255)   NOT NULL,
    recorded_at     timestamptz    NOT NULL,
    superseded_at   timestamptz,
    version         bigint         NOT NULL DEFAULT 0,
    FOREIGN KEY (tenant_id, pilot_id) REFERENCES pilot (tenant_id, id)
);
CREATE UNIQUE INDEX pilot_measurement_current ON pilot_measurement (tenant_id, pilot_id, kpi_code, period)
    WHERE superseded_at IS NULL;
ALTER TABLE pilot_measurement ENABLE ROW LEVEL SECURITY;
ALTER TABLE pilot_measurement FORCE ROW LEVEL SECURITY;
CREATE POLICY pilot_measurement_read ON pilot_measurement FOR SELECT
    USING (tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY pilot_measurement_add ON pilot_measurement FOR INSERT
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY pilot_measurement_change ON pilot_measurement FOR UPDATE
    USING (tenant_id = current_setting('sohoa.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT, INSERT, UPDATE ON pilot_measurement TO ${app_role};
CREATE TRIGGER pilot_measurement_audit AFTER INSERT OR UPDATE OR DELETE ON pilot_measurement
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_scoped_row('PilotMeasurement', 'kpi_code');

--changeset sohoa:0.5.0-pilot-replication splitStatements:false
-- Replicating a recognised pilot writes one pilot (APPROVED, citing the replication decision) and its first
-- step into every target tenant, in two set-based statements, so a thousand communes take one request.
-- Row-level security keeps the application inside the tenant it entered, so this runs as the owner, through
-- policies for the owner only. It answers only for a source pilot of the entered tenant, which the
-- application enters after checking the caller governs it, and only for ACTIVE targets that are not the
-- source's tenant; the application checks that the caller governs every target. A target that already has a
-- replica of the source is left as it is.
CREATE POLICY pilot_owner_read ON pilot FOR SELECT TO CURRENT_USER USING (true);
CREATE POLICY pilot_owner_add ON pilot FOR INSERT TO CURRENT_USER WITH CHECK (source_pilot_id IS NOT NULL);
CREATE POLICY pilot_transition_owner_add ON pilot_transition FOR INSERT TO CURRENT_USER
    WITH CHECK (action = 'REPLICATE');
CREATE POLICY pilot_measurement_owner_read ON pilot_measurement FOR SELECT TO CURRENT_USER USING (true);
CREATE FUNCTION replicate_pilot(source bigint, targets varchar[], decision varchar, decided_on date, at timestamptz)
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
                                      decision_date, actor_subject, actor_username, occurred_at)
        SELECT c.tenant_id, c.id, 'REPLICATE', NULL, 'APPROVED',
               'Nhân rộng từ mô hình ' || origin.name || ' (' || origin.tenant_id || ')', decision, decided_on,
               coalesce(nullif(current_setting('sohoa.actor_subject', true), ''), 'system'),
               coalesce(nullif(current_setting('sohoa.actor_username', true), ''), 'system'), at
        FROM created c
    )
    -- A data-modifying WITH runs whether or not it is read; the steps return nothing, because RETURNING
    -- would need a select policy for the owner on pilot_transition, which it does not need otherwise.
    SELECT c.tenant_id, c.id FROM created c;
END;
$$;
REVOKE EXECUTE ON FUNCTION replicate_pilot(bigint, varchar[], varchar, date, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION replicate_pilot(bigint, varchar[], varchar, date, timestamptz) TO ${app_role};

-- How many KPIs of a pilot reach their target with their latest current actual, out of how many it has.
CREATE FUNCTION pilot_kpis_reached(p pilot) RETURNS TABLE (reached integer, kpis integer)
    LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    SELECT count(*) FILTER (WHERE m.value IS NOT NULL AND k.target IS NOT NULL
                            AND CASE WHEN k.direction = 'DOWN' THEN m.value <= k.target ELSE m.value >= k.target END)::integer,
           count(*)::integer
    FROM jsonb_to_recordset(p.design -> 'kpis') AS k(code varchar, direction varchar, target numeric)
    LEFT JOIN LATERAL (SELECT x.value FROM pilot_measurement x
                       WHERE x.tenant_id = p.tenant_id AND x.pilot_id = p.id AND x.kpi_code = k.code
                         AND x.superseded_at IS NULL
                       ORDER BY substr(x.period, 1, 4) DESC,
                                CASE WHEN substr(x.period, 6, 1) = 'Q' THEN substr(x.period, 7, 1)::int * 3
                                     ELSE substr(x.period, 6, 2)::int END DESC
                       LIMIT 1) m ON true
$$;
REVOKE EXECUTE ON FUNCTION pilot_kpis_reached(pilot) FROM PUBLIC;

-- The replicas of a pilot of the entered tenant, in whichever tenants they run: where, their state and how
-- many of their KPIs reach the target. Summaries only, never the replicas' own data.
CREATE FUNCTION pilot_replicas(source bigint)
    RETURNS TABLE (tenant_code varchar, tenant_name varchar, pilot_id bigint, status varchar, kpis_reached integer,
                   kpis integer)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pilot p WHERE p.id = source
                   AND p.tenant_id = current_setting('sohoa.tenant_id', true)) THEN
        RAISE EXCEPTION 'replicas are listed only for a pilot of the tenant the transaction has entered'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY
        SELECT r.tenant_id, t.name, r.id, r.status, k.reached, k.kpis
        FROM pilot r JOIN tenant t ON t.code = r.tenant_id CROSS JOIN LATERAL pilot_kpis_reached(r) k
        WHERE r.source_pilot_id = source
        ORDER BY t.name, r.tenant_id;
END;
$$;
REVOKE EXECUTE ON FUNCTION pilot_replicas(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pilot_replicas(bigint) TO ${app_role};

-- The pilots of the entered tenant's subtree, counted by status, field, recognition and whether they are
-- replicas. Counts only, as support_rollup does.
CREATE FUNCTION pilot_counts(root varchar)
    RETURNS TABLE (status varchar, field varchar, recognised boolean, replica boolean, pilots bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF root IS DISTINCT FROM current_setting('sohoa.tenant_id', true) THEN
        RAISE EXCEPTION 'an overview reads only the tenant the transaction has entered'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY
        SELECT p.status, p.field, p.recognised, p.source_pilot_id IS NOT NULL, count(*)
        FROM pilot p JOIN tenant t ON t.code = p.tenant_id
        WHERE t.path <@ (SELECT r.path FROM tenant r WHERE r.code = root)
        GROUP BY 1, 2, 3, 4;
END;
$$;
REVOKE EXECUTE ON FUNCTION pilot_counts(varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pilot_counts(varchar) TO ${app_role};

-- The evaluated pilots of the entered tenant's subtree with the highest total points.
CREATE FUNCTION pilot_top_scores(root varchar, how_many integer)
    RETURNS TABLE (tenant_code varchar, tenant_name varchar, pilot_id bigint, name varchar, field varchar,
                   total_points numeric, level varchar, recognised boolean)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF root IS DISTINCT FROM current_setting('sohoa.tenant_id', true) THEN
        RAISE EXCEPTION 'an overview reads only the tenant the transaction has entered'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY
        SELECT p.tenant_id, t.name, p.id, p.name, p.field, p.total_points, p.level, p.recognised
        FROM pilot p JOIN tenant t ON t.code = p.tenant_id
        WHERE t.path <@ (SELECT r.path FROM tenant r WHERE r.code = root) AND p.total_points IS NOT NULL
        ORDER BY p.total_points DESC, p.id
        LIMIT least(how_many, 100);
END;
$$;
REVOKE EXECUTE ON FUNCTION pilot_top_scores(varchar, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pilot_top_scores(varchar, integer) TO ${app_role};

--changeset sohoa:0.5.0-pilot-evidence
-- Evidence files (tài liệu kiểm chứng) of a pilot, kept in the shared file store under the pilot's tenant,
-- each optionally for a KPI's period or a rubric criterion. The file and this row are written together.
CREATE TABLE pilot_evidence (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id      varchar(32)   NOT NULL REFERENCES tenant (code),
    pilot_id       bigint        NOT NULL,
    file_id        bigint        NOT NULL,
    kpi_code       varchar(32),
    period         varchar(7)    CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])$'),
    criterion_code varchar(32),
    note           varchar(500),
    uploaded_by    varchar(255)  NOT NULL,
    uploaded_at    timestamptz   NOT NULL,
    version        bigint        NOT NULL DEFAULT 0,
    FOREIGN KEY (tenant_id, pilot_id) REFERENCES pilot (tenant_id, id),
    FOREIGN KEY (tenant_id, file_id) REFERENCES stored_file (tenant_id, id)
);
CREATE INDEX pilot_evidence_pilot ON pilot_evidence (tenant_id, pilot_id);
ALTER TABLE pilot_evidence ENABLE ROW LEVEL SECURITY;
ALTER TABLE pilot_evidence FORCE ROW LEVEL SECURITY;
CREATE POLICY pilot_evidence_read ON pilot_evidence FOR SELECT
    USING (tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY pilot_evidence_add ON pilot_evidence FOR INSERT
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT, INSERT ON pilot_evidence TO ${app_role};
CREATE TRIGGER pilot_evidence_audit AFTER INSERT OR UPDATE OR DELETE ON pilot_evidence
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_scoped_row('PilotEvidence', 'file_id');
