package vn.sohoa.platform.training.domain;

import vn.sohoa.platform.tenancy.domain.Permission;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.platform.tenancy.domain.Standing;

/** Who may make courses and assign them in a tenant, browse them, and learn there. All but BROWSE write the tenant's data. */
public enum TrainingAccess implements Permission {
    /**
     * Create, edit, publish and assign courses, and enrol others: TRAINER of the tenant itself, TENANT_ADMIN of it
     * or of an ancestor, or province-admin. A trainer of a commune never edits the province's courses, which live
     * in the province.
     */
    AUTHOR {
        @Override
        public boolean allows(Standing standing) {
            return standing.holdsHere(Role.TRAINER) || standing.holdsHereOrAbove(Role.TENANT_ADMIN);
        }

        @Override
        public String refusal(String tenantCode) {
            return "Only a trainer or tenant administrator of " + tenantCode + " may manage its courses.";
        }
    },
    /**
     * Browse the tenant's catalogue and one's own learning there: any membership here or above, LEARNER included
     * (a LEARNER sees only courses for citizens). Reads only, so it stays open in a suspended tenant.
     */
    BROWSE {
        @Override
        public boolean allows(Standing standing) {
            return standing.sees();
        }

        @Override
        public boolean writesTenantData() {
            return false;
        }

        @Override
        public String refusal(String tenantCode) {
            return "Only members of " + tenantCode + " or above may browse its courses.";
        }
    },
    /** Enrol oneself and learn: any membership in the tenant itself (learning is counted where one belongs). */
    LEARN {
        @Override
        public boolean allows(Standing standing) {
            return !standing.here().isEmpty();
        }

        @Override
        public String refusal(String tenantCode) {
            return "Only members of " + tenantCode + " may enrol and learn there.";
        }
    };

    @Override
    public boolean writesTenantData() {
        return true;
    }
}
