--liquibase formatted sql

--changeset sohoa:0.5.0-training-skill
-- The basic digital-skills framework (QĐ 757/QĐ-BKHCN; the group list is unverified): reference data
-- every tenant reads, shipped here and edited by the province. Global like the tenant registry; its edits
-- are audited in the tenant the editor entered.
CREATE TABLE training_skill (
    code       varchar(16)  PRIMARY KEY,
    name       varchar(300) NOT NULL CHECK (length(trim(name)) > 0),
    position   integer      NOT NULL,
    version    bigint       NOT NULL DEFAULT 0,
    created_at timestamptz  NOT NULL DEFAULT now()
);
GRANT SELECT, INSERT, UPDATE ON training_skill TO ${app_role};
INSERT INTO training_skill (code, name, position) VALUES
    ('KNS0', 'Nhóm 0: Sử dụng thiết bị số và ứng dụng', 0),
    ('KNS1', 'Nhóm 1: Tìm kiếm, đánh giá và quản lý thông tin', 1),
    ('KNS2', 'Nhóm 2: Giao tiếp và hợp tác trên môi trường số', 2),
    ('KNS3', 'Nhóm 3: Sáng tạo nội dung số', 3),
    ('KNS4', 'Nhóm 4: An toàn và bảo vệ trên môi trường số', 4),
    ('KNS5', 'Nhóm 5: Giải quyết vấn đề với công nghệ số', 5),
    ('KNS6', 'Nhóm 6: Sử dụng trí tuệ nhân tạo', 6),
    ('KNS7', 'Nhóm 7: Sử dụng dịch vụ công trực tuyến và thanh toán số', 7);

--changeset sohoa:0.5.0-training-skill-audit splitStatements:false
CREATE FUNCTION audit_training_skill_row() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
BEGIN
    PERFORM audit_write(ARRAY[nullif(current_setting('sohoa.tenant_id', true), '~')], 'TrainingSkill',
                        coalesce(new_row, old_row) ->> 'code', CASE TG_OP WHEN 'INSERT' THEN 'CREATE' ELSE TG_OP END,
                        old_row, new_row, ARRAY[]::text[]);
    RETURN NULL;
END;
$$;
REVOKE EXECUTE ON FUNCTION audit_training_skill_row() FROM PUBLIC;
CREATE TRIGGER training_skill_audit AFTER INSERT OR UPDATE OR DELETE ON training_skill
    FOR EACH ROW EXECUTE FUNCTION audit_training_skill_row();

--changeset sohoa:0.5.0-course
-- A course of a tenant: its settings and its draft content (sections, lessons, quiz settings, question
-- bank) as one document. Shared down: read by the descendants of its tenant (of the given kinds, when
-- any) once published, as well as by its own tenant.
CREATE TABLE course (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id         varchar(32)   NOT NULL REFERENCES tenant (code),
    code              varchar(32)   NOT NULL,
    title             varchar(300)  NOT NULL,
    sharing           varchar(16)   NOT NULL CHECK (sharing IN ('OWN', 'DESCENDANTS')),
    shared_kinds      varchar(16)[] NOT NULL DEFAULT '{}',
    audiences         varchar(16)[] NOT NULL DEFAULT '{}',
    draft             jsonb         NOT NULL,
    next_item_id      bigint        NOT NULL DEFAULT 1,
    published_version integer       NOT NULL DEFAULT 0,
    version           bigint        NOT NULL DEFAULT 0,
    created_at        timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, code)
);
ALTER TABLE course ENABLE ROW LEVEL SECURITY;
ALTER TABLE course FORCE ROW LEVEL SECURITY;
CREATE POLICY course_read ON course FOR SELECT
    USING (tenant_id = current_setting('sohoa.tenant_id', true)
           OR (sharing = 'DESCENDANTS' AND published_version > 0 AND EXISTS (
               SELECT 1 FROM tenant owner_tenant JOIN tenant here ON here.path <@ owner_tenant.path
                WHERE owner_tenant.code = course.tenant_id
                  AND here.code = current_setting('sohoa.tenant_id', true) AND here.code <> owner_tenant.code
                  AND (cardinality(course.shared_kinds) = 0 OR here.kind = ANY (course.shared_kinds)))));
CREATE POLICY course_add ON course FOR INSERT
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY course_change ON course FOR UPDATE
    USING (tenant_id = current_setting('sohoa.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT, INSERT, UPDATE ON course TO ${app_role};
CREATE TRIGGER course_audit AFTER INSERT OR UPDATE OR DELETE ON course
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_scoped_row('Course', 'code');

--changeset sohoa:0.5.0-enrolment
-- A person enrolled in a course, in one tenant they are a member of, with their progress: one row per
-- enrolment, so a person enrolled in several tenants is counted once in each. The version they learn is
-- fixed when they start (course_version); until then they follow the newest. assigned: an assignment rule
-- matches their membership now (a membership that ends keeps the row, no longer assigned). The person reads
-- their own rows in every tenant; everything else stays in the tenant.
CREATE TABLE enrolment (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id      varchar(32)  NOT NULL REFERENCES tenant (code),
    course_id      bigint       NOT NULL REFERENCES course (id),
    user_subject   varchar(64)  NOT NULL,
    username       varchar(255) NOT NULL,
    learner_name   varchar(255),
    role           varchar(16),
    source         varchar(16)  NOT NULL CHECK (source IN ('SELF', 'ADMIN', 'ASSIGNMENT', 'FILE')),
    assignment_id  bigint,
    assigned       boolean      NOT NULL DEFAULT false,
    due_date       date,
    enrolled_at    timestamptz  NOT NULL,
    course_version integer,
    started_at     timestamptz,
    last_lesson_id bigint,
    lessons_done   integer      NOT NULL DEFAULT 0,
    completed_at   timestamptz,
    completed_on   date,
    version        bigint       NOT NULL DEFAULT 0,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, course_id, user_subject),
    UNIQUE (tenant_id, id)
);
CREATE INDEX enrolment_user_subject ON enrolment (user_subject);
CREATE INDEX enrolment_course ON enrolment (course_id);
ALTER TABLE enrolment ENABLE ROW LEVEL SECURITY;
ALTER TABLE enrolment FORCE ROW LEVEL SECURITY;
CREATE POLICY enrolment_read ON enrolment FOR SELECT
    USING (tenant_id = current_setting('sohoa.tenant_id', true)
           OR user_subject = current_setting('sohoa.user_subject', true));
CREATE POLICY enrolment_add ON enrolment FOR INSERT
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY enrolment_change ON enrolment FOR UPDATE
    USING (tenant_id = current_setting('sohoa.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT, INSERT, UPDATE ON enrolment TO ${app_role};
CREATE TRIGGER enrolment_audit AFTER INSERT OR UPDATE OR DELETE ON enrolment
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_scoped_row('Enrolment', 'username');

--changeset sohoa:0.5.0-course-version
-- Published versions: immutable snapshots of a course's content (no UPDATE or DELETE grant). Readable
-- where the course is, and in a tenant whose people are enrolled in it, so a learner keeps the version
-- they started even if the course stops being shared.
CREATE TABLE course_version (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    varchar(32)  NOT NULL REFERENCES tenant (code),
    course_id    bigint       NOT NULL REFERENCES course (id),
    number       integer      NOT NULL CHECK (number > 0),
    title        varchar(300) NOT NULL,
    content      jsonb        NOT NULL,
    published_at timestamptz  NOT NULL,
    version      bigint       NOT NULL DEFAULT 0,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (course_id, number)
);
ALTER TABLE course_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE course_version FORCE ROW LEVEL SECURITY;
CREATE POLICY course_version_read ON course_version FOR SELECT
    USING (tenant_id = current_setting('sohoa.tenant_id', true)
           OR EXISTS (SELECT 1 FROM course c WHERE c.id = course_version.course_id)
           OR EXISTS (SELECT 1 FROM enrolment e WHERE e.course_id = course_version.course_id
                        AND e.tenant_id = current_setting('sohoa.tenant_id', true)));
CREATE POLICY course_version_add ON course_version FOR INSERT
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT, INSERT ON course_version TO ${app_role};
CREATE TRIGGER course_version_audit AFTER INSERT OR UPDATE OR DELETE ON course_version
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_scoped_row('CourseVersion', 'number', 'content');

--changeset sohoa:0.5.0-lesson-completion
-- The lessons an enrolment has completed: viewed, or its quiz passed. Never removed by an edit.
CREATE TABLE lesson_completion (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    varchar(32) NOT NULL REFERENCES tenant (code),
    enrolment_id bigint      NOT NULL,
    lesson_id    bigint      NOT NULL,
    how          varchar(8)  NOT NULL CHECK (how IN ('VIEWED', 'PASSED')),
    completed_at timestamptz NOT NULL,
    version      bigint      NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, enrolment_id, lesson_id),
    FOREIGN KEY (tenant_id, enrolment_id) REFERENCES enrolment (tenant_id, id)
);
ALTER TABLE lesson_completion ENABLE ROW LEVEL SECURITY;
ALTER TABLE lesson_completion FORCE ROW LEVEL SECURITY;
CREATE POLICY lesson_completion_isolation ON lesson_completion
    USING (tenant_id = current_setting('sohoa.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT, INSERT ON lesson_completion TO ${app_role};
CREATE TRIGGER lesson_completion_audit AFTER INSERT OR UPDATE OR DELETE ON lesson_completion
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_scoped_row('LessonCompletion', 'lesson_id');

--changeset sohoa:0.5.0-quiz-attempt
-- One attempt at a quiz lesson. questions is frozen when the attempt starts (drawn, options shuffled, with
-- the correct flags the server grades by and never sends before submission); answers are saved at every step.
CREATE TABLE quiz_attempt (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    varchar(32) NOT NULL REFERENCES tenant (code),
    enrolment_id bigint      NOT NULL,
    lesson_id    bigint      NOT NULL,
    number       integer     NOT NULL CHECK (number > 0),
    pass_percent integer     NOT NULL,
    questions    jsonb       NOT NULL,
    answers      jsonb       NOT NULL DEFAULT '[]',
    started_at   timestamptz NOT NULL,
    deadline     timestamptz,
    submitted_at timestamptz,
    score        integer,
    passed       boolean,
    version      bigint      NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, enrolment_id, lesson_id, number),
    FOREIGN KEY (tenant_id, enrolment_id) REFERENCES enrolment (tenant_id, id)
);
ALTER TABLE quiz_attempt ENABLE ROW LEVEL SECURITY;
ALTER TABLE quiz_attempt FORCE ROW LEVEL SECURITY;
CREATE POLICY quiz_attempt_isolation ON quiz_attempt
    USING (tenant_id = current_setting('sohoa.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT, INSERT, UPDATE ON quiz_attempt TO ${app_role};
CREATE TRIGGER quiz_attempt_audit AFTER INSERT OR UPDATE OR DELETE ON quiz_attempt
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_scoped_row('QuizAttempt', 'number', 'questions', 'answers');

--changeset sohoa:0.5.0-training-assignment
-- "Every <role> in tenants under <under> completes course X by <due date>": enrols everyone who matches
-- when it is made, and everyone who matches later when a membership is added.
CREATE TABLE training_assignment (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id  varchar(32) NOT NULL REFERENCES tenant (code),
    course_id  bigint      NOT NULL REFERENCES course (id),
    role       varchar(16) NOT NULL CHECK (role IN ('TENANT_ADMIN', 'TEAM_LEADER', 'TEAM_MEMBER', 'TRAINER', 'VIEWER')),
    under_code varchar(32) NOT NULL REFERENCES tenant (code),
    due_date   date        NOT NULL,
    version    bigint      NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX training_assignment_under ON training_assignment (under_code);
ALTER TABLE training_assignment ENABLE ROW LEVEL SECURITY;
ALTER TABLE training_assignment FORCE ROW LEVEL SECURITY;
CREATE POLICY training_assignment_isolation ON training_assignment
    USING (tenant_id = current_setting('sohoa.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT, INSERT ON training_assignment TO ${app_role};
CREATE TRIGGER training_assignment_audit AFTER INSERT OR UPDATE OR DELETE ON training_assignment
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_scoped_row('TrainingAssignment', 'under_code');

--changeset sohoa:0.5.0-training-tally splitStatements:false
-- Figures of the training overview, kept exact by statement triggers on enrolment in the transaction that
-- enrols, completes or unassigns (an assignment of 50,000 people adds its deltas once, grouped, not row by
-- row). training_tally: per tenant, course and due day. training_member_tally: per TEAM_MEMBER, how many
-- assigned courses and how many of those completed; training_people_tally: per tenant, the team members
-- with an assignment and those who completed every one. The application only reads them. The counts carry no
-- CHECK (>= 0): an upsert's proposed row holds the delta, which may be negative, and PostgreSQL checks it before
-- it finds the row the delta is added to.
CREATE TABLE training_tally (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id          varchar(32) NOT NULL REFERENCES tenant (code),
    course_id          bigint      NOT NULL,
    due_date           date,
    enrolled           bigint      NOT NULL,
    completed          bigint      NOT NULL,
    assigned           bigint      NOT NULL,
    assigned_completed bigint      NOT NULL,
    CONSTRAINT training_tally_key UNIQUE NULLS NOT DISTINCT (tenant_id, course_id, due_date)
);
CREATE TABLE training_member_tally (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    varchar(32) NOT NULL REFERENCES tenant (code),
    user_subject varchar(64) NOT NULL,
    assigned     bigint      NOT NULL,
    completed    bigint      NOT NULL,
    UNIQUE (tenant_id, user_subject)
);
CREATE TABLE training_people_tally (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id        varchar(32) NOT NULL UNIQUE REFERENCES tenant (code),
    members_assigned bigint      NOT NULL,
    members_done     bigint      NOT NULL
);
ALTER TABLE training_tally ENABLE ROW LEVEL SECURITY;
ALTER TABLE training_tally FORCE ROW LEVEL SECURITY;
CREATE POLICY training_tally_isolation ON training_tally FOR SELECT
    USING (tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY training_tally_owner ON training_tally TO CURRENT_USER USING (true) WITH CHECK (true);
GRANT SELECT ON training_tally TO ${app_role};
ALTER TABLE training_member_tally ENABLE ROW LEVEL SECURITY;
ALTER TABLE training_member_tally FORCE ROW LEVEL SECURITY;
CREATE POLICY training_member_tally_isolation ON training_member_tally FOR SELECT
    USING (tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY training_member_tally_owner ON training_member_tally TO CURRENT_USER USING (true) WITH CHECK (true);
GRANT SELECT ON training_member_tally TO ${app_role};
ALTER TABLE training_people_tally ENABLE ROW LEVEL SECURITY;
ALTER TABLE training_people_tally FORCE ROW LEVEL SECURITY;
CREATE POLICY training_people_tally_isolation ON training_people_tally FOR SELECT
    USING (tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY training_people_tally_owner ON training_people_tally TO CURRENT_USER USING (true) WITH CHECK (true);
GRANT SELECT ON training_people_tally TO ${app_role};

-- The rows a statement changed, as signed deltas: +1 for each row after it, -1 for each row before it.
CREATE FUNCTION training_tally_count() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
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
        prior AS (SELECT p.tenant_id, p.user_subject, p.assigned, p.completed
                     FROM training_member_tally p JOIN delta USING (tenant_id, user_subject)),
        counted AS (INSERT INTO training_member_tally AS p (tenant_id, user_subject, assigned, completed)
                  SELECT tenant_id, user_subject, a, c FROM delta ORDER BY tenant_id, user_subject
                  ON CONFLICT (tenant_id, user_subject) DO UPDATE
                     SET assigned = p.assigned + excluded.assigned, completed = p.completed + excluded.completed
                  RETURNING p.tenant_id, p.user_subject, p.assigned, p.completed)
        INSERT INTO training_people_tally AS q (tenant_id, members_assigned, members_done)
        SELECT a.tenant_id,
               sum((a.assigned > 0)::int - (coalesce(b.assigned, 0) > 0)::int),
               sum((a.assigned > 0 AND a.completed = a.assigned)::int
                   - (coalesce(b.assigned, 0) > 0 AND b.completed = b.assigned)::int)
          FROM counted a LEFT JOIN prior b USING (tenant_id, user_subject)
         GROUP BY a.tenant_id ORDER BY a.tenant_id
        ON CONFLICT (tenant_id) DO UPDATE
           SET members_assigned = q.members_assigned + excluded.members_assigned,
               members_done = q.members_done + excluded.members_done$q$, source);
    RETURN NULL;
END;
$$;
REVOKE EXECUTE ON FUNCTION training_tally_count() FROM PUBLIC;
CREATE TRIGGER enrolment_tally_insert AFTER INSERT ON enrolment REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION training_tally_count();
CREATE TRIGGER enrolment_tally_update AFTER UPDATE ON enrolment REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION training_tally_count();
CREATE TRIGGER enrolment_tally_delete AFTER DELETE ON enrolment REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION training_tally_count();

--changeset sohoa:0.5.0-training-assign splitStatements:false
-- Assignment rules enrol people across the tenants below the rule's, which row-level security keeps the
-- application role from writing: these functions run as the owner, and each answers only for the tenant the
-- transaction has entered (which the application enters after checking the caller's rights).
CREATE POLICY membership_training ON membership FOR SELECT TO CURRENT_USER USING (true);
CREATE POLICY course_training ON course FOR SELECT TO CURRENT_USER USING (true);
CREATE POLICY training_assignment_training ON training_assignment FOR SELECT TO CURRENT_USER USING (true);
CREATE POLICY enrolment_training ON enrolment TO CURRENT_USER USING (true) WITH CHECK (true);

-- Enrols everyone who matches the rule now (live tenants under its tenant, the course shared to them);
-- returns how many were enrolled or became assigned.
CREATE FUNCTION training_assign(rule_id bigint, enrolled_at timestamptz) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    rule    training_assignment;
    changed bigint;
BEGIN
    SELECT * INTO rule FROM training_assignment
     WHERE id = rule_id AND tenant_id = current_setting('sohoa.tenant_id', true);
    IF NOT FOUND THEN
        RAISE EXCEPTION 'an assignment is applied only in the tenant the transaction has entered'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO enrolment AS e (tenant_id, course_id, user_subject, username, role, source, assignment_id, assigned,
                                due_date, enrolled_at)
    SELECT m.tenant_id, c.id, m.user_subject, m.username, m.role, 'ASSIGNMENT', rule.id, true, rule.due_date, enrolled_at
      FROM training_assignment r
      JOIN tenant rule_tenant ON rule_tenant.code = r.tenant_id
      JOIN tenant under_tenant ON under_tenant.code = r.under_code AND under_tenant.path <@ rule_tenant.path
      JOIN course c ON c.id = r.course_id
      JOIN tenant owner_tenant ON owner_tenant.code = c.tenant_id
      JOIN tenant t ON t.path <@ under_tenant.path AND t.path <@ owner_tenant.path AND t.status = 'ACTIVE'
      JOIN membership m ON m.tenant_id = t.code AND m.role = r.role
     WHERE r.id = rule.id
       AND (t.code = c.tenant_id OR (c.sharing = 'DESCENDANTS' AND c.published_version > 0
            AND (cardinality(c.shared_kinds) = 0 OR t.kind = ANY (c.shared_kinds))))
    ON CONFLICT (tenant_id, course_id, user_subject) DO UPDATE
       SET assigned = true, assignment_id = excluded.assignment_id, role = excluded.role,
           due_date = CASE WHEN e.assigned THEN least(e.due_date, excluded.due_date) ELSE excluded.due_date END
     WHERE NOT e.assigned OR e.due_date IS DISTINCT FROM least(e.due_date, excluded.due_date);
    GET DIAGNOSTICS changed = ROW_COUNT;
    RETURN changed;
END;
$$;
REVOKE EXECUTE ON FUNCTION training_assign(bigint, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION training_assign(bigint, timestamptz) TO ${app_role};

-- Brings one person's enrolments in the entered tenant in line with the rules after their membership there
-- was added, changed or removed: a rule that matches now enrols or re-assigns them; an assigned enrolment no
-- rule matches any more stays, unassigned.
CREATE FUNCTION training_assign_member(subject varchar, enrolled_at timestamptz) RETURNS bigint
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
         WHERE m.tenant_id = here AND m.user_subject = subject
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
REVOKE EXECUTE ON FUNCTION training_assign_member(varchar, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION training_assign_member(varchar, timestamptz) TO ${app_role};

--changeset sohoa:0.5.0-training-overview splitStatements:false
-- The training overview of the entered tenant: one row for the tenant's own figures and one per child
-- (its whole subtree), summed from the tallies. Reads across tenants, so it runs as the owner, and it
-- answers only for the tenant the transaction has entered.
CREATE FUNCTION training_overview(root varchar, course bigint, today date)
    RETURNS TABLE (tenant_code varchar, tenant_name varchar, own boolean, assigned bigint, enrolled bigint,
                   completed bigint, overdue bigint, members_assigned bigint, members_done bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF root IS DISTINCT FROM current_setting('sohoa.tenant_id', true) THEN
        RAISE EXCEPTION 'an overview reads only the tenant the transaction has entered'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY
        WITH r AS (SELECT code, path FROM tenant WHERE code = root),
        groups AS (
            SELECT t.code, CASE WHEN t.code = r.code THEN r.code ELSE g.code END AS group_code
              FROM r JOIN tenant t ON t.path <@ r.path
              LEFT JOIN tenant g ON g.path = subpath(t.path, 0, nlevel(r.path) + 1) AND t.code <> r.code),
        courses AS (
            SELECT grp.group_code, sum(k.assigned)::bigint AS assigned, sum(k.enrolled)::bigint AS enrolled,
                   sum(k.completed)::bigint AS completed,
                   sum(CASE WHEN k.due_date < today THEN k.assigned - k.assigned_completed ELSE 0 END)::bigint AS overdue
              FROM training_tally k JOIN groups grp ON grp.code = k.tenant_id
             WHERE course IS NULL OR k.course_id = course
             GROUP BY grp.group_code),
        people AS (
            SELECT grp.group_code, sum(p.members_assigned)::bigint AS members_assigned,
                   sum(p.members_done)::bigint AS members_done
              FROM training_people_tally p JOIN groups grp ON grp.code = p.tenant_id
             GROUP BY grp.group_code),
        listed AS (SELECT DISTINCT group_code FROM groups)
        SELECT t.code, t.name, t.code = root,
               coalesce(c.assigned, 0), coalesce(c.enrolled, 0), coalesce(c.completed, 0), coalesce(c.overdue, 0),
               coalesce(p.members_assigned, 0), coalesce(p.members_done, 0)
          FROM listed l JOIN tenant t ON t.code = l.group_code
          LEFT JOIN courses c ON c.group_code = l.group_code
          LEFT JOIN people p ON p.group_code = l.group_code
         ORDER BY t.code <> root, t.code;
END;
$$;
REVOKE EXECUTE ON FUNCTION training_overview(varchar, bigint, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION training_overview(varchar, bigint, date) TO ${app_role};
