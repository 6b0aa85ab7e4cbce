--liquibase formatted sql

--changeset sohoa:0.5.0-course-withdrawal
-- A course is taken out of use in one of two ways. A draft never published is deleted, with the PDFs uploaded for
-- it: nobody has learnt from it. A published course is withdrawn (withdrawn_at): nobody enrols any more and
-- descendants no longer find it in their catalogue, while enrolments, completions, attempts, versions and
-- certificates stay as they are. The application may delete only a course never published, and the files of a
-- course of its tenant; both deletions are audited by the tables' row triggers.
ALTER TABLE course ADD COLUMN withdrawn_at timestamptz;
CREATE POLICY course_remove ON course FOR DELETE
    USING (tenant_id = current_setting('sohoa.tenant_id', true) AND published_version = 0);
GRANT DELETE ON course TO ${app_role};
CREATE POLICY course_file_remove ON course_file FOR DELETE
    USING (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT DELETE ON course_file TO ${app_role};
