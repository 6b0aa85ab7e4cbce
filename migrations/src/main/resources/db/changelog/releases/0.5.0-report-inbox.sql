--liquibase formatted sql

--changeset sohoa:0.5.0-report-inbox splitStatements:false
-- The approver's inbox: the forms the children of root have submitted and that wait for a decision of root's
-- administrators. Forms are readable by their own tenant only, so the owner reads them for the tenant the
-- transaction has entered and returns what the inbox lists, never a form's values.
CREATE FUNCTION report_inbox(root varchar)
    RETURNS TABLE (tenant_code varchar, tenant_name varchar, data_set_code varchar, data_set_name varchar,
                   period varchar, due_date date, first_submitted_at timestamptz, submitted_at timestamptz,
                   submitted_by varchar)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF root IS DISTINCT FROM current_setting('sohoa.tenant_id', true) THEN
        RAISE EXCEPTION 'the inbox is read only for the tenant the transaction has entered'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY
        SELECT t.code, t.name, d.code, d.name, f.period, f.due_date, f.first_submitted_at, f.submitted_at,
               f.submitted_by
        FROM tenant t
        JOIN report_form f ON f.tenant_id = t.code
        JOIN data_set d ON d.id = f.data_set_id
        WHERE t.parent_code = root AND f.state = 'SUBMITTED';
END;
$$;
REVOKE EXECUTE ON FUNCTION report_inbox(varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION report_inbox(varchar) TO ${app_role};
