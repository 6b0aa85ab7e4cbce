--liquibase formatted sql

--changeset sohoa:0.3.1-support-log-people
-- The support log looked up by person: the API's `member` filter, and the records a person logged
-- (their week, and the hamlet and category their next quick entry starts from). Without these a
-- person with few records in a tenant with a million makes the database walk the tenant's whole log.
CREATE INDEX support_log_member ON support_log (tenant_id, member_id, occurred_at DESC) WHERE member_id IS NOT NULL;
CREATE INDEX support_log_author ON support_log (tenant_id, author_subject, occurred_at DESC);
