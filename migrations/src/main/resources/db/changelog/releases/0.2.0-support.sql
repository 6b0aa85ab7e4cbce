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
