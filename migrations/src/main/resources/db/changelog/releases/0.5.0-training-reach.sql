--liquibase formatted sql

--changeset sohoa:0.5.0-course-file
-- The PDFs of a course's file lessons: files of the course's tenant (the shared store), registered to the
-- course when uploaded for it. A file lesson may name only a file of its course; learners below the course's
-- tenant read it through lesson_file / lesson_file_chunk, never through the store's own policies.
CREATE TABLE course_file (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id  varchar(32) NOT NULL REFERENCES tenant (code),
    course_id  bigint      NOT NULL REFERENCES course (id),
    file_id    bigint      NOT NULL UNIQUE,
    version    bigint      NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (tenant_id, file_id) REFERENCES stored_file (tenant_id, id)
);
CREATE INDEX course_file_course ON course_file (course_id);
ALTER TABLE course_file ENABLE ROW LEVEL SECURITY;
ALTER TABLE course_file FORCE ROW LEVEL SECURITY;
CREATE POLICY course_file_read ON course_file FOR SELECT
    USING (tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY course_file_add ON course_file FOR INSERT
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT, INSERT ON course_file TO ${app_role};
CREATE TRIGGER course_file_audit AFTER INSERT OR UPDATE OR DELETE ON course_file
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_scoped_row('CourseFile', 'file_id');

--changeset sohoa:0.5.0-lesson-file splitStatements:false
-- A learner in a commune reads a PDF their course's tenant (the province) keeps. The store's policies keep
-- the application role in its own tenant, so these functions read as the owner, and only this: the file a FILE
-- lesson of the caller's own enrolment names, in the version that enrolment learns (the one started, else the
-- newest), when the file is registered to that course. The enrolment must be of the entered tenant and of the
-- connection's person (sohoa.user_subject); anything else returns nothing.
CREATE POLICY stored_file_lesson ON stored_file FOR SELECT TO CURRENT_USER USING (true);
CREATE POLICY stored_file_chunk_lesson ON stored_file_chunk FOR SELECT TO CURRENT_USER USING (true);
CREATE POLICY course_version_lesson ON course_version FOR SELECT TO CURRENT_USER USING (true);
CREATE POLICY course_file_lesson ON course_file FOR SELECT TO CURRENT_USER USING (true);

CREATE FUNCTION lesson_file(enrolment_id bigint, lesson_id bigint)
    RETURNS TABLE (file_id bigint, name varchar, kind varchar, size_bytes bigint, sha256 char(64), stored_at timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT f.id, f.name, f.kind, f.size_bytes, f.sha256, f.stored_at
      FROM enrolment e
      JOIN course_version v ON v.course_id = e.course_id
       AND v.number = coalesce(e.course_version,
                               (SELECT max(n.number) FROM course_version n WHERE n.course_id = e.course_id))
      JOIN course_file cf ON cf.course_id = e.course_id
       AND cf.file_id = (jsonb_path_query_first(v.content,
               '$.sections[*].lessons[*] ? (@.id == $lesson && @.kind == "FILE").fileId',
               jsonb_build_object('lesson', lesson_id)))::text::bigint
      JOIN stored_file f ON f.tenant_id = cf.tenant_id AND f.id = cf.file_id
     WHERE e.id = enrolment_id
       AND e.tenant_id = current_setting('sohoa.tenant_id', true)
       AND e.user_subject = current_setting('sohoa.user_subject', true);
$$;
REVOKE EXECUTE ON FUNCTION lesson_file(bigint, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lesson_file(bigint, bigint) TO ${app_role};

-- One chunk of that file (numbered from 0), checked again at every chunk: a download is many statements.
CREATE FUNCTION lesson_file_chunk(enrolment_id bigint, lesson_id bigint, seq integer) RETURNS bytea
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT c.data FROM lesson_file(enrolment_id, lesson_id) f
      JOIN stored_file_chunk c ON c.file_id = f.file_id AND c.seq = lesson_file_chunk.seq;
$$;
REVOKE EXECUTE ON FUNCTION lesson_file_chunk(bigint, bigint, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lesson_file_chunk(bigint, bigint, integer) TO ${app_role};

--changeset sohoa:0.5.0-external-completion
-- A certificate from another platform (OneTouch, Bình dân học vụ số) that a person records for a course offered
-- in a tenant they belong to, with its file; a trainer or administrator of that tenant accepts or refuses it.
-- Accepted, it completes the person's enrolment in the course there (source EXTERNAL), so the overview counts it.
ALTER TABLE enrolment DROP CONSTRAINT enrolment_source_check;
ALTER TABLE enrolment ADD CONSTRAINT enrolment_source_check
    CHECK (source IN ('SELF', 'ADMIN', 'ASSIGNMENT', 'FILE', 'EXTERNAL'));
CREATE TABLE external_completion (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    varchar(32)  NOT NULL REFERENCES tenant (code),
    course_id    bigint       NOT NULL REFERENCES course (id),
    user_subject varchar(64)  NOT NULL,
    username     varchar(255) NOT NULL,
    learner_name varchar(255),
    platform     varchar(100) NOT NULL CHECK (length(trim(platform)) > 0),
    completed_on date         NOT NULL,
    file_id      bigint       NOT NULL,
    status       varchar(8)   NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'REFUSED')),
    recorded_at  timestamptz  NOT NULL,
    reviewed_by  varchar(255),
    reviewed_at  timestamptz,
    review_note  varchar(500),
    enrolment_id bigint,
    version      bigint       NOT NULL DEFAULT 0,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    FOREIGN KEY (tenant_id, file_id) REFERENCES stored_file (tenant_id, id),
    FOREIGN KEY (tenant_id, enrolment_id) REFERENCES enrolment (tenant_id, id)
);
-- One record waiting per person and course in a tenant: a second would only be a second review.
CREATE UNIQUE INDEX external_completion_pending ON external_completion (tenant_id, course_id, user_subject)
    WHERE status = 'PENDING';
CREATE INDEX external_completion_tenant_status ON external_completion (tenant_id, status, recorded_at);
ALTER TABLE external_completion ENABLE ROW LEVEL SECURITY;
ALTER TABLE external_completion FORCE ROW LEVEL SECURITY;
CREATE POLICY external_completion_read ON external_completion FOR SELECT
    USING (tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY external_completion_add ON external_completion FOR INSERT
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY external_completion_change ON external_completion FOR UPDATE
    USING (tenant_id = current_setting('sohoa.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT, INSERT, UPDATE ON external_completion TO ${app_role};
CREATE TRIGGER external_completion_audit AFTER INSERT OR UPDATE OR DELETE ON external_completion
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_scoped_row('ExternalCompletion', 'username');

--changeset sohoa:0.5.0-learner-role splitStatements:false
-- LEARNER: a person who only learns (a citizen who registered). A person who signs in with no membership at all
-- chooses their commune and becomes LEARNER there through register_learner, which runs as the owner because the
-- application role writes memberships only in a tenant it has entered, and entering one needs a membership.
ALTER TABLE membership DROP CONSTRAINT membership_role_check;
ALTER TABLE membership ADD CONSTRAINT membership_role_check
    CHECK (role IN ('TENANT_ADMIN', 'TEAM_LEADER', 'TEAM_MEMBER', 'TRAINER', 'VIEWER', 'LEARNER'));
CREATE POLICY membership_registration ON membership FOR INSERT TO CURRENT_USER WITH CHECK (role = 'LEARNER');

-- Makes the connection's person (sohoa.actor_subject, sohoa.actor_username, from the request's token) a LEARNER of a live commune, only
-- when they hold no membership anywhere; returns false (and writes nothing) otherwise.
CREATE FUNCTION register_learner(commune varchar) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    subject  varchar := nullif(current_setting('sohoa.actor_subject', true), '');
    username varchar := nullif(current_setting('sohoa.actor_username', true), '');
BEGIN
    IF subject IS NULL OR username IS NULL
       OR EXISTS (SELECT 1 FROM membership m WHERE m.user_subject = subject)
       OR NOT EXISTS (SELECT 1 FROM tenant t WHERE t.code = commune AND t.kind = 'COMMUNE' AND t.status = 'ACTIVE') THEN
        RETURN false;
    END IF;
    INSERT INTO membership (tenant_id, user_subject, username, role) VALUES (commune, subject, username, 'LEARNER');
    RETURN true;
END;
$$;
REVOKE EXECUTE ON FUNCTION register_learner(varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION register_learner(varchar) TO ${app_role};

--changeset sohoa:0.5.0-enrolment-audit-set splitStatements:false
-- The audit of a bulk insert, one statement: an assignment of 50,000 people spent almost all of its time in the
-- row-level audit trigger (a plpgsql call, a jsonb diff and an INSERT per enrolment). This statement-level
-- trigger writes the same entries (tenant, actor, entity, key, CREATE, the non-null columns but the book-keeping
-- ones as "after") for every inserted row in one INSERT … SELECT over the transition table. Updates and deletes
-- keep the row-level trigger. Arguments as audit_tenant_scoped_row's.
CREATE FUNCTION audit_tenant_scoped_rows() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    ignored text[] := ARRAY['id', 'tenant_id', 'version', 'created_at'] || coalesce(TG_ARGV[2:], ARRAY[]::text[]);
BEGIN
    -- MATERIALIZED: each row is made a document once; inlined, to_jsonb ran again for every key it is read by.
    WITH r AS MATERIALIZED (SELECT to_jsonb(n) AS row_now FROM new_rows n)
    INSERT INTO audit_entry (tenant_id, actor_subject, actor_username, entity_type, entity_key, action, changes)
    SELECT r.row_now ->> 'tenant_id', coalesce(nullif(current_setting('sohoa.actor_subject', true), ''), 'system'),
           coalesce(nullif(current_setting('sohoa.actor_username', true), ''), 'system'),
           TG_ARGV[0], r.row_now ->> TG_ARGV[1], 'CREATE',
           (SELECT coalesce(jsonb_object_agg(k, jsonb_build_object('after', r.row_now -> k)), '{}'::jsonb)
              FROM jsonb_object_keys(r.row_now) AS k
             WHERE k <> ALL (ignored) AND r.row_now -> k <> 'null'::jsonb)
      FROM r;
    RETURN NULL;
END;
$$;
REVOKE EXECUTE ON FUNCTION audit_tenant_scoped_rows() FROM PUBLIC;
DROP TRIGGER enrolment_audit ON enrolment;
CREATE TRIGGER enrolment_audit AFTER UPDATE OR DELETE ON enrolment
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_scoped_row('Enrolment', 'username');
CREATE TRIGGER enrolment_audit_insert AFTER INSERT ON enrolment REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION audit_tenant_scoped_rows('Enrolment', 'username');

--changeset sohoa:0.5.0-training-overview-merged splitStatements:false
-- The overview folds in merged tenants: the subtree as the dashboards see it (dashboard_scope: the live subtree
-- plus, recursively, every tenant merged into one of its tenants, under its successor's branch), so a merged
-- commune's history counts once, in its successor.
CREATE OR REPLACE FUNCTION training_overview(root varchar, course bigint, today date)
    RETURNS TABLE (tenant_code varchar, tenant_name varchar, own boolean, assigned bigint, enrolled bigint,
                   completed bigint, overdue bigint, members_assigned bigint, members_done bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF root IS DISTINCT FROM current_setting('sohoa.tenant_id', true) THEN
        RAISE EXCEPTION 'an overview reads only the tenant the transaction has entered'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY
        WITH groups AS (SELECT s.code, s.branch AS group_code FROM dashboard_scope(root) s),
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
