--liquibase formatted sql

--changeset sohoa:0.5.0-monitoring-tallies splitStatements:false
-- The figures of the dashboards, kept exact by triggers in the transaction that writes, like support_tally.
-- support_tally also counts the people helped; support_week_tally counts records and people per tenant,
-- Monday-to-Sunday week (Vietnam's days) and category, so a quarter of a province adds up a few thousand rows
-- instead of one per day, sub-unit and category; team_tally holds, per team and day, how many people joined
-- (+) or left (-) it, so the members and teams active on any day are a sum over it, and nothing has to be
-- rewritten when a day passes. The application only reads them; the trigger functions run as the owner.
ALTER TABLE support_tally ADD COLUMN people bigint NOT NULL DEFAULT 0 CHECK (people >= 0);

CREATE TABLE support_week_tally (
    tenant_id     varchar(32) NOT NULL REFERENCES tenant (code),
    week          date        NOT NULL CHECK (extract(isodow FROM week) = 1),
    category_code varchar(32) NOT NULL,
    records       bigint      NOT NULL CHECK (records >= 0),
    people        bigint      NOT NULL CHECK (people >= 0),
    PRIMARY KEY (tenant_id, week, category_code)
);
ALTER TABLE support_week_tally ENABLE ROW LEVEL SECURITY;
ALTER TABLE support_week_tally FORCE ROW LEVEL SECURITY;
CREATE POLICY support_week_tally_isolation ON support_week_tally FOR SELECT
    USING (tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY support_week_tally_owner ON support_week_tally TO CURRENT_USER USING (true) WITH CHECK (true);
GRANT SELECT ON support_week_tally TO ${app_role};

CREATE TABLE team_tally (
    tenant_id varchar(32) NOT NULL REFERENCES tenant (code),
    team_id   bigint      NOT NULL,
    day       date        NOT NULL,
    unit_code varchar(32) NOT NULL,
    change    integer     NOT NULL,
    PRIMARY KEY (tenant_id, team_id, day)
);
ALTER TABLE team_tally ENABLE ROW LEVEL SECURITY;
ALTER TABLE team_tally FORCE ROW LEVEL SECURITY;
CREATE POLICY team_tally_isolation ON team_tally FOR SELECT
    USING (tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY team_tally_owner ON team_tally TO CURRENT_USER USING (true) WITH CHECK (true);
GRANT SELECT ON team_tally TO ${app_role};

-- The owner's functions list the hamlets of a subtree (names and codes only, no people).
CREATE POLICY unit_rollup ON unit FOR SELECT TO CURRENT_USER USING (true);

CREATE OR REPLACE FUNCTION support_tally_add(record support_log, delta integer) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    vn_day date := (record.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;
    helped bigint := delta * record.people_count;
BEGIN
    IF delta < 0 THEN
        UPDATE support_tally SET records = records + delta, people = people + helped
        WHERE tenant_id = record.tenant_id AND day = vn_day
          AND unit_code = record.unit_code AND category_code = record.category_code;
    ELSE
        INSERT INTO support_tally AS t (tenant_id, day, unit_code, category_code, records, people)
        VALUES (record.tenant_id, vn_day, record.unit_code, record.category_code, delta, helped)
        ON CONFLICT (tenant_id, day, unit_code, category_code)
            DO UPDATE SET records = t.records + delta, people = t.people + helped;
    END IF;
    INSERT INTO support_week_tally AS w (tenant_id, week, category_code, records, people)
    VALUES (record.tenant_id, date_trunc('week', vn_day)::date, record.category_code, greatest(delta, 0),
            greatest(helped, 0))
    ON CONFLICT (tenant_id, week, category_code)
        DO UPDATE SET records = w.records + delta, people = w.people + helped;
END;
$$;

-- As before, plus a correction of the people count alone, which keeps its key but changes the people helped.
CREATE OR REPLACE FUNCTION support_tally_count() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    counted_before boolean := TG_OP <> 'INSERT' AND OLD.deleted_at IS NULL;
    counted_after  boolean := TG_OP <> 'DELETE' AND NEW.deleted_at IS NULL;
BEGIN
    IF counted_before AND counted_after THEN
        IF (OLD.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date = (NEW.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
           AND OLD.unit_code = NEW.unit_code AND OLD.category_code = NEW.category_code
           AND OLD.people_count = NEW.people_count THEN
            RETURN NULL;
        END IF;
        IF ((OLD.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, OLD.unit_code, OLD.category_code)
           <= ((NEW.occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, NEW.unit_code, NEW.category_code) THEN
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

CREATE FUNCTION team_tally_add(tenant varchar, team bigint, unit varchar, from_day date, to_day date, delta integer)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO team_tally AS t (tenant_id, team_id, day, unit_code, change) VALUES (tenant, team, from_day, unit, delta)
    ON CONFLICT (tenant_id, team_id, day) DO UPDATE SET change = t.change + delta;
    IF to_day IS NOT NULL THEN
        INSERT INTO team_tally AS t (tenant_id, team_id, day, unit_code, change) VALUES (tenant, team, to_day, unit, -delta)
        ON CONFLICT (tenant_id, team_id, day) DO UPDATE SET change = t.change - delta;
    END IF;
END;
$$;
REVOKE EXECUTE ON FUNCTION team_tally_add(varchar, bigint, varchar, date, date, integer) FROM PUBLIC;

CREATE FUNCTION team_member_tally() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM team_tally_add(OLD.tenant_id, OLD.team_id, (SELECT unit_code FROM team WHERE tenant_id = OLD.tenant_id AND id = OLD.team_id),
                               OLD.start_date, OLD.end_date, -1);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM team_tally_add(NEW.tenant_id, NEW.team_id, (SELECT unit_code FROM team WHERE tenant_id = NEW.tenant_id AND id = NEW.team_id),
                               NEW.start_date, NEW.end_date, 1);
    END IF;
    RETURN NULL;
END;
$$;
REVOKE EXECUTE ON FUNCTION team_member_tally() FROM PUBLIC;
CREATE TRIGGER team_member_tally AFTER INSERT OR UPDATE OF team_id, start_date, end_date OR DELETE ON team_member
    FOR EACH ROW EXECUTE FUNCTION team_member_tally();

CREATE FUNCTION team_tally_follow() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM team_tally WHERE tenant_id = OLD.tenant_id AND team_id = OLD.id;
    ELSE
        UPDATE team_tally SET unit_code = NEW.unit_code WHERE tenant_id = NEW.tenant_id AND team_id = NEW.id;
    END IF;
    RETURN NULL;
END;
$$;
REVOKE EXECUTE ON FUNCTION team_tally_follow() FROM PUBLIC;
CREATE TRIGGER team_tally_follow AFTER UPDATE OF unit_code OR DELETE ON team
    FOR EACH ROW EXECUTE FUNCTION team_tally_follow();

-- What was written before this release, counted once (row-level security lifted for these statements only).
ALTER TABLE support_log NO FORCE ROW LEVEL SECURITY;
ALTER TABLE support_tally NO FORCE ROW LEVEL SECURITY;
ALTER TABLE team NO FORCE ROW LEVEL SECURITY;
ALTER TABLE team_member NO FORCE ROW LEVEL SECURITY;
UPDATE support_tally t SET people = p.people
FROM (SELECT tenant_id, (occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day, unit_code, category_code,
             sum(people_count) AS people
      FROM support_log WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4) p
WHERE t.tenant_id = p.tenant_id AND t.day = p.day AND t.unit_code = p.unit_code AND t.category_code = p.category_code;
INSERT INTO support_week_tally (tenant_id, week, category_code, records, people)
SELECT tenant_id, date_trunc('week', (occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)::date, category_code,
       count(*), sum(people_count)
FROM support_log WHERE deleted_at IS NULL GROUP BY 1, 2, 3;
INSERT INTO team_tally (tenant_id, team_id, day, unit_code, change)
SELECT tenant_id, team_id, day, unit_code, sum(change) FROM (
    SELECT m.tenant_id, m.team_id, m.start_date AS day, t.unit_code, 1 AS change
    FROM team_member m JOIN team t ON t.tenant_id = m.tenant_id AND t.id = m.team_id
    UNION ALL
    SELECT m.tenant_id, m.team_id, m.end_date, t.unit_code, -1
    FROM team_member m JOIN team t ON t.tenant_id = m.tenant_id AND t.id = m.team_id WHERE m.end_date IS NOT NULL
) changes GROUP BY 1, 2, 3, 4;
ALTER TABLE support_log FORCE ROW LEVEL SECURITY;
ALTER TABLE support_tally FORCE ROW LEVEL SECURITY;
ALTER TABLE team FORCE ROW LEVEL SECURITY;
ALTER TABLE team_member FORCE ROW LEVEL SECURITY;

--changeset sohoa:0.5.0-monitoring-rollups splitStatements:false
-- The tenants a dashboard of root adds up, each with the direct child of root it belongs to (root itself for
-- its own rows): its subtree today, without the tenants merged away, plus, recursively, every tenant merged
-- into one of them, under the branch of its successor. A merged commune's history therefore counts once, in
-- its successor, even when the successor lies in another district. Not callable by the application.
CREATE FUNCTION dashboard_scope(root varchar) RETURNS TABLE (branch varchar, code varchar, live boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    WITH RECURSIVE top AS (SELECT r.path, nlevel(r.path) AS depth FROM tenant r WHERE r.code = root),
    scope(branch, code, live) AS (
        SELECT coalesce(b.code, root), t.code, t.status IN ('ACTIVE', 'SUSPENDED')
        FROM top JOIN tenant t ON t.path <@ top.path
        LEFT JOIN tenant b ON b.id = CASE WHEN nlevel(t.path) > top.depth THEN ltree2text(subpath(t.path, top.depth, 1))::bigint END
        WHERE t.status <> 'MERGED' OR t.code = root
        UNION
        SELECT s.branch, l.predecessor_code, false
        FROM tenant_lineage l JOIN scope s ON l.successor_code = s.code
        WHERE l.kind = 'MERGE'
    )
    SELECT scope.branch, scope.code, scope.live FROM scope;
$$;
REVOKE EXECUTE ON FUNCTION dashboard_scope(varchar) FROM PUBLIC;

CREATE FUNCTION dashboard_entered(root varchar) RETURNS void LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF root IS DISTINCT FROM current_setting('sohoa.tenant_id', true) THEN
        RAISE EXCEPTION 'a dashboard reads only the tenant the transaction has entered'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END;
$$;
REVOKE EXECUTE ON FUNCTION dashboard_entered(varchar) FROM PUBLIC;

-- Support records and people helped over Vietnam days first_day..last_day: whole weeks from the week tally,
-- the days before the first Monday and after the last Sunday from the day tally. By week and category, or
-- (by_child) per branch.
CREATE FUNCTION activity_rollup(root varchar, first_day date, last_day date, by_child boolean)
    RETURNS TABLE (branch varchar, week date, category_code varchar, records bigint, people bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    full_from date := first_day + ((8 - extract(isodow FROM first_day)::int) % 7);
    full_to   date := last_day - (extract(isodow FROM last_day)::int % 7);
BEGIN
    PERFORM dashboard_entered(root);
    RETURN QUERY
        WITH scope AS (SELECT s.branch, s.code FROM dashboard_scope(root) s),
        counted AS (
            SELECT w.tenant_id, w.week AS day, w.category_code, w.records, w.people FROM support_week_tally w
            WHERE w.tenant_id IN (SELECT code FROM scope) AND w.week >= full_from AND w.week + 6 <= full_to
            UNION ALL
            SELECT d.tenant_id, d.day, d.category_code, d.records, d.people FROM support_tally d
            WHERE d.tenant_id IN (SELECT code FROM scope) AND d.day BETWEEN first_day AND last_day
              AND (full_from > full_to OR d.day < full_from OR d.day > full_to)
        )
        SELECT CASE WHEN by_child THEN s.branch END, CASE WHEN by_child THEN NULL ELSE date_trunc('week', c.day)::date END,
               CASE WHEN by_child THEN NULL ELSE c.category_code END, sum(c.records)::bigint, sum(c.people)::bigint
        FROM counted c JOIN scope s ON s.code = c.tenant_id
        GROUP BY 1, 2, 3
        HAVING sum(c.records) > 0;
END;
$$;
REVOKE EXECUTE ON FUNCTION activity_rollup(varchar, date, date, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION activity_rollup(varchar, date, date, boolean) TO ${app_role};

-- Hamlets and residential groups of the live tenants, those with a team someone is in on as_of, such teams
-- and their people; in total, or (by_child) per branch.
CREATE FUNCTION coverage_rollup(root varchar, as_of date, by_child boolean)
    RETURNS TABLE (branch varchar, hamlets bigint, covered bigint, teams bigint, members bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM dashboard_entered(root);
    RETURN QUERY
        WITH scope AS (SELECT s.branch, s.code FROM dashboard_scope(root) s WHERE s.live),
        active AS (
            SELECT x.tenant_id, x.team_id, x.unit_code, sum(x.change) AS people FROM team_tally x
            WHERE x.tenant_id IN (SELECT code FROM scope) AND x.day <= as_of
            GROUP BY 1, 2, 3 HAVING sum(x.change) > 0
        ),
        hamlet AS (
            SELECT u.tenant_id, u.code, EXISTS (SELECT 1 FROM active a WHERE a.tenant_id = u.tenant_id AND a.unit_code = u.code) AS covered
            FROM unit u WHERE u.tenant_id IN (SELECT code FROM scope) AND u.type IN ('HAMLET', 'RESIDENTIAL_GROUP')
        ),
        per_tenant AS (
            SELECT h.tenant_id, count(*) AS hamlets, count(*) FILTER (WHERE h.covered) AS covered, 0::bigint AS teams, 0::bigint AS members
            FROM hamlet h GROUP BY 1
            UNION ALL
            SELECT a.tenant_id, 0, 0, count(*), sum(a.people) FROM active a GROUP BY 1
        )
        SELECT CASE WHEN by_child THEN s.branch END, sum(p.hamlets)::bigint, sum(p.covered)::bigint,
               sum(p.teams)::bigint, sum(p.members)::bigint
        FROM per_tenant p JOIN scope s ON s.code = p.tenant_id
        GROUP BY 1;
END;
$$;
REVOKE EXECUTE ON FUNCTION coverage_rollup(varchar, date, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION coverage_rollup(varchar, date, boolean) TO ${app_role};

-- The first hamlets (by tenant and code) of the live tenants that have no team anyone is in on as_of.
CREATE FUNCTION uncovered_hamlets(root varchar, as_of date, max_rows integer)
    RETURNS TABLE (tenant_code varchar, tenant_name varchar, unit_code varchar, unit_name varchar)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM dashboard_entered(root);
    RETURN QUERY
        SELECT t.code, t.name, u.code, u.name
        FROM dashboard_scope(root) s JOIN tenant t ON t.code = s.code JOIN unit u ON u.tenant_id = s.code
        WHERE s.live AND u.type IN ('HAMLET', 'RESIDENTIAL_GROUP')
          AND NOT EXISTS (SELECT 1 FROM team_tally x WHERE x.tenant_id = u.tenant_id AND x.unit_code = u.code
                          AND x.day <= as_of GROUP BY x.team_id HAVING sum(x.change) > 0)
        ORDER BY t.code, u.code
        LIMIT max_rows;
END;
$$;
REVOKE EXECUTE ON FUNCTION uncovered_hamlets(varchar, date, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION uncovered_hamlets(varchar, date, integer) TO ${app_role};

-- The live tenants with hamlets (the places whose teams log support) that logged nothing from since to
-- until, with the count of all of them.
CREATE FUNCTION idle_tenants(root varchar, since date, until date, max_rows integer)
    RETURNS TABLE (tenant_code varchar, tenant_name varchar, idle bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM dashboard_entered(root);
    RETURN QUERY
        WITH idle AS (
            SELECT t.code, t.name FROM dashboard_scope(root) s JOIN tenant t ON t.code = s.code
            WHERE s.live
              AND EXISTS (SELECT 1 FROM unit u WHERE u.tenant_id = t.code AND u.type IN ('HAMLET', 'RESIDENTIAL_GROUP'))
              AND NOT EXISTS (SELECT 1 FROM support_tally d WHERE d.tenant_id = t.code AND d.day BETWEEN since AND until
                              AND d.records > 0)
        )
        SELECT i.code, i.name, count(*) OVER () FROM idle i ORDER BY i.code LIMIT max_rows;
END;
$$;
REVOKE EXECUTE ON FUNCTION idle_tenants(varchar, date, date, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION idle_tenants(varchar, date, date, integer) TO ${app_role};
