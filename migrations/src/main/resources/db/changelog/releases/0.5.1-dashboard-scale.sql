--liquibase formatted sql

--changeset sohoa:0.5.1-support-span-tally splitStatements:false
-- Support records and people helped per tenant and day (span D), Monday-to-Sunday week (W) and calendar month (M),
-- without sub-unit or category: the totals a ranking of children, a previous period and the idle list need. Any
-- period is a few whole months, whole weeks and single days (support_spans), so the country's 3,300 communes over a
-- quarter add up some tens of thousands of rows however many records they hold. The key leads with the span, so one
-- range of the index holds every tenant's figure of a span. Kept by support_tally_add in the writing transaction;
-- read only by the dashboard functions (the application has no grant).
CREATE TABLE support_span_tally (
    span      char(1)     NOT NULL CHECK (span IN ('D', 'W', 'M')),
    first_day date        NOT NULL,
    tenant_id varchar(32) NOT NULL REFERENCES tenant (code),
    records   bigint      NOT NULL CHECK (records >= 0),
    people    bigint      NOT NULL CHECK (people >= 0),
    PRIMARY KEY (span, first_day, tenant_id)
);
ALTER TABLE support_span_tally ENABLE ROW LEVEL SECURITY;
ALTER TABLE support_span_tally FORCE ROW LEVEL SECURITY;
CREATE POLICY support_span_tally_owner ON support_span_tally TO CURRENT_USER USING (true) WITH CHECK (true);

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
    INSERT INTO support_span_tally AS s (span, first_day, tenant_id, records, people)
    VALUES ('D', vn_day, record.tenant_id, greatest(delta, 0), greatest(helped, 0)),
           ('W', date_trunc('week', vn_day)::date, record.tenant_id, greatest(delta, 0), greatest(helped, 0)),
           ('M', date_trunc('month', vn_day)::date, record.tenant_id, greatest(delta, 0), greatest(helped, 0))
    ON CONFLICT (span, first_day, tenant_id)
        DO UPDATE SET records = s.records + delta, people = s.people + helped;
END;
$$;

-- What was written before this release, counted once from the day tally (row-level security lifted for it only).
ALTER TABLE support_tally NO FORCE ROW LEVEL SECURITY;
INSERT INTO support_span_tally (span, first_day, tenant_id, records, people)
SELECT s.span, s.first_day, d.tenant_id, sum(d.records), sum(d.people)
FROM support_tally d
CROSS JOIN LATERAL (VALUES ('D', d.day), ('W', date_trunc('week', d.day)::date),
                           ('M', date_trunc('month', d.day)::date)) s (span, first_day)
GROUP BY 1, 2, 3
ORDER BY 1, 2, 3; -- a span's rows side by side on disk: a ranking then reads a few pages per span, not a page per row
ALTER TABLE support_tally FORCE ROW LEVEL SECURITY;
ANALYZE support_span_tally;

-- first_day..last_day as whole months, then whole weeks, then days, in order and without overlap: a week is not
-- taken where it would cut into a month that lies wholly inside the period.
CREATE FUNCTION support_spans(from_day date, to_day date) RETURNS TABLE (span char(1), first_day date)
    LANGUAGE plpgsql IMMUTABLE ROWS 30 SET search_path = public, pg_temp AS $$
DECLARE
    d date := from_day;
    next_month date;
BEGIN
    WHILE d <= to_day LOOP
        next_month := (date_trunc('month', d) + interval '1 month')::date;
        span := 'D';
        first_day := d;
        IF extract(day FROM d) = 1 AND next_month - 1 <= to_day THEN
            span := 'M';
            d := next_month;
        ELSIF extract(isodow FROM d) = 1 AND d + 6 <= to_day
              AND NOT (next_month <= d + 6 AND (next_month + interval '1 month')::date - 1 <= to_day) THEN
            span := 'W';
            d := d + 7;
        ELSE
            d := d + 1;
        END IF;
        RETURN NEXT;
    END LOOP;
END;
$$;
REVOKE EXECUTE ON FUNCTION support_spans(date, date) FROM PUBLIC;

--changeset sohoa:0.5.1-dashboard-rollups splitStatements:false
-- The same figures as 0.5.0, read so that their cost follows the tally rows of the subtree rather than its tenants
-- times its days: the scope names each branch from root's children only; activity by child and the idle list read
-- the span tally; activity by week and category probes the week and day tallies per tenant of the scope; coverage
-- finds the covered hamlets by one grouping of team_tally instead of a probe per hamlet.
CREATE OR REPLACE FUNCTION dashboard_scope(root varchar) RETURNS TABLE (branch varchar, code varchar, live boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    WITH RECURSIVE top AS (SELECT r.path, nlevel(r.path) AS depth FROM tenant r WHERE r.code = root),
    child AS (SELECT c.id, c.code FROM tenant c WHERE c.parent_code = root),
    scope(branch, code, live) AS (
        SELECT coalesce(b.code, root), t.code, t.status IN ('ACTIVE', 'SUSPENDED')
        FROM top JOIN tenant t ON t.path <@ top.path
        LEFT JOIN child b ON b.id = CASE WHEN nlevel(t.path) > top.depth THEN ltree2text(subpath(t.path, top.depth, 1))::bigint END
        WHERE t.status <> 'MERGED' OR t.code = root
        UNION
        SELECT s.branch, l.predecessor_code, false
        FROM tenant_lineage l JOIN scope s ON l.successor_code = s.code
        WHERE l.kind = 'MERGE'
    )
    SELECT scope.branch, scope.code, scope.live FROM scope;
$$;

CREATE OR REPLACE FUNCTION activity_rollup(root varchar, first_day date, last_day date, by_child boolean)
    RETURNS TABLE (branch varchar, week date, category_code varchar, records bigint, people bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    full_from date := first_day + ((8 - extract(isodow FROM first_day)::int) % 7);
    full_to   date := last_day - (extract(isodow FROM last_day)::int % 7);
    codes     varchar[];
BEGIN
    PERFORM dashboard_entered(root);
    IF by_child THEN
        RETURN QUERY
            WITH scope AS MATERIALIZED (SELECT s.branch, s.code FROM dashboard_scope(root) s),
            spans AS MATERIALIZED (SELECT p.span, p.first_day FROM support_spans(first_day, last_day) p)
            SELECT s.branch, NULL::date, NULL::varchar, sum(x.records)::bigint, sum(x.people)::bigint
            FROM spans p
            CROSS JOIN LATERAL (SELECT y.tenant_id, y.records, y.people FROM support_span_tally y
                                WHERE y.span = p.span AND y.first_day = p.first_day) x
            JOIN scope s ON s.code = x.tenant_id
            GROUP BY 1
            HAVING sum(x.records) > 0;
        RETURN;
    END IF;
    SELECT array_agg(s.code) INTO codes FROM dashboard_scope(root) s;
    RETURN QUERY
        SELECT NULL::varchar, date_trunc('week', c.day)::date, c.category_code, sum(c.records)::bigint, sum(c.people)::bigint
        FROM (
            SELECT w.week AS day, w.category_code, w.records, w.people FROM support_week_tally w
            WHERE w.tenant_id = ANY (codes) AND w.week >= full_from AND w.week + 6 <= full_to
            UNION ALL
            SELECT d.day, d.category_code, d.records, d.people FROM support_tally d
            WHERE d.tenant_id = ANY (codes) AND d.day BETWEEN first_day AND last_day
              AND (full_from > full_to OR d.day < full_from OR d.day > full_to)
        ) c
        GROUP BY 2, 3
        HAVING sum(c.records) > 0;
END;
$$;

CREATE OR REPLACE FUNCTION coverage_rollup(root varchar, as_of date, by_child boolean)
    RETURNS TABLE (branch varchar, hamlets bigint, covered bigint, teams bigint, members bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM dashboard_entered(root);
    RETURN QUERY
        WITH scope AS MATERIALIZED (SELECT s.branch, s.code FROM dashboard_scope(root) s WHERE s.live),
        active AS MATERIALIZED (
            SELECT x.tenant_id, x.team_id, x.unit_code, sum(x.change) AS people FROM team_tally x
            WHERE x.tenant_id IN (SELECT code FROM scope) AND x.day <= as_of
            GROUP BY 1, 2, 3 HAVING sum(x.change) > 0
        ),
        per_tenant AS (
            SELECT u.tenant_id, count(*) AS hamlets, count(c.unit_code) AS covered, 0::bigint AS teams, 0::bigint AS members
            FROM unit u LEFT JOIN (SELECT DISTINCT a.tenant_id, a.unit_code FROM active a) c
                 ON c.tenant_id = u.tenant_id AND c.unit_code = u.code
            WHERE u.tenant_id IN (SELECT code FROM scope) AND u.type IN ('HAMLET', 'RESIDENTIAL_GROUP')
            GROUP BY 1
            UNION ALL
            SELECT a.tenant_id, 0, 0, count(*), sum(a.people) FROM active a GROUP BY 1
        )
        SELECT CASE WHEN by_child THEN s.branch END, sum(p.hamlets)::bigint, sum(p.covered)::bigint,
               sum(p.teams)::bigint, sum(p.members)::bigint
        FROM per_tenant p JOIN scope s ON s.code = p.tenant_id
        GROUP BY 1;
END;
$$;

CREATE OR REPLACE FUNCTION uncovered_hamlets(root varchar, as_of date, max_rows integer)
    RETURNS TABLE (tenant_code varchar, tenant_name varchar, unit_code varchar, unit_name varchar)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM dashboard_entered(root);
    RETURN QUERY
        WITH scope AS MATERIALIZED (SELECT s.code FROM dashboard_scope(root) s WHERE s.live),
        covered AS (
            SELECT DISTINCT x.tenant_id, x.unit_code FROM team_tally x
            WHERE x.tenant_id IN (SELECT code FROM scope) AND x.day <= as_of
            GROUP BY x.tenant_id, x.team_id, x.unit_code HAVING sum(x.change) > 0
        )
        SELECT t.code, t.name, u.code, u.name
        FROM scope s JOIN tenant t ON t.code = s.code JOIN unit u ON u.tenant_id = s.code
        WHERE u.type IN ('HAMLET', 'RESIDENTIAL_GROUP')
          AND NOT EXISTS (SELECT 1 FROM covered c WHERE c.tenant_id = u.tenant_id AND c.unit_code = u.code)
        ORDER BY t.code, u.code
        LIMIT max_rows;
END;
$$;

CREATE OR REPLACE FUNCTION idle_tenants(root varchar, since date, until date, max_rows integer)
    RETURNS TABLE (tenant_code varchar, tenant_name varchar, idle bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM dashboard_entered(root);
    RETURN QUERY
        WITH busy AS MATERIALIZED (
            SELECT DISTINCT x.tenant_id FROM support_spans(since, until) p
            CROSS JOIN LATERAL (SELECT y.tenant_id FROM support_span_tally y
                                WHERE y.span = p.span AND y.first_day = p.first_day AND y.records > 0) x
        ),
        idle AS (
            SELECT t.code, t.name FROM dashboard_scope(root) s JOIN tenant t ON t.code = s.code
            WHERE s.live
              AND EXISTS (SELECT 1 FROM unit u WHERE u.tenant_id = t.code AND u.type IN ('HAMLET', 'RESIDENTIAL_GROUP'))
              AND NOT EXISTS (SELECT 1 FROM busy b WHERE b.tenant_id = t.code)
        )
        SELECT i.code, i.name, count(*) OVER () FROM idle i ORDER BY i.code LIMIT max_rows;
END;
$$;
