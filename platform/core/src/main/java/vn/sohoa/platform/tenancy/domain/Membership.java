package vn.sohoa.platform.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** A person's role in one tenant. The person is a subject of the identity provider. */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantCode;

    @Column(name = "user_subject")
    private String userSubject;

    private String username;

    @Enumerated(EnumType.STRING)
    private Role role;

    protected Membership() {
    }

    public Membership(String userSubject, String username, Role role) {
        this.userSubject = userSubject;
        this.username = username;
        this.role = role;
    }

    public String tenantCode() {
        return tenantCode;
    }

    public String userSubject() {
        return userSubject;
    }

    public String username() {
        return username;
    }

    public Role role() {
        return role;
    }

    public void changeRole(Role role) {
        this.role = role;
    }
}
