--liquibase formatted sql

--changeset sohoa:0.5.0-certificate
-- Certificates of completion. A row belongs to the tenant that owns the course and issues the certificate
-- (tenant_id); the enrolment it certifies may count in a tenant below it (enrolment_tenant_id). One
-- certificate per enrolment, whoever fires the completion twice. The serial is random (135 bits in
-- Crockford base32 with a check character, in groups of four), so certificates cannot be enumerated from
-- the public verification. The holder, the course and the date never change: the application may update
-- only the revocation columns.
CREATE TABLE certificate (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id           varchar(32)  NOT NULL REFERENCES tenant (code),
    serial              varchar(34)  NOT NULL UNIQUE,
    enrolment_tenant_id varchar(32)  NOT NULL REFERENCES tenant (code),
    enrolment_id        bigint       NOT NULL UNIQUE,
    username            varchar(255) NOT NULL,
    holder_name         varchar(200) NOT NULL,
    course_code         varchar(32)  NOT NULL,
    course_title        varchar(300) NOT NULL,
    course_version      integer      NOT NULL CHECK (course_version > 0),
    issued_on           date         NOT NULL,
    status              varchar(8)   NOT NULL DEFAULT 'VALID' CHECK (status IN ('VALID', 'REVOKED')),
    revoked_reason      varchar(500),
    revoked_by          varchar(255),
    revoked_at          timestamptz,
    version             bigint       NOT NULL DEFAULT 0,
    created_at          timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT certificate_revocation_check CHECK ((status = 'REVOKED') = (revoked_reason IS NOT NULL
        AND revoked_by IS NOT NULL AND revoked_at IS NOT NULL))
);
CREATE INDEX certificate_username ON certificate (username);
ALTER TABLE certificate ENABLE ROW LEVEL SECURITY;
ALTER TABLE certificate FORCE ROW LEVEL SECURITY;
CREATE POLICY certificate_read ON certificate FOR SELECT
    USING (tenant_id = current_setting('sohoa.tenant_id', true));
-- Issued in the transaction that completes the enrolment, which has entered the enrolment's tenant or the
-- issuer's. A course reaches a learner only from its own tenant or from above, so the issuer is the
-- enrolment's tenant or one of its ancestors.
CREATE POLICY certificate_issue ON certificate FOR INSERT
    WITH CHECK (current_setting('sohoa.tenant_id', true) IN (tenant_id, enrolment_tenant_id)
                AND EXISTS (SELECT 1 FROM tenant issuer JOIN tenant enrolling ON enrolling.path <@ issuer.path
                            WHERE issuer.code = tenant_id AND enrolling.code = enrolment_tenant_id));
CREATE POLICY certificate_revoke ON certificate FOR UPDATE
    USING (tenant_id = current_setting('sohoa.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT, INSERT ON certificate TO ${app_role};
GRANT UPDATE (status, revoked_reason, revoked_by, revoked_at, version) ON certificate TO ${app_role};
CREATE TRIGGER certificate_audit AFTER INSERT OR UPDATE OR DELETE ON certificate
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_scoped_row('Certificate', 'serial');

--changeset sohoa:0.5.0-certificate-verification splitStatements:false
-- The public verification reads one certificate by its serial, whatever its tenant, without a login. It
-- returns the public fields only (the holder's name, the course's title, the issuer's name, the day and the
-- status) and one row at most: it cannot list, search or page, and a serial is not guessable. Row-level
-- security stays as it is for every other statement; this function alone reads across tenants, as the
-- owner, through the owner's SELECT policy below.
CREATE POLICY certificate_owner_reads ON certificate FOR SELECT TO CURRENT_USER USING (true);
CREATE FUNCTION verify_certificate(wanted varchar)
    RETURNS TABLE (serial varchar, holder_name varchar, course_title varchar, issuer_name varchar,
                   issued_on date, status varchar)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT c.serial, c.holder_name, c.course_title, t.name, c.issued_on, c.status
      FROM certificate c JOIN tenant t ON t.code = c.tenant_id
     WHERE c.serial = wanted;
$$;
REVOKE EXECUTE ON FUNCTION verify_certificate(varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION verify_certificate(varchar) TO ${app_role};

-- A learner's own certificates, from every tenant that issued one, for "my certificates" and the PDF. The
-- holder is the person the connection names as acting (sohoa.actor_username, set from the request's token
-- on every connection, as for the audit trail), not a parameter. A policy on username would instead open
-- every column of those rows to every statement of the request, also inside an unrelated tenant.
CREATE FUNCTION my_certificates()
    RETURNS TABLE (serial varchar, holder_name varchar, course_code varchar, course_title varchar,
                   course_version integer, issuer_code varchar, issuer_name varchar, issued_on date,
                   status varchar)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT c.serial, c.holder_name, c.course_code, c.course_title, c.course_version, c.tenant_id, t.name,
           c.issued_on, c.status
      FROM certificate c JOIN tenant t ON t.code = c.tenant_id
     WHERE c.username = nullif(current_setting('sohoa.actor_username', true), '')
     ORDER BY c.issued_on DESC, c.id DESC;
$$;
REVOKE EXECUTE ON FUNCTION my_certificates() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION my_certificates() TO ${app_role};
