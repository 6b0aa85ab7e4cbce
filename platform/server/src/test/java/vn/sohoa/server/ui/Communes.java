package vn.sohoa.server.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import vn.sohoa.admin.members.service.IdentityDirectory;
import vn.sohoa.admin.members.service.MembershipService;
import vn.sohoa.admin.tenants.service.TenantDraft;
import vn.sohoa.admin.tenants.service.TenantService;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.tenancy.service.TenantWork;

/** Fresh communes for the UI tests, made through the services rather than a browser. */
@ApplicationScoped
class Communes {

    @Inject
    TenantService tenants;

    @Inject
    TenantWork work;

    @Inject
    MembershipService memberships;

    @Inject
    IdentityDirectory people;

    /** A fresh commune named "Xã Thử " and its random code, where {@code username} holds {@code role}. */
    String with(String username, Role role) {
        String code = "UI" + UUID.randomUUID().toString().substring(0, 8);
        tenants.provision(new TenantDraft(code, name(code), TenantKind.COMMUNE, null));
        var person = people.findByUsername(username).orElseThrow();
        work.inTenant(code, () -> memberships.add(person, role));
        return code;
    }

    static String name(String code) {
        return "Xã Thử " + code;
    }
}
