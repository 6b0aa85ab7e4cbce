package vn.sohoa.platform.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.domain.TenantScopedEntity;

/** A person's subscription to the weekly summary of one tenant's dashboard. */
@Entity
@Table(name = "weekly_summary_subscription")
public class WeeklySummarySubscription extends TenantScopedEntity {

    @Column(name = "user_subject")
    private String userSubject;

    private String username;

    @Column(name = "subscribed_at")
    private Instant subscribedAt;

    protected WeeklySummarySubscription() {
    }

    public WeeklySummarySubscription(Caller caller, Instant at) {
        this.userSubject = caller.subject();
        this.username = caller.username();
        this.subscribedAt = at;
    }

    public String username() {
        return username;
    }

    public Instant subscribedAt() {
        return subscribedAt;
    }
}
