--liquibase formatted sql

--changeset sohoa:0.5.2-withdrawn-course-assignments splitStatements:false
-- A withdrawn course takes no new learners: a membership added after the withdrawal is no longer enrolled by an
-- assignment rule of that course. The enrolments it made before stay, as every enrolment of a withdrawn course does.
CREATE OR REPLACE FUNCTION training_assign_member(subject varchar, enrolled_at timestamptz) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    here    varchar := current_setting('sohoa.tenant_id', true);
    changed bigint;
    ended   bigint;
BEGIN
    WITH matching AS (
        SELECT DISTINCT ON (c.id) m.tenant_id, c.id AS course_id, m.user_subject, m.username, m.role,
               r.id AS assignment_id, r.due_date
          FROM membership m
          JOIN tenant t ON t.code = m.tenant_id AND t.status = 'ACTIVE'
          JOIN training_assignment r ON r.role = m.role
          JOIN tenant under_tenant ON under_tenant.code = r.under_code AND t.path <@ under_tenant.path
          JOIN course c ON c.id = r.course_id
          JOIN tenant owner_tenant ON owner_tenant.code = c.tenant_id AND t.path <@ owner_tenant.path
         WHERE m.tenant_id = here AND m.user_subject = subject AND c.withdrawn_at IS NULL
           AND (t.code = c.tenant_id OR (c.sharing = 'DESCENDANTS' AND c.published_version > 0
                AND (cardinality(c.shared_kinds) = 0 OR t.kind = ANY (c.shared_kinds))))
         ORDER BY c.id, r.due_date)
    INSERT INTO enrolment AS e (tenant_id, course_id, user_subject, username, role, source, assignment_id, assigned,
                                due_date, enrolled_at)
    SELECT tenant_id, course_id, user_subject, username, role, 'ASSIGNMENT', assignment_id, true, due_date, enrolled_at
      FROM matching
    ON CONFLICT (tenant_id, course_id, user_subject) DO UPDATE
       SET assigned = true, assignment_id = excluded.assignment_id, role = excluded.role, due_date = excluded.due_date
     WHERE NOT e.assigned OR e.role IS DISTINCT FROM excluded.role;
    GET DIAGNOSTICS changed = ROW_COUNT;
    UPDATE enrolment e SET assigned = false
     WHERE e.tenant_id = here AND e.user_subject = subject AND e.assigned
       AND NOT EXISTS (
           SELECT 1 FROM membership m
             JOIN tenant t ON t.code = m.tenant_id
             JOIN training_assignment r ON r.role = m.role AND r.course_id = e.course_id
             JOIN tenant under_tenant ON under_tenant.code = r.under_code AND t.path <@ under_tenant.path
            WHERE m.tenant_id = here AND m.user_subject = subject);
    GET DIAGNOSTICS ended = ROW_COUNT;
    RETURN changed + ended;
END;
$$;
