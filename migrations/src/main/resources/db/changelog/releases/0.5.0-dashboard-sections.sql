--liquibase formatted sql

--changeset sohoa:0.5.0-dashboard-training-tallies splitStatements:false
-- The dashboard's training figures: the share of people who completed every course assigned to them, by
-- audience (team members, officials, teachers), and the certificates issued per day. training_people_tally counts
-- team members only, so training_audience_person_tally keeps, per tenant, audience and person, how many assigned
-- courses and how many of those completed, and training_audience_tally per tenant and audience the people with an
-- assignment and those who completed every one. A person in several tenants is counted once in each tenant where
-- courses are assigned to them (one progress record per enrolment), never twice in one tenant. certificate_tally
-- counts certificates per enrolment tenant and day of issue (issued ones: a later revocation does not unissue).
-- Kept by triggers in the writing transaction; the application only reads them.
CREATE TABLE training_audience_person_tally (
    tenant_id    varchar(32) NOT NULL REFERENCES tenant (code),
    audience     varchar(16) NOT NULL,
    user_subject varchar(64) NOT NULL,
    assigned     bigint      NOT NULL,
    completed    bigint      NOT NULL,
    PRIMARY KEY (tenant_id, audience, user_subject)
);
CREATE TABLE training_audience_tally (
    tenant_id        varchar(32) NOT NULL REFERENCES tenant (code),
    audience         varchar(16) NOT NULL,
    people_assigned  bigint      NOT NULL,
    people_done      bigint      NOT NULL,
    PRIMARY KEY (tenant_id, audience)
);
CREATE TABLE certificate_tally (
    tenant_id varchar(32) NOT NULL REFERENCES tenant (code),
    day       date        NOT NULL,
    issued    bigint      NOT NULL CHECK (issued >= 0),
    PRIMARY KEY (tenant_id, day)
);
ALTER TABLE training_audience_person_tally ENABLE ROW LEVEL SECURITY;
ALTER TABLE training_audience_person_tally FORCE ROW LEVEL SECURITY;
CREATE POLICY training_audience_person_tally_isolation ON training_audience_person_tally FOR SELECT
    USING (tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY training_audience_person_tally_owner ON training_audience_person_tally TO CURRENT_USER
    USING (true) WITH CHECK (true);
GRANT SELECT ON training_audience_person_tally TO ${app_role};
ALTER TABLE training_audience_tally ENABLE ROW LEVEL SECURITY;
ALTER TABLE training_audience_tally FORCE ROW LEVEL SECURITY;
CREATE POLICY training_audience_tally_isolation ON training_audience_tally FOR SELECT
    USING (tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY training_audience_tally_owner ON training_audience_tally TO CURRENT_USER USING (true) WITH CHECK (true);
GRANT SELECT ON training_audience_tally TO ${app_role};
ALTER TABLE certificate_tally ENABLE ROW LEVEL SECURITY;
ALTER TABLE certificate_tally FORCE ROW LEVEL SECURITY;
CREATE POLICY certificate_tally_isolation ON certificate_tally FOR SELECT
    USING (tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY certificate_tally_owner ON certificate_tally TO CURRENT_USER USING (true) WITH CHECK (true);
GRANT SELECT ON certificate_tally TO ${app_role};

-- The rows a statement changed, as signed deltas (as training_tally_count does), per tenant, audience and person;
-- the audience of a role as the training feature defines it (Audience.of).
CREATE FUNCTION training_audience_count() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    rows_after  text := 'SELECT 1 AS s, tenant_id, user_subject, role, assigned, completed_at FROM new_rows';
    rows_before text := 'SELECT -1 AS s, tenant_id, user_subject, role, assigned, completed_at FROM old_rows';
    source      text := CASE TG_OP WHEN 'INSERT' THEN rows_after WHEN 'DELETE' THEN rows_before
                                   ELSE rows_after || ' UNION ALL ' || rows_before END;
BEGIN
    EXECUTE format($q$
        WITH d AS (%s),
        delta AS (SELECT d.tenant_id,
                         CASE WHEN d.role IN ('TEAM_MEMBER', 'TEAM_LEADER') THEN 'TEAM_MEMBER'
                              WHEN t.kind = 'SCHOOL' THEN 'TEACHER' ELSE 'OFFICIAL' END AS audience,
                         d.user_subject, sum(d.s * d.assigned::int) AS a,
                         sum(d.s * (d.assigned AND d.completed_at IS NOT NULL)::int) AS c
                    FROM d JOIN tenant t ON t.code = d.tenant_id
                   WHERE d.role IS NOT NULL
                   GROUP BY 1, 2, 3
                  HAVING sum(d.s * d.assigned::int) <> 0
                      OR sum(d.s * (d.assigned AND d.completed_at IS NOT NULL)::int) <> 0),
        prior AS (SELECT p.tenant_id, p.audience, p.user_subject, p.assigned, p.completed
                    FROM training_audience_person_tally p JOIN delta USING (tenant_id, audience, user_subject)),
        counted AS (INSERT INTO training_audience_person_tally AS p (tenant_id, audience, user_subject, assigned, completed)
                    SELECT tenant_id, audience, user_subject, a, c FROM delta ORDER BY 1, 2, 3
                    ON CONFLICT (tenant_id, audience, user_subject) DO UPDATE
                       SET assigned = p.assigned + excluded.assigned, completed = p.completed + excluded.completed
                    RETURNING p.tenant_id, p.audience, p.user_subject, p.assigned, p.completed)
        INSERT INTO training_audience_tally AS q (tenant_id, audience, people_assigned, people_done)
        SELECT a.tenant_id, a.audience,
               sum((a.assigned > 0)::int - (coalesce(b.assigned, 0) > 0)::int),
               sum((a.assigned > 0 AND a.completed = a.assigned)::int
                   - (coalesce(b.assigned, 0) > 0 AND b.completed = b.assigned)::int)
          FROM counted a LEFT JOIN prior b USING (tenant_id, audience, user_subject)
         GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (tenant_id, audience) DO UPDATE
           SET people_assigned = q.people_assigned + excluded.people_assigned,
               people_done = q.people_done + excluded.people_done$q$, source);
    RETURN NULL;
END;
$$;
REVOKE EXECUTE ON FUNCTION training_audience_count() FROM PUBLIC;
CREATE TRIGGER enrolment_audience_insert AFTER INSERT ON enrolment REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION training_audience_count();
CREATE TRIGGER enrolment_audience_update AFTER UPDATE ON enrolment REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION training_audience_count();
CREATE TRIGGER enrolment_audience_delete AFTER DELETE ON enrolment REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION training_audience_count();

CREATE FUNCTION certificate_tally_count() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO certificate_tally AS c (tenant_id, day, issued) VALUES (NEW.enrolment_tenant_id, NEW.issued_on, 1)
    ON CONFLICT (tenant_id, day) DO UPDATE SET issued = c.issued + 1;
    RETURN NULL;
END;
$$;
REVOKE EXECUTE ON FUNCTION certificate_tally_count() FROM PUBLIC;
CREATE TRIGGER certificate_tally AFTER INSERT ON certificate FOR EACH ROW EXECUTE FUNCTION certificate_tally_count();

-- What was written before this release, counted once (the owner reads both tables through its policies).
INSERT INTO training_audience_person_tally (tenant_id, audience, user_subject, assigned, completed)
SELECT e.tenant_id, CASE WHEN e.role IN ('TEAM_MEMBER', 'TEAM_LEADER') THEN 'TEAM_MEMBER'
                         WHEN t.kind = 'SCHOOL' THEN 'TEACHER' ELSE 'OFFICIAL' END,
       e.user_subject, count(*) FILTER (WHERE e.assigned),
       count(*) FILTER (WHERE e.assigned AND e.completed_at IS NOT NULL)
FROM enrolment e JOIN tenant t ON t.code = e.tenant_id
WHERE e.role IS NOT NULL AND e.assigned
GROUP BY 1, 2, 3;
INSERT INTO training_audience_tally (tenant_id, audience, people_assigned, people_done)
SELECT tenant_id, audience, count(*), count(*) FILTER (WHERE completed = assigned)
FROM training_audience_person_tally GROUP BY 1, 2;
INSERT INTO certificate_tally (tenant_id, day, issued)
SELECT enrolment_tenant_id, issued_on, count(*) FROM certificate GROUP BY 1, 2;

--changeset sohoa:0.5.0-dashboard-section-rollups splitStatements:false
-- Training over a dashboard's scope (dashboard_scope: a merged commune once, in its successor): assigned
-- enrolments and those completed, overdue ones (due before today), the people per audience with an assignment and
-- those who completed every one, and certificates issued from first_day to last_day; in total, or per branch.
CREATE FUNCTION training_rollup(root varchar, today date, first_day date, last_day date, by_child boolean)
    RETURNS TABLE (branch varchar, assigned bigint, assigned_completed bigint, overdue bigint,
                   members_assigned bigint, members_done bigint, officials_assigned bigint, officials_done bigint,
                   certificates bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM dashboard_entered(root);
    RETURN QUERY
        WITH scope AS (SELECT s.branch, s.code FROM dashboard_scope(root) s),
        per_tenant AS (
            SELECT k.tenant_id, sum(k.assigned) AS assigned, sum(k.assigned_completed) AS assigned_completed,
                   sum(CASE WHEN k.due_date < today THEN k.assigned - k.assigned_completed ELSE 0 END) AS overdue,
                   0::numeric AS ma, 0::numeric AS md, 0::numeric AS oa, 0::numeric AS od, 0::numeric AS certs
            FROM training_tally k WHERE k.tenant_id IN (SELECT code FROM scope) GROUP BY 1
            UNION ALL
            SELECT a.tenant_id, 0, 0, 0,
                   sum(a.people_assigned) FILTER (WHERE a.audience = 'TEAM_MEMBER'),
                   sum(a.people_done) FILTER (WHERE a.audience = 'TEAM_MEMBER'),
                   sum(a.people_assigned) FILTER (WHERE a.audience <> 'TEAM_MEMBER'),
                   sum(a.people_done) FILTER (WHERE a.audience <> 'TEAM_MEMBER'), 0
            FROM training_audience_tally a WHERE a.tenant_id IN (SELECT code FROM scope) GROUP BY 1
            UNION ALL
            SELECT c.tenant_id, 0, 0, 0, 0, 0, 0, 0, sum(c.issued)
            FROM certificate_tally c WHERE c.tenant_id IN (SELECT code FROM scope)
              AND c.day BETWEEN first_day AND last_day GROUP BY 1
        )
        SELECT CASE WHEN by_child THEN s.branch END, coalesce(sum(p.assigned), 0)::bigint,
               coalesce(sum(p.assigned_completed), 0)::bigint, coalesce(sum(p.overdue), 0)::bigint,
               coalesce(sum(p.ma), 0)::bigint, coalesce(sum(p.md), 0)::bigint, coalesce(sum(p.oa), 0)::bigint,
               coalesce(sum(p.od), 0)::bigint, coalesce(sum(p.certs), 0)::bigint
        FROM per_tenant p JOIN scope s ON s.code = p.tenant_id
        GROUP BY 1;
END;
$$;
REVOKE EXECUTE ON FUNCTION training_rollup(varchar, date, date, date, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION training_rollup(varchar, date, date, date, boolean) TO ${app_role};

-- Pilots over a dashboard's scope, counted by status, field, recognition and whether they are replicas; in
-- total, or per branch. A pilot table holds one row per pilot, a few per unit: it is its own tally.
CREATE FUNCTION pilot_rollup(root varchar, by_child boolean)
    RETURNS TABLE (branch varchar, status varchar, field varchar, recognised boolean, replica boolean, pilots bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM dashboard_entered(root);
    RETURN QUERY
        SELECT CASE WHEN by_child THEN s.branch END, p.status, p.field, p.recognised, p.source_pilot_id IS NOT NULL,
               count(*)
        FROM dashboard_scope(root) s JOIN pilot p ON p.tenant_id = s.code
        GROUP BY 1, 2, 3, 4, 5;
END;
$$;
REVOKE EXECUTE ON FUNCTION pilot_rollup(varchar, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pilot_rollup(varchar, boolean) TO ${app_role};

-- The first replicas of the scope (newest first) with their source and progress: KPIs reaching their target.
CREATE FUNCTION replica_progress(root varchar, max_rows integer)
    RETURNS TABLE (tenant_code varchar, tenant_name varchar, pilot_id bigint, name varchar, status varchar,
                   source_tenant varchar, kpis_reached integer, kpis integer, total bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM dashboard_entered(root);
    RETURN QUERY
        SELECT r.tenant_id, t.name, r.id, r.name, r.status, src.tenant_id, k.reached, k.kpis, count(*) OVER ()
        FROM dashboard_scope(root) s JOIN pilot r ON r.tenant_id = s.code AND r.source_pilot_id IS NOT NULL
        JOIN tenant t ON t.code = r.tenant_id JOIN pilot src ON src.id = r.source_pilot_id
        CROSS JOIN LATERAL pilot_kpis_reached(r) k
        ORDER BY r.id DESC
        LIMIT max_rows;
END;
$$;
REVOKE EXECUTE ON FUNCTION replica_progress(varchar, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION replica_progress(varchar, integer) TO ${app_role};

-- The forms of a data set for a period that the live tenants of the scope owe (report_states), per branch:
-- expected and submitted or approved now.
CREATE FUNCTION report_completeness(root varchar, set_id bigint, one_period varchar)
    RETURNS TABLE (branch varchar, expected bigint, submitted bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM dashboard_entered(root);
    RETURN QUERY
        SELECT s.branch, count(*), count(*) FILTER (WHERE r.state IN ('SUBMITTED', 'APPROVED'))
        FROM report_states(root, set_id, one_period) r JOIN dashboard_scope(root) s ON s.code = r.tenant_code
        GROUP BY 1;
END;
$$;
REVOKE EXECUTE ON FUNCTION report_completeness(varchar, bigint, varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION report_completeness(varchar, bigint, varchar) TO ${app_role};

--changeset sohoa:0.5.0-weekly-summary-subscription
-- A person's subscription to the weekly summary of a tenant's dashboard (one per tenant and person). Without a
-- mail server the summary is a page and a workbook fetched by link; a mail or Zalo integration sends the link.
CREATE TABLE weekly_summary_subscription (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id     varchar(32)  NOT NULL REFERENCES tenant (code),
    user_subject  varchar(64)  NOT NULL,
    username      varchar(255) NOT NULL,
    subscribed_at timestamptz  NOT NULL,
    version       bigint       NOT NULL DEFAULT 0,
    UNIQUE (tenant_id, user_subject)
);
ALTER TABLE weekly_summary_subscription ENABLE ROW LEVEL SECURITY;
ALTER TABLE weekly_summary_subscription FORCE ROW LEVEL SECURITY;
CREATE POLICY weekly_summary_subscription_read ON weekly_summary_subscription FOR SELECT
    USING (tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY weekly_summary_subscription_add ON weekly_summary_subscription FOR INSERT
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY weekly_summary_subscription_remove ON weekly_summary_subscription FOR DELETE
    USING (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT, INSERT, DELETE ON weekly_summary_subscription TO ${app_role};
CREATE TRIGGER weekly_summary_subscription_audit AFTER INSERT OR UPDATE OR DELETE ON weekly_summary_subscription
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_scoped_row('WeeklySummarySubscription', 'username');
