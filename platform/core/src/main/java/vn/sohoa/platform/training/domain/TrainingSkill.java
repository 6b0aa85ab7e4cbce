package vn.sohoa.platform.training.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A skill group of the basic digital-skills framework: reference data every tenant reads. */
@Entity
@Table(name = "training_skill")
public class TrainingSkill {

    /** What a skill group's code may be: capitals, digits, dots and dashes, at most 16 (the column's length). */
    public static final String CODE_PATTERN = "[A-Z0-9.-]{1,16}";

    @Id
    private String code;

    private String name;

    private int position;

    @Version
    private long version;

    protected TrainingSkill() {
    }

    public TrainingSkill(String code, String name, int position) {
        this.code = code;
        rename(name);
        this.position = position;
    }

    public void rename(String name) {
        this.name = name;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public int position() {
        return position;
    }

    public long version() {
        return version;
    }
}
