--liquibase formatted sql

--changeset sohoa:0.4.0-pg-trgm
-- Trigram indexes make a "contains" search (LIKE '%thanh%') an index lookup instead of a scan of every
-- tenant. pg_trgm is a trusted extension since PostgreSQL 13, so the owner role creates it itself, as it
-- does unaccent; it ships with the server in postgresql-contrib.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

--changeset sohoa:0.4.0-tenant-search-index
-- The tenant list's search compares search_fold(code) and search_fold(name) with LIKE; search_fold is
-- IMMUTABLE precisely so that it can back these expression indexes. With tens of thousands of tenants a
-- search then reads the few matching rows, not the whole registry.
CREATE INDEX tenant_code_fold_trgm ON tenant USING gin (search_fold(code) gin_trgm_ops);
CREATE INDEX tenant_name_fold_trgm ON tenant USING gin (search_fold(name) gin_trgm_ops);
