--liquibase formatted sql

--changeset sohoa:0.1.0-ltree
CREATE EXTENSION IF NOT EXISTS ltree;

--changeset sohoa:0.1.0-tenant
-- The tenant registry is global: every node must resolve any code, so it carries no RLS.
-- The code is the official administrative code and never changes; it is also the value of
-- tenant_id in every tenant-scoped table. id exists only to label the ltree path
-- (ltree labels cannot hold '.' or '-', which codes may).
CREATE TABLE tenant (
    id          bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    code        varchar(32)  NOT NULL PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9.-]{1,32}$'),
    name        varchar(200) NOT NULL CHECK (length(btrim(name)) > 0),
    kind        varchar(16)  NOT NULL CHECK (kind IN ('PROVINCE', 'DEPARTMENT', 'DISTRICT', 'COMMUNE', 'SCHOOL', 'OTHER')),
    parent_code varchar(32)  REFERENCES tenant (code),
    path        ltree        NOT NULL,
    status      varchar(16)  NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED', 'MERGED', 'ARCHIVED')),
    valid_from  date         NOT NULL DEFAULT current_date,
    valid_to    date,
    settings    jsonb        NOT NULL DEFAULT '{}'::jsonb,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    CHECK (parent_code IS NULL OR parent_code <> code)
);
CREATE INDEX tenant_path_gist ON tenant USING gist (path);
CREATE INDEX tenant_parent_code ON tenant (parent_code);
GRANT SELECT, INSERT, UPDATE ON tenant TO ${app_role};

--changeset sohoa:0.1.0-tenant-path splitStatements:false
-- The path is derived, never sent by the application: parent's path plus this tenant's id.
CREATE FUNCTION tenant_set_path() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.parent_code IS NULL THEN
        NEW.path := text2ltree(NEW.id::text);
    ELSE
        SELECT p.path || text2ltree(NEW.id::text) INTO STRICT NEW.path FROM tenant p WHERE p.code = NEW.parent_code;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER tenant_path BEFORE INSERT ON tenant FOR EACH ROW EXECUTE FUNCTION tenant_set_path();

--changeset sohoa:0.1.0-membership
-- Who holds which role in which tenant. A row is visible inside its tenant, and to the person
-- it belongs to (so a person's own memberships can be listed across tenants).
CREATE TABLE membership (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    varchar(32)  NOT NULL REFERENCES tenant (code),
    user_subject varchar(64)  NOT NULL,
    username     varchar(255) NOT NULL,
    role         varchar(16)  NOT NULL CHECK (role IN ('TENANT_ADMIN', 'TEAM_LEADER', 'TEAM_MEMBER', 'TRAINER', 'VIEWER')),
    created_at   timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, user_subject)
);
CREATE INDEX membership_user_subject ON membership (user_subject);
ALTER TABLE membership ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership FORCE ROW LEVEL SECURITY;
CREATE POLICY membership_isolation ON membership
    USING (tenant_id = current_setting('sohoa.tenant_id', true)
           OR user_subject = current_setting('sohoa.user_subject', true))
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT, INSERT, UPDATE, DELETE ON membership TO ${app_role};

--changeset sohoa:0.1.0-unit
-- Sub-units of a tenant: hamlets, residential groups, school divisions.
CREATE TABLE unit (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id   varchar(32)  NOT NULL REFERENCES tenant (code),
    code        varchar(32)  NOT NULL,
    name        varchar(200) NOT NULL,
    type        varchar(20)  NOT NULL CHECK (type IN ('HAMLET', 'RESIDENTIAL_GROUP', 'DIVISION', 'OTHER')),
    households  integer      CHECK (households >= 0),
    population  integer      CHECK (population >= 0),
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, code)
);
ALTER TABLE unit ENABLE ROW LEVEL SECURITY;
ALTER TABLE unit FORCE ROW LEVEL SECURITY;
CREATE POLICY unit_isolation ON unit
    USING (tenant_id = current_setting('sohoa.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT, INSERT, UPDATE, DELETE ON unit TO ${app_role};
