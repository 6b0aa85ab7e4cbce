--liquibase formatted sql

--changeset sohoa:0.5.3-merged-history-once splitStatements:false
-- A tenant merged into another counts in its successor's line only, as the dashboard's scope already counted it
-- (dashboard_scope_build): its old parent, and the old parent's ancestors that are not also the successor's, no
-- longer hold its history, so the roll-ups of a tenant's children add up to the tenant's own. Before, a commune merged
-- into a commune of another district counted in both districts. Merged away means linked to a successor by a MERGE,
-- which by the end of the transaction is the same as being MERGED (tenant_lineage_ended); the lineage is what the
-- running totals' triggers follow, so the roll-up and its totals both read it. A merged tenant's own roll-up still
-- holds itself.
CREATE OR REPLACE FUNCTION tenant_rollup(root varchar) RETURNS TABLE (code varchar) LANGUAGE sql STABLE AS $$
    WITH RECURSIVE scope(code) AS (
        SELECT t.code FROM tenant t JOIN tenant r ON r.code = root
        WHERE t.path <@ r.path
          AND (t.code = root OR NOT EXISTS (SELECT 1 FROM tenant_lineage m
                                            WHERE m.predecessor_code = t.code AND m.kind = 'MERGE'))
        UNION
        SELECT l.predecessor_code FROM tenant_lineage l JOIN scope s ON l.successor_code = s.code
        WHERE l.kind = 'MERGE'
    )
    SELECT scope.code FROM scope;
$$;

-- The tenants other than member whose roll-up counts member's approved values: every tenant member merged into,
-- directly or through later merges, and the ancestors (by the ids that label the path) of the last of them, the one
-- still standing; of member itself when it never merged.
CREATE OR REPLACE FUNCTION indicator_tally_owners(member varchar) RETURNS TABLE (code varchar)
    LANGUAGE sql STABLE AS $$
    WITH RECURSIVE reach(code) AS (
        SELECT member
        UNION
        SELECT l.successor_code FROM tenant_lineage l JOIN reach r ON l.predecessor_code = r.code WHERE l.kind = 'MERGE'
    )
    SELECT DISTINCT a.code
    FROM reach r JOIN tenant t ON t.code = r.code
    JOIN tenant a ON a.id = ANY (string_to_array(ltree2text(t.path), '.')::bigint[])
    WHERE a.code <> member
      AND (a.code = r.code OR NOT EXISTS (SELECT 1 FROM tenant_lineage m
                                          WHERE m.predecessor_code = r.code AND m.kind = 'MERGE'));
$$;
REVOKE EXECUTE ON FUNCTION indicator_tally_owners(varchar) FROM PUBLIC;

-- The totals again, by the new owners.
DELETE FROM indicator_tally;
SELECT indicator_tally_shift(array_agg(DISTINCT a.tenant_id), NULL, NULL, 1) FROM approved_value a;
ANALYZE indicator_tally;
