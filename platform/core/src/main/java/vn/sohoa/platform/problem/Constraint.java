package vn.sohoa.platform.problem;

import java.util.Locale;
import java.util.Optional;
import org.hibernate.JDBCException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The constraint a PostgreSQL error names, and the API field it guards. PostgreSQL reports the constraint
 * and its table in fields of their own (not in the translated message text); the field comes from the
 * constraint's name, which follows PostgreSQL's default naming — {@code <table>_<columns>_check},
 * {@code _key}, {@code _fkey} — in every changelog of Sohoa: {@code tenant_name_check} guards
 * {@code name}, {@code team_tenant_id_unit_code_fkey} guards {@code unitCode} (the tenant is never a field
 * the client sends). A constraint named otherwise, or spanning several columns, names no field.
 *
 * @param name  the constraint, e.g. {@code unit_households_check}; empty when PostgreSQL named none
 * @param table the table PostgreSQL reports: for a foreign key always the referencing one
 */
record Constraint(String name, String table) {

    private static final String[] SUFFIXES = {"_check", "_fkey", "_key"};
    private static final String TENANT_COLUMN = "tenant_id_";

    static Constraint of(ServerErrorMessage server) {
        if (server == null) {
            return new Constraint("", "");
        }
        return new Constraint(orEmpty(server.getConstraint()), orEmpty(server.getTable()));
    }

    /** The API name of the one column the constraint guards, e.g. {@code peopleCount}. */
    Optional<String> field() {
        if (table.isEmpty() || !name.startsWith(table + "_")) {
            return Optional.empty();
        }
        String columns = name.substring(table.length() + 1);
        for (String suffix : SUFFIXES) {
            if (columns.endsWith(suffix)) {
                columns = columns.substring(0, columns.length() - suffix.length());
                if (columns.startsWith(TENANT_COLUMN)) {
                    columns = columns.substring(TENANT_COLUMN.length());
                }
                return columns.isEmpty() ? Optional.empty() : Optional.of(camelCase(columns));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a foreign-key violation came from removing (or re-keying) a row others still refer to, rather
     * than from writing a row that refers to a missing one. PostgreSQL reports the referencing table either
     * way, so the statement decides: a DELETE, or an UPDATE of another table, removed a referenced row. A
     * statement Hibernate did not report is judged by PostgreSQL's detail ("... is still referenced ...").
     */
    boolean removedWhileReferenced(JDBCException statement, ServerErrorMessage server) {
        String sql = statement == null || statement.getSQL() == null ? "" : statement.getSQL().strip();
        String[] words = sql.toLowerCase(Locale.ROOT).split("\\s+", 3);
        if (words[0].equals("delete")) {
            return true;
        }
        if (words[0].equals("insert")) {
            return false;
        }
        if (words[0].equals("update") && words.length > 1) {
            return !words[1].replace("\"", "").equals(table);
        }
        return server != null && server.getDetail() != null && server.getDetail().contains("still referenced");
    }

    private static String camelCase(String column) {
        StringBuilder field = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                field.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return field.toString();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
