package vn.sohoa.platform.indicators.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.sohoa.platform.tenancy.domain.TenantScopedEntity;

/** A DTI rank as officially published for the tenant, with where it comes from; never computed by Sohoa. */
@Entity
@Table(name = "dti_recorded_rank")
public class RecordedRank extends TenantScopedEntity {

    private int year;
    private int rank;

    @Column(name = "of_count")
    private int ofCount;

    private String source;

    protected RecordedRank() {
    }

    public RecordedRank(int year, int rank, int ofCount, String source) {
        this.year = year;
        this.rank = rank;
        this.ofCount = ofCount;
        this.source = source;
    }

    public int year() {
        return year;
    }

    public int rank() {
        return rank;
    }

    public int ofCount() {
        return ofCount;
    }

    public String source() {
        return source;
    }
}
