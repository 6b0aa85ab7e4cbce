package vn.sohoa.server.support;

/**
 * A new province with two communes, each administered by one dev-realm person: {@link Api#ADMIN_B} the province
 * (the governing level), {@link Api#ADMIN_A} the commune, {@link Api#MEMBER} its sibling.
 */
public record ProvinceWithCommunes(String province, String commune, String sibling) {

    /** Creates the three tenants and their administrators through the API. */
    public static ProvinceWithCommunes create() {
        String province = Fixtures.newTenant();
        ProvinceWithCommunes made = new ProvinceWithCommunes(province, Fixtures.newTenant(province),
                Fixtures.newTenant(province));
        Fixtures.addMember(made.province, Api.ADMIN_B, "TENANT_ADMIN");
        Fixtures.addMember(made.commune, Api.ADMIN_A, "TENANT_ADMIN");
        Fixtures.addMember(made.sibling, Api.MEMBER, "TENANT_ADMIN");
        return made;
    }
}
