--liquibase formatted sql

--changeset sohoa:0.2.0-tenant-status-reason
-- Why a tenant was last suspended, reactivated or archived; shown to the people it affects.
ALTER TABLE tenant ADD COLUMN status_reason varchar(500);
ALTER TABLE tenant ADD CONSTRAINT tenant_archived_has_end CHECK (status <> 'ARCHIVED' OR valid_to IS NOT NULL);

--changeset sohoa:0.2.0-tenant-settings-version
-- The settings document has a version of its own, so renaming a tenant does not make an admin's
-- settings edit stale (and the other way round).
ALTER TABLE tenant ADD COLUMN settings_version bigint NOT NULL DEFAULT 0;
