--liquibase formatted sql

--changeset sohoa:0.2.0-support-category
-- Kinds of citizen support. Rows without a tenant are the province-wide catalogue, which every tenant
-- reads and only migrations change; a tenant adds its own rows beside it. A category is retired
-- (active = false), never deleted, so every support log keeps naming a category that exists.
CREATE TABLE support_category (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id  varchar(32)  REFERENCES tenant (code),
    code       varchar(32)  NOT NULL,
    label_vi   varchar(200) NOT NULL,
    label_en   varchar(200) NOT NULL,
    active     boolean      NOT NULL DEFAULT true,
    version    bigint       NOT NULL DEFAULT 0,
    created_at timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX support_category_catalogue_code ON support_category (code) WHERE tenant_id IS NULL;
CREATE UNIQUE INDEX support_category_tenant_code ON support_category (tenant_id, code) WHERE tenant_id IS NOT NULL;
INSERT INTO support_category (code, label_vi, label_en) VALUES
    ('VNEID', 'Kích hoạt tài khoản định danh điện tử VNeID', 'VNeID account activation'),
    ('DVC_ONLINE', 'Nộp hồ sơ dịch vụ công trực tuyến', 'Online public-service filing'),
    ('CASHLESS', 'Thanh toán không dùng tiền mặt, ví điện tử', 'Cashless payment and e-wallets'),
    ('ECOMMERCE', 'Đưa sản phẩm lên sàn thương mại điện tử', 'E-commerce onboarding'),
    ('E_HEALTH', 'Bảo hiểm y tế điện tử, sổ sức khỏe điện tử', 'E-health insurance'),
    ('DIGITAL_SIGNATURE', 'Chữ ký số', 'Digital signature'),
    ('PUBLIC_APPS', 'Ứng dụng công dân, ứng dụng công', 'Public apps (e.g. the provincial citizen app)'),
    ('ONLINE_SAFETY', 'An toàn trên mạng, phòng chống lừa đảo', 'Online safety and scam awareness'),
    ('OTHER', 'Hỗ trợ khác', 'Other');
ALTER TABLE support_category ENABLE ROW LEVEL SECURITY;
ALTER TABLE support_category FORCE ROW LEVEL SECURITY;
CREATE POLICY support_category_read ON support_category FOR SELECT
    USING (tenant_id IS NULL OR tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY support_category_add ON support_category FOR INSERT
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
CREATE POLICY support_category_change ON support_category FOR UPDATE
    USING (tenant_id = current_setting('sohoa.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT, INSERT, UPDATE ON support_category TO ${app_role};
CREATE TRIGGER support_category_audit AFTER INSERT OR UPDATE OR DELETE ON support_category
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_scoped_row('SupportCategory', 'code');

--changeset sohoa:0.2.0-team
-- Community digital-technology teams (Tổ công nghệ số cộng đồng), each working in one sub-unit.
CREATE TABLE team (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id  varchar(32)  NOT NULL REFERENCES tenant (code),
    name       varchar(200) NOT NULL,
    unit_code  varchar(32)  NOT NULL,
    version    bigint       NOT NULL DEFAULT 0,
    created_at timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, unit_code) REFERENCES unit (tenant_id, code)
);
CREATE INDEX team_unit ON team (tenant_id, unit_code);
ALTER TABLE team ENABLE ROW LEVEL SECURITY;
ALTER TABLE team FORCE ROW LEVEL SECURITY;
CREATE POLICY team_isolation ON team
    USING (tenant_id = current_setting('sohoa.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT, INSERT, UPDATE, DELETE ON team TO ${app_role};
CREATE TRIGGER team_audit AFTER INSERT OR UPDATE OR DELETE ON team
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_scoped_row('Team', 'name');

--changeset sohoa:0.2.0-team-member
-- The people of a team over time. The phone is staff contact data, not a citizen's. A member may hold a
-- platform account (user_subject, username), or be a volunteer without one. A membership ends by its
-- end_date (the first day the person is no longer in the team); rows are kept, not deleted.
CREATE TABLE team_member (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id    varchar(32)  NOT NULL REFERENCES tenant (code),
    team_id      bigint       NOT NULL,
    full_name    varchar(200) NOT NULL,
    role         varchar(8)   NOT NULL CHECK (role IN ('LEADER', 'MEMBER')),
    phone        varchar(20),
    user_subject varchar(64),
    username     varchar(255),
    start_date   date         NOT NULL,
    end_date     date         CHECK (end_date >= start_date),
    version      bigint       NOT NULL DEFAULT 0,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, team_id) REFERENCES team (tenant_id, id)
);
CREATE INDEX team_member_team ON team_member (tenant_id, team_id);
ALTER TABLE team_member ENABLE ROW LEVEL SECURITY;
ALTER TABLE team_member FORCE ROW LEVEL SECURITY;
CREATE POLICY team_member_isolation ON team_member
    USING (tenant_id = current_setting('sohoa.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT, INSERT, UPDATE ON team_member TO ${app_role};
CREATE TRIGGER team_member_audit AFTER INSERT OR UPDATE OR DELETE ON team_member
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_scoped_row('TeamMember', 'full_name');

--changeset sohoa:0.2.0-support-log
-- One act of citizen support. No citizen's name, phone or ID number is stored (Decree 13/2023): only the
-- kind of help, place, time, count, age band and gender. Corrections bump the version; a deletion is
-- soft (deleted_at and a reason), so a record never silently disappears from the table or the audit.
CREATE TABLE support_log (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id        varchar(32)  NOT NULL REFERENCES tenant (code),
    occurred_at      timestamptz  NOT NULL,
    unit_code        varchar(32)  NOT NULL,
    team_id          bigint,
    member_id        bigint,
    category_code    varchar(32)  NOT NULL,
    channel          varchar(16)  NOT NULL CHECK (channel IN ('HOME_VISIT', 'OFFICE', 'PHONE_OR_CHAT', 'COMMUNITY_EVENT')),
    people_count     integer      NOT NULL CHECK (people_count BETWEEN 1 AND 500),
    age_band         varchar(12)  CHECK (age_band IN ('UNDER_18', 'FROM_18_TO_35', 'FROM_36_TO_59', 'FROM_60')),
    gender           varchar(8)   CHECK (gender IN ('FEMALE', 'MALE', 'OTHER')),
    duration_minutes integer      CHECK (duration_minutes BETWEEN 1 AND 600),
    outcome          varchar(8)   NOT NULL CHECK (outcome IN ('DONE', 'PARTIAL', 'REFERRED')),
    note             varchar(500),
    author_subject   varchar(64)  NOT NULL,
    author_username  varchar(255) NOT NULL,
    deleted_at       timestamptz,
    deleted_by       varchar(255),
    deleted_reason   varchar(500),
    version          bigint       NOT NULL DEFAULT 0,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    CHECK (people_count = 1 OR (age_band IS NULL AND gender IS NULL)),
    CHECK ((deleted_at IS NULL) = (deleted_reason IS NULL)),
    FOREIGN KEY (tenant_id, unit_code) REFERENCES unit (tenant_id, code),
    FOREIGN KEY (tenant_id, team_id) REFERENCES team (tenant_id, id),
    FOREIGN KEY (tenant_id, member_id) REFERENCES team_member (tenant_id, id)
);
-- The list: a tenant's records, newest first.
CREATE INDEX support_log_tenant_occurred_at ON support_log (tenant_id, occurred_at DESC, id DESC);
ALTER TABLE support_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE support_log FORCE ROW LEVEL SECURITY;
CREATE POLICY support_log_isolation ON support_log
    USING (tenant_id = current_setting('sohoa.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
-- No DELETE: records are only ever soft-deleted.
GRANT SELECT, INSERT, UPDATE ON support_log TO ${app_role};
CREATE TRIGGER support_log_audit AFTER INSERT OR UPDATE OR DELETE ON support_log
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_scoped_row('SupportLog', 'id');

--changeset sohoa:0.2.0-support-idempotency
-- Idempotency-Key of support-log POSTs: the first request with a key inserts the row, in the same
-- transaction as the record, so a retry (even a concurrent one, which waits on the key) finds the record
-- it made and writes nothing. request_hash tells a retry from a different request under the same key.
CREATE TABLE support_idempotency (
    tenant_id      varchar(32)  NOT NULL REFERENCES tenant (code),
    idem_key       varchar(100) NOT NULL,
    request_hash   char(64)     NOT NULL,
    support_log_id bigint,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, idem_key),
    FOREIGN KEY (support_log_id) REFERENCES support_log (id)
);
ALTER TABLE support_idempotency ENABLE ROW LEVEL SECURITY;
ALTER TABLE support_idempotency FORCE ROW LEVEL SECURITY;
CREATE POLICY support_idempotency_isolation ON support_idempotency
    USING (tenant_id = current_setting('sohoa.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('sohoa.tenant_id', true));
GRANT SELECT, INSERT, UPDATE, DELETE ON support_idempotency TO ${app_role};
CREATE TRIGGER support_idempotency_audit AFTER INSERT OR UPDATE OR DELETE ON support_idempotency
    FOR EACH ROW EXECUTE FUNCTION audit_tenant_scoped_row('SupportIdempotencyKey', 'idem_key', 'request_hash');
