--liquibase formatted sql

--changeset sohoa:0.5.0-report-inbox-subtree splitStatements:false
-- The approver's inbox lists every submitted form its administrators may decide on: ReportAccess.DECIDE lets an
-- administrator of any unit above decide, so the inbox covers the whole subtree below root, not only its children
-- (a province sees its departments' and districts' forms, the communes attached to it directly, and the communes
-- under its districts, including those a merge moved under a successor). Each row names the unit's parent, so a
-- long list still says where a form comes from. Forms are readable by their own tenant only, so the owner reads
-- them for the tenant the transaction has entered and returns what the inbox lists, never a form's values.
DROP FUNCTION report_inbox(varchar);
CREATE FUNCTION report_inbox(root varchar)
    RETURNS TABLE (tenant_code varchar, tenant_name varchar, parent_name varchar, data_set_code varchar,
                   data_set_name varchar, period varchar, due_date date, first_submitted_at timestamptz,
                   submitted_at timestamptz, submitted_by varchar)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF root IS DISTINCT FROM current_setting('sohoa.tenant_id', true) THEN
        RAISE EXCEPTION 'the inbox is read only for the tenant the transaction has entered'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY
        SELECT t.code, t.name, p.name, d.code, d.name, f.period, f.due_date, f.first_submitted_at, f.submitted_at,
               f.submitted_by
        FROM tenant t
        JOIN tenant p ON p.code = t.parent_code
        JOIN report_form f ON f.tenant_id = t.code
        JOIN data_set d ON d.id = f.data_set_id
        WHERE t.path <@ (SELECT r.path FROM tenant r WHERE r.code = root) AND t.code <> root
          AND f.state = 'SUBMITTED';
END;
$$;
REVOKE EXECUTE ON FUNCTION report_inbox(varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION report_inbox(varchar) TO ${app_role};
