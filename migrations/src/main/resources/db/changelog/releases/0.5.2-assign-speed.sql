--liquibase formatted sql

--changeset sohoa:0.5.2-enrolment-audit-grouped splitStatements:false
-- The audit of a bulk enrolment, one entry per tenant and kind of enrolment instead of one per person. An assignment
-- of 50,000 people wrote 50,000 audit entries (heap, two indexes and a foreign-key check each): as costly as the
-- enrolments themselves. The rows a statement inserts in one tenant that differ only in the person (the key column
-- and the person's other columns, named after it) are recorded together: who (the actor) enrolled whom (the key
-- column and each person column as a list, in the key's order, under "after"), in what (the columns they share, as
-- a single insert records them); the entity key is the number of people and the start of that list. A row alone in
-- its group is recorded exactly as before. Arguments: entity type, key column, the person's other columns.
CREATE OR REPLACE FUNCTION audit_tenant_scoped_rows() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET work_mem = '64MB' AS $$
DECLARE
    key    text   := TG_ARGV[1];
    person text[] := ARRAY[TG_ARGV[1]] || coalesce(TG_ARGV[2:], ARRAY[]::text[]);
    shared text[];
    parts  text;
BEGIN
    -- Grouped on the columns themselves, not on a document per row: the statement's rows are many, its groups few.
    SELECT array_agg(a.attname::text ORDER BY a.attnum) INTO shared
      FROM pg_attribute a
     WHERE a.attrelid = TG_RELID AND a.attnum > 0 AND NOT a.attisdropped
       AND a.attname <> ALL (ARRAY['id', 'tenant_id', 'version', 'created_at'] || person);
    SELECT string_agg(format('CASE WHEN to_jsonb(n.%1$I) <> ''null''::jsonb THEN jsonb_build_object(%1$L, '
                             'jsonb_build_object(''after'', to_jsonb(n.%1$I))) ELSE ''{}''::jsonb END', c), ' || ')
      INTO parts FROM unnest(shared) AS c;
    SELECT concat_ws(' || ', parts, string_agg(format(
               'CASE WHEN count(n.%1$I) = 0 THEN ''{}''::jsonb '
               'WHEN count(*) = 1 THEN jsonb_build_object(%1$L, jsonb_build_object(''after'', jsonb_agg(n.%1$I) -> 0)) '
               'ELSE jsonb_build_object(%1$L, jsonb_build_object(''after'', jsonb_agg(n.%1$I ORDER BY n.%2$I))) END',
               c, key), ' || '))
      INTO parts FROM unnest(person) AS c;
    EXECUTE format($q$
        INSERT INTO audit_entry (tenant_id, actor_subject, actor_username, entity_type, entity_key, action, changes)
        SELECT n.tenant_id, $1, $2, $3,
               CASE WHEN count(*) = 1 THEN min(n.%1$I::text)
                    ELSE left(count(*) || ': ' || string_agg(n.%1$I::text, ', ' ORDER BY n.%1$I), 255) END,
               'CREATE', %2$s
          FROM new_rows n GROUP BY n.tenant_id%3$s$q$,
        key, parts, (SELECT string_agg(format(', n.%I', c), '') FROM unnest(shared) AS c))
    USING coalesce(nullif(current_setting('sohoa.actor_subject', true), ''), 'system'),
          coalesce(nullif(current_setting('sohoa.actor_username', true), ''), 'system'), TG_ARGV[0];
    RETURN NULL;
END;
$$;
DROP TRIGGER enrolment_audit_insert ON enrolment;
CREATE TRIGGER enrolment_audit_insert AFTER INSERT ON enrolment REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit_tenant_scoped_rows('Enrolment', 'username', 'user_subject', 'learner_name');

--changeset sohoa:0.5.2-tally-without-prior-join splitStatements:false
-- The per-person tallies of an assignment of 50,000 people: each trigger read the rows it was about to change
-- (prior: the tally table joined with the deltas) to tell who started or stopped counting. Estimated at one row,
-- that join made the planner pick a nested loop over 50,000 × 50,000 rows (minutes: the third course assigned to
-- the same people never finished), and otherwise it scanned the whole tally table. A row's figures before the
-- statement are its figures after it (what the upsert returns) less the statement's delta, which needs no read.
CREATE OR REPLACE FUNCTION training_tally_count() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET work_mem = '64MB' AS $$
DECLARE
    rows_after  text := 'SELECT 1 AS s, tenant_id, course_id, due_date, user_subject, role, assigned, completed_at FROM new_rows';
    rows_before text := 'SELECT -1 AS s, tenant_id, course_id, due_date, user_subject, role, assigned, completed_at FROM old_rows';
    source      text := CASE TG_OP WHEN 'INSERT' THEN rows_after WHEN 'DELETE' THEN rows_before
                                   ELSE rows_after || ' UNION ALL ' || rows_before END;
BEGIN
    EXECUTE format($q$
        WITH d AS (%s)
        INSERT INTO training_tally AS t (tenant_id, course_id, due_date, enrolled, completed, assigned, assigned_completed)
        SELECT tenant_id, course_id, due_date, sum(s), sum(s * (completed_at IS NOT NULL)::int), sum(s * assigned::int),
               sum(s * (assigned AND completed_at IS NOT NULL)::int)
          FROM d GROUP BY tenant_id, course_id, due_date
        HAVING sum(s) <> 0 OR sum(s * (completed_at IS NOT NULL)::int) <> 0 OR sum(s * assigned::int) <> 0
            OR sum(s * (assigned AND completed_at IS NOT NULL)::int) <> 0
         ORDER BY tenant_id, course_id, due_date
        ON CONFLICT ON CONSTRAINT training_tally_key DO UPDATE
           SET enrolled = t.enrolled + excluded.enrolled, completed = t.completed + excluded.completed,
               assigned = t.assigned + excluded.assigned,
               assigned_completed = t.assigned_completed + excluded.assigned_completed$q$, source);
    EXECUTE format($q$
        WITH d AS (%s),
        delta AS (SELECT tenant_id, user_subject, sum(s * assigned::int) AS a,
                         sum(s * (assigned AND completed_at IS NOT NULL)::int) AS c
                    FROM d WHERE role = 'TEAM_MEMBER' GROUP BY tenant_id, user_subject
                  HAVING sum(s * assigned::int) <> 0 OR sum(s * (assigned AND completed_at IS NOT NULL)::int) <> 0),
        counted AS (INSERT INTO training_member_tally AS p (tenant_id, user_subject, assigned, completed)
                  SELECT tenant_id, user_subject, a, c FROM delta ORDER BY tenant_id, user_subject
                  ON CONFLICT (tenant_id, user_subject) DO UPDATE
                     SET assigned = p.assigned + excluded.assigned, completed = p.completed + excluded.completed
                  RETURNING p.tenant_id, p.user_subject, p.assigned, p.completed)
        INSERT INTO training_people_tally AS q (tenant_id, members_assigned, members_done)
        SELECT a.tenant_id,
               sum((a.assigned > 0)::int - (a.assigned - d.a > 0)::int),
               sum((a.assigned > 0 AND a.completed = a.assigned)::int
                   - (a.assigned - d.a > 0 AND a.completed - d.c = a.assigned - d.a)::int)
          FROM counted a JOIN delta d USING (tenant_id, user_subject)
         GROUP BY a.tenant_id ORDER BY a.tenant_id
        ON CONFLICT (tenant_id) DO UPDATE
           SET members_assigned = q.members_assigned + excluded.members_assigned,
               members_done = q.members_done + excluded.members_done$q$, source);
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION training_audience_count() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET work_mem = '64MB' AS $$
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
        counted AS (INSERT INTO training_audience_person_tally AS p (tenant_id, audience, user_subject, assigned, completed)
                    SELECT tenant_id, audience, user_subject, a, c FROM delta ORDER BY 1, 2, 3
                    ON CONFLICT (tenant_id, audience, user_subject) DO UPDATE
                       SET assigned = p.assigned + excluded.assigned, completed = p.completed + excluded.completed
                    RETURNING p.tenant_id, p.audience, p.user_subject, p.assigned, p.completed)
        INSERT INTO training_audience_tally AS q (tenant_id, audience, people_assigned, people_done)
        SELECT a.tenant_id, a.audience,
               sum((a.assigned > 0)::int - (a.assigned - d.a > 0)::int),
               sum((a.assigned > 0 AND a.completed = a.assigned)::int
                   - (a.assigned - d.a > 0 AND a.completed - d.c = a.assigned - d.a)::int)
          FROM counted a JOIN delta d USING (tenant_id, audience, user_subject)
         GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (tenant_id, audience) DO UPDATE
           SET people_assigned = q.people_assigned + excluded.people_assigned,
               people_done = q.people_done + excluded.people_done$q$, source);
    RETURN NULL;
END;
$$;
