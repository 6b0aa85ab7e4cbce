--liquibase formatted sql

--changeset sohoa:0.5.2-indicator-tally splitStatements:false
-- The running totals of the approved values, per tenant whose roll-up counts them (tenant_id: every ancestor of the
-- approved form's tenant and every ancestor of the tenants it merged into, however many merges on, each once, itself
-- excepted: exactly the other tenants whose tenant_rollup holds it), data set, period and indicator. A roll-up of a
-- tenant then reads its own few rows and its own approved values instead of one approved value per tenant of its
-- subtree; a commune without merged predecessors has no rows. Each key is split into 16 stripes by the approving
-- tenant's id, so that concurrent approvals in one province do not queue on the province's rows. Only sums and
-- counts are kept: a sum can be taken back on un-approval, a minimum cannot (the roll-up reads the extremes of a MIN
-- or MAX indicator from the approved values). Kept by the database in the approving transaction, and when the tree
-- or the lineage changes; read only by the roll-up function (no grant).
CREATE TABLE indicator_tally (
    data_set_id       bigint      NOT NULL,
    period            varchar(8)  NOT NULL,
    tenant_id         varchar(32) NOT NULL,
    indicator_code    varchar(32) NOT NULL,
    stripe            smallint    NOT NULL,
    tenants           bigint      NOT NULL,
    values_counted    bigint      NOT NULL,
    value_sum         numeric     NOT NULL,
    numerators        bigint      NOT NULL,
    numerator_sum     numeric     NOT NULL,
    denominators      bigint      NOT NULL,
    denominator_sum   numeric     NOT NULL,
    yes_count         bigint      NOT NULL,
    PRIMARY KEY (data_set_id, period, tenant_id, indicator_code, stripe)
) WITH (fillfactor = 70); -- room on each page, so the running updates stay HOT
ALTER TABLE indicator_tally ENABLE ROW LEVEL SECURITY;
ALTER TABLE indicator_tally FORCE ROW LEVEL SECURITY;
CREATE POLICY indicator_tally_owner ON indicator_tally TO CURRENT_USER USING (true) WITH CHECK (true);

-- The tenants other than member whose roll-up counts member's approved values: the ancestors (by the ids that label the
-- path) of member and of each tenant it merged into, directly or through later merges.
CREATE FUNCTION indicator_tally_owners(member varchar) RETURNS TABLE (code varchar)
    LANGUAGE sql STABLE AS $$
    WITH RECURSIVE reach(code) AS (
        SELECT member
        UNION
        SELECT l.successor_code FROM tenant_lineage l JOIN reach r ON l.predecessor_code = r.code WHERE l.kind = 'MERGE'
    )
    SELECT DISTINCT a.code
    FROM reach r JOIN tenant t ON t.code = r.code
    JOIN tenant a ON a.id = ANY (string_to_array(ltree2text(t.path), '.')::bigint[])
    WHERE a.code <> member;
$$;
REVOKE EXECUTE ON FUNCTION indicator_tally_owners(varchar) FROM PUBLIC;

-- Adds (direction 1) or takes back (-1) the approved values of members, of one data set and period or of all (null),
-- to or from the totals of every tenant that counts them. One statement, its keys in index order, so that two
-- transactions lock shared rows in the same order.
CREATE FUNCTION indicator_tally_shift(members varchar[], set_id bigint, one_period varchar, direction integer)
    RETURNS void LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO indicator_tally AS t (data_set_id, period, tenant_id, indicator_code, stripe, tenants, values_counted,
                                      value_sum, numerators, numerator_sum, denominators, denominator_sum, yes_count)
    SELECT a.data_set_id, a.period, o.code, a.indicator_code, (m.id % 16)::smallint, direction * count(*),
           direction * count(a.value), direction * coalesce(sum(a.value), 0), direction * count(a.numerator),
           direction * coalesce(sum(a.numerator), 0), direction * count(a.denominator),
           direction * coalesce(sum(a.denominator), 0), direction * count(*) FILTER (WHERE a.yes)
    FROM tenant m
    CROSS JOIN LATERAL indicator_tally_owners(m.code) o
    JOIN approved_value a ON a.tenant_id = m.code
    WHERE m.code = ANY (members)
      AND (set_id IS NULL OR a.data_set_id = set_id) AND (one_period IS NULL OR a.period = one_period)
    GROUP BY 1, 2, 3, 4, 5
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (data_set_id, period, tenant_id, indicator_code, stripe) DO UPDATE
        SET tenants = t.tenants + excluded.tenants, values_counted = t.values_counted + excluded.values_counted,
            value_sum = t.value_sum + excluded.value_sum, numerators = t.numerators + excluded.numerators,
            numerator_sum = t.numerator_sum + excluded.numerator_sum,
            denominators = t.denominators + excluded.denominators,
            denominator_sum = t.denominator_sum + excluded.denominator_sum, yes_count = t.yes_count + excluded.yes_count;
END;
$$;
REVOKE EXECUTE ON FUNCTION indicator_tally_shift(varchar[], bigint, varchar, integer) FROM PUBLIC;

-- The approval trigger of 0.5.0, now also moving the form's values into and out of the totals.
CREATE OR REPLACE FUNCTION approved_value_keep() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF OLD.state = 'APPROVED' THEN
        PERFORM indicator_tally_shift(ARRAY[OLD.tenant_id], OLD.data_set_id, OLD.period, -1);
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
        PERFORM indicator_tally_shift(ARRAY[NEW.tenant_id], NEW.data_set_id, NEW.period, 1);
    END IF;
    RETURN NULL;
END;
$$;

-- A tenant's approved values, and those of every tenant merged into it, count in other totals once it moves or a
-- merge links it: before the change they leave the totals of the tenants that counted them, after it they join those
-- of the tenants that count them now. The tenants concerned are the moved subtree or the linked predecessor, and
-- everything merged into them.
CREATE FUNCTION indicator_tally_predecessors(seeds varchar[]) RETURNS varchar[]
    LANGUAGE sql STABLE AS $$
    WITH RECURSIVE back(code) AS (
        SELECT unnest(seeds)
        UNION
        SELECT l.predecessor_code FROM tenant_lineage l JOIN back b ON l.successor_code = b.code WHERE l.kind = 'MERGE'
    )
    SELECT coalesce(array_agg(code), '{}') FROM back;
$$;
REVOKE EXECUTE ON FUNCTION indicator_tally_predecessors(varchar[]) FROM PUBLIC;

CREATE FUNCTION indicator_tally_restructure() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    seeds     varchar[];
    direction integer := CASE WHEN TG_WHEN = 'BEFORE' THEN -1 ELSE 1 END;
BEGIN
    IF TG_TABLE_NAME = 'tenant' THEN
        SELECT array_agg(t.code) INTO seeds FROM tenant t
        WHERE t.path <@ (CASE WHEN TG_WHEN = 'BEFORE' THEN OLD.path ELSE NEW.path END);
    ELSE
        seeds := array_remove(ARRAY[CASE WHEN TG_OP <> 'INSERT' AND OLD.kind = 'MERGE' THEN OLD.predecessor_code END,
                                    CASE WHEN TG_OP <> 'DELETE' AND NEW.kind = 'MERGE' THEN NEW.predecessor_code END],
                              NULL);
    END IF;
    PERFORM indicator_tally_shift(indicator_tally_predecessors(seeds), NULL, NULL, direction);
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
REVOKE EXECUTE ON FUNCTION indicator_tally_restructure() FROM PUBLIC;
-- Named to fire before tenant_moved rewrites the subtree's paths (BEFORE triggers fire in order of name).
CREATE TRIGGER tenant_indicator_tally_leave BEFORE UPDATE OF parent_code ON tenant
    FOR EACH ROW WHEN (NEW.parent_code IS DISTINCT FROM OLD.parent_code)
    EXECUTE FUNCTION indicator_tally_restructure();
CREATE TRIGGER tenant_indicator_tally_join AFTER UPDATE OF parent_code ON tenant
    FOR EACH ROW WHEN (NEW.parent_code IS DISTINCT FROM OLD.parent_code)
    EXECUTE FUNCTION indicator_tally_restructure();
CREATE TRIGGER tenant_lineage_tally_leave BEFORE INSERT OR UPDATE OR DELETE ON tenant_lineage
    FOR EACH ROW EXECUTE FUNCTION indicator_tally_restructure();
CREATE TRIGGER tenant_lineage_tally_join AFTER INSERT OR UPDATE OR DELETE ON tenant_lineage
    FOR EACH ROW EXECUTE FUNCTION indicator_tally_restructure();

-- What was approved before this release, counted once.
SELECT indicator_tally_shift(array_agg(DISTINCT a.tenant_id), NULL, NULL, 1) FROM approved_value a;
ANALYZE indicator_tally;

--changeset sohoa:0.5.2-indicator-rollup-tally splitStatements:false
-- The roll-up of 0.5.0, with the same answer, read from the totals: root's own rows of the periods (16 stripes per
-- indicator, whatever the size of its subtree) and root's own approved values. Only the extremes of an indicator some
-- tenant rolls up by MIN or MAX still come from the approved values of every tenant of the roll-up.
CREATE OR REPLACE FUNCTION indicator_rollup(root varchar, set_id bigint, periods varchar[])
    RETURNS TABLE (period varchar, indicator_code varchar, tenants bigint, value_sum numeric, value_min numeric,
                   value_max numeric, numerator_sum numeric, denominator_sum numeric, yes_count bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    entered varchar := current_setting('sohoa.tenant_id', true);
    extreme varchar[];
BEGIN
    IF root IS DISTINCT FROM entered AND NOT EXISTS (
        SELECT 1 FROM tenant r JOIN tenant e ON e.code = entered
        WHERE r.code = root AND (r.parent_code = e.code OR r.parent_code = e.parent_code)) THEN
        RAISE EXCEPTION 'a roll-up reads only the tenant the transaction has entered, its children and siblings'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT array_agg(DISTINCT i.code) INTO extreme
    FROM data_set d JOIN indicator i ON i.code = ANY (d.indicator_codes) AND i.across_tenants IN ('MIN', 'MAX')
    WHERE d.id = set_id;
    RETURN QUERY
        WITH parts AS (
            SELECT t.period, t.indicator_code, t.tenants, t.values_counted, t.value_sum, t.numerators,
                   t.numerator_sum, t.denominators, t.denominator_sum, t.yes_count
            FROM indicator_tally t
            WHERE t.data_set_id = set_id AND t.period = ANY (periods) AND t.tenant_id = root
            UNION ALL
            SELECT a.period, a.indicator_code, 1, (a.value IS NOT NULL)::int, coalesce(a.value, 0),
                   (a.numerator IS NOT NULL)::int, coalesce(a.numerator, 0), (a.denominator IS NOT NULL)::int,
                   coalesce(a.denominator, 0), (a.yes IS TRUE)::int
            FROM approved_value a
            WHERE a.tenant_id = root AND a.data_set_id = set_id AND a.period = ANY (periods)
        ),
        totals AS (
            SELECT p.period, p.indicator_code, sum(p.tenants)::bigint AS tenants,
                   CASE WHEN sum(p.values_counted) > 0 THEN sum(p.value_sum) END AS value_sum,
                   CASE WHEN sum(p.numerators) > 0 THEN sum(p.numerator_sum) END AS numerator_sum,
                   CASE WHEN sum(p.denominators) > 0 THEN sum(p.denominator_sum) END AS denominator_sum,
                   sum(p.yes_count)::bigint AS yes_count
            FROM parts p
            GROUP BY p.period, p.indicator_code
            HAVING sum(p.tenants) > 0
        ),
        extremes AS (
            SELECT a.period, a.indicator_code,
                   min(coalesce(a.value, 100 * a.numerator / nullif(a.denominator, 0))) AS value_min,
                   max(coalesce(a.value, 100 * a.numerator / nullif(a.denominator, 0))) AS value_max
            FROM approved_value a
            WHERE extreme IS NOT NULL AND a.data_set_id = set_id AND a.period = ANY (periods)
              AND a.indicator_code = ANY (extreme)
              AND a.tenant_id IN (SELECT s.code FROM tenant_rollup(root) s)
            GROUP BY a.period, a.indicator_code
        )
        SELECT t.period, t.indicator_code, t.tenants, t.value_sum, x.value_min, x.value_max, t.numerator_sum,
               t.denominator_sum, t.yes_count
        FROM totals t LEFT JOIN extremes x ON x.period = t.period AND x.indicator_code = t.indicator_code;
END;
$$;
