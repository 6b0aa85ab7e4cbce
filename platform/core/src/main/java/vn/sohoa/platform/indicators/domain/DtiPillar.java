package vn.sohoa.platform.indicators.domain;

/**
 * The pillars of the provincial digital-transformation index (DTI, 2022 version): five scored foundation
 * pillars and smart city (not scored), then the three activity pillars.
 */
public enum DtiPillar {
    DIGITAL_AWARENESS("Nhận thức số", true),
    DIGITAL_INSTITUTIONS("Thể chế số", true),
    DIGITAL_INFRASTRUCTURE("Hạ tầng số", true),
    DIGITAL_WORKFORCE("Nhân lực số", true),
    CYBERSECURITY("An toàn thông tin mạng", true),
    SMART_CITY("Đô thị thông minh", false),
    DIGITAL_GOVERNMENT("Hoạt động chính quyền số", true),
    DIGITAL_ECONOMY("Hoạt động kinh tế số", true),
    DIGITAL_SOCIETY("Hoạt động xã hội số", true);

    private final String nameVi;
    private final boolean scored;

    DtiPillar(String nameVi, boolean scored) {
        this.nameVi = nameVi;
        this.scored = scored;
    }

    /** The pillar's Vietnamese name, as the DTI documents write it. */
    public String nameVi() {
        return nameVi;
    }

    /** Whether the pillar counts in the total score. */
    public boolean scored() {
        return scored;
    }
}
