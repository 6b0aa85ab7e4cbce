--liquibase formatted sql

--changeset sohoa:0.5.2-dashboard-scope-cache splitStatements:false
-- The tenants a dashboard adds up (dashboard_scope: the live subtree plus, recursively, everything merged into it,
-- each under its branch) were computed again by every statement of a dashboard: ten times per uncached province
-- dashboard, and 300 ms of ltree and hashing for the country's 50,000 tenants in each ranking. The scope of a root
-- is now computed once per shape of the hierarchy and kept in dashboard_scope_cache; each statement reads it with
-- one range of the primary key. dashboard_hierarchy holds the generation of that shape: every statement that
-- changes a tenant's code, parent, path or status, or a lineage link, moves it on (once per transaction, in the
-- changing transaction) and drops the scopes older than the generation it replaces. A scope is stored with the
-- generation read in the same snapshot as the tenants it was computed from, and read only while that generation is
-- current, so a scope computed before a change that commits meanwhile is never used. Owner-only: the application
-- has no grant on either table.
CREATE TABLE dashboard_hierarchy (
    one        boolean PRIMARY KEY DEFAULT true CHECK (one),
    generation bigint  NOT NULL,
    changed_by xid8
);
INSERT INTO dashboard_hierarchy (one, generation) VALUES (true, 1);
ALTER TABLE dashboard_hierarchy ENABLE ROW LEVEL SECURITY;
ALTER TABLE dashboard_hierarchy FORCE ROW LEVEL SECURITY;
CREATE POLICY dashboard_hierarchy_owner ON dashboard_hierarchy TO CURRENT_USER USING (true) WITH CHECK (true);

CREATE TABLE dashboard_scope_cache (
    root_code   varchar(32) NOT NULL,
    generation  bigint      NOT NULL,
    tenant_code varchar(32) NOT NULL,
    branch      varchar(32) NOT NULL,
    live        boolean     NOT NULL,
    PRIMARY KEY (root_code, generation, tenant_code)
);
ALTER TABLE dashboard_scope_cache ENABLE ROW LEVEL SECURITY;
ALTER TABLE dashboard_scope_cache FORCE ROW LEVEL SECURITY;
CREATE POLICY dashboard_scope_cache_owner ON dashboard_scope_cache TO CURRENT_USER USING (true) WITH CHECK (true);

-- Statement-level, and a no-op after the first statement of a transaction: an import of 100,000 tenants moves the
-- generation once. The scopes of the generation before stay for the statements that are reading them.
CREATE FUNCTION dashboard_hierarchy_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    now_current bigint;
BEGIN
    UPDATE dashboard_hierarchy SET generation = generation + 1, changed_by = pg_current_xact_id()
    WHERE changed_by IS DISTINCT FROM pg_current_xact_id()
    RETURNING generation INTO now_current;
    IF FOUND THEN
        DELETE FROM dashboard_scope_cache WHERE generation < now_current - 1;
    END IF;
    RETURN NULL;
END;
$$;
REVOKE EXECUTE ON FUNCTION dashboard_hierarchy_changed() FROM PUBLIC;
CREATE TRIGGER tenant_dashboard_hierarchy AFTER INSERT OR DELETE OR UPDATE OF code, parent_code, path, status ON tenant
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_hierarchy_changed();
CREATE TRIGGER tenant_lineage_dashboard_hierarchy AFTER INSERT OR UPDATE OR DELETE ON tenant_lineage
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_hierarchy_changed();

-- The scope as 0.5.1 computed it, now only to fill the cache.
CREATE FUNCTION dashboard_scope_build(root varchar) RETURNS TABLE (branch varchar, code varchar, live boolean)
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
REVOKE EXECUTE ON FUNCTION dashboard_scope_build(varchar) FROM PUBLIC;

-- The current generation, once the scope of root for it is stored: computed and stored by the first statement that
-- needs it. Readers that fill the same scope at once wait for each other on the key (ON CONFLICT) and then read the
-- one stored. Null for a root that does not exist.
CREATE FUNCTION dashboard_scope_ready(root varchar) RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp SET jit = off AS $$
DECLARE
    ready  bigint;
    stored bigint;
BEGIN
    FOR attempt IN 1..3 LOOP
        SELECT h.generation INTO ready FROM dashboard_hierarchy h
        WHERE EXISTS (SELECT 1 FROM dashboard_scope_cache c WHERE c.root_code = root AND c.generation = h.generation);
        IF FOUND THEN
            RETURN ready;
        END IF;
        INSERT INTO dashboard_scope_cache (root_code, generation, tenant_code, branch, live)
        SELECT root, h.generation, s.code, s.branch, s.live
        FROM dashboard_hierarchy h CROSS JOIN dashboard_scope_build(root) s
        ORDER BY s.code
        ON CONFLICT DO NOTHING;
        GET DIAGNOSTICS stored = ROW_COUNT;
        EXIT WHEN stored = 0 AND attempt > 1;
    END LOOP;
    RETURN NULL;
END;
$$;
REVOKE EXECUTE ON FUNCTION dashboard_scope_ready(varchar) FROM PUBLIC;

-- The scope of root, as before: now read from the cache.
CREATE OR REPLACE FUNCTION dashboard_scope(root varchar) RETURNS TABLE (branch varchar, code varchar, live boolean)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp SET jit = off AS $$
DECLARE
    ready bigint := dashboard_scope_ready(root);
BEGIN
    RETURN QUERY SELECT c.branch, c.tenant_code, c.live FROM dashboard_scope_cache c
                 WHERE c.root_code = root AND c.generation = ready;
END;
$$;
REVOKE EXECUTE ON FUNCTION dashboard_scope(varchar) FROM PUBLIC;

--changeset sohoa:0.5.2-dashboard-activity-edges splitStatements:false
-- Activity by week and category read the day tally for the whole period and kept only the days before the first
-- Monday and after the last Sunday (a 91-day period read 68,000 day rows of a province to keep 5,700): the edges are
-- now two ranges of the index, probed per tenant of the cached scope like the whole weeks. The reads are small, so
-- JIT compilation (which the planner's estimates for an array of a thousand tenants triggered, at up to a second)
-- is off for these functions.
CREATE OR REPLACE FUNCTION activity_rollup(root varchar, first_day date, last_day date, by_child boolean)
    RETURNS TABLE (branch varchar, week date, category_code varchar, records bigint, people bigint)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp SET jit = off AS $$
DECLARE
    full_from date := first_day + ((8 - extract(isodow FROM first_day)::int) % 7);
    full_to   date := last_day - (extract(isodow FROM last_day)::int % 7);
    head_to   date := CASE WHEN full_from > full_to THEN last_day ELSE full_from - 1 END;
    tail_from date := CASE WHEN full_from > full_to THEN last_day + 1 ELSE full_to + 1 END;
    ready     bigint;
BEGIN
    PERFORM dashboard_entered(root);
    IF by_child THEN
        -- The span rows of the period, added up per tenant first, then each tenant's branch by one probe of the
        -- cached scope: the country's 3,300 communes, not its 50,000 tenants.
        ready := dashboard_scope_ready(root);
        RETURN QUERY
            WITH spans AS MATERIALIZED (SELECT p.span, p.first_day FROM support_spans(first_day, last_day) p),
            per_tenant AS (
                SELECT x.tenant_id, sum(x.records) AS records, sum(x.people) AS people
                FROM spans p
                CROSS JOIN LATERAL (SELECT y.tenant_id, y.records, y.people FROM support_span_tally y
                                    WHERE y.span = p.span AND y.first_day = p.first_day) x
                GROUP BY 1
            )
            SELECT s.branch, NULL::date, NULL::varchar, sum(t.records)::bigint, sum(t.people)::bigint
            FROM per_tenant t
            JOIN dashboard_scope_cache s ON s.root_code = root AND s.generation = ready AND s.tenant_code = t.tenant_id
            GROUP BY 1
            HAVING sum(t.records) > 0;
        RETURN;
    END IF;
    -- Each tenant of the scope probes the week tally for its whole weeks and the day tally for the two edges: an
    -- array of a province's 1,484 codes made the planner expect a third of the week tally and read all of it.
    ready := dashboard_scope_ready(root);
    RETURN QUERY
        SELECT NULL::varchar, date_trunc('week', c.day)::date, c.category_code, sum(c.records)::bigint, sum(c.people)::bigint
        FROM dashboard_scope_cache s
        CROSS JOIN LATERAL (
            SELECT w.week AS day, w.category_code, w.records, w.people FROM support_week_tally w
            WHERE w.tenant_id = s.tenant_code AND w.week BETWEEN full_from AND full_to - 6
            UNION ALL
            SELECT d.day, d.category_code, d.records, d.people FROM support_tally d
            WHERE d.tenant_id = s.tenant_code AND d.day BETWEEN first_day AND head_to
            UNION ALL
            SELECT d.day, d.category_code, d.records, d.people FROM support_tally d
            WHERE d.tenant_id = s.tenant_code AND d.day BETWEEN tail_from AND last_day
        ) c
        WHERE s.root_code = root AND s.generation = ready
        GROUP BY 2, 3
        HAVING sum(c.records) > 0;
END;
$$;

--changeset sohoa:0.5.2-certificate-tally-valid splitStatements:false
-- "Certificates issued" counts the certificates that stand: a revoked certificate no longer counts, on the day it
-- was issued, in the dashboards, the weekly summary and the reports built from them. The tally follows the
-- certificate's status (revocation is an UPDATE of it by the issuing tenant) and is counted again from the rows.
CREATE OR REPLACE FUNCTION certificate_tally_count() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.status = 'VALID' THEN
        UPDATE certificate_tally SET issued = issued - 1 WHERE tenant_id = OLD.enrolment_tenant_id AND day = OLD.issued_on;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.status = 'VALID' THEN
        INSERT INTO certificate_tally AS c (tenant_id, day, issued) VALUES (NEW.enrolment_tenant_id, NEW.issued_on, 1)
        ON CONFLICT (tenant_id, day) DO UPDATE SET issued = c.issued + 1;
    END IF;
    RETURN NULL;
END;
$$;
DROP TRIGGER certificate_tally ON certificate;
CREATE TRIGGER certificate_tally AFTER INSERT OR UPDATE OF status OR DELETE ON certificate
    FOR EACH ROW EXECUTE FUNCTION certificate_tally_count();
DELETE FROM certificate_tally;
INSERT INTO certificate_tally (tenant_id, day, issued)
SELECT enrolment_tenant_id, issued_on, count(*) FROM certificate WHERE status = 'VALID' GROUP BY 1, 2;
