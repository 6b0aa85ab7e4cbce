package vn.sohoa.platform.pilots.domain;

/**
 * The field a pilot model or template works in: chính quyền số, kinh tế số, xã hội số, giáo dục, y tế, nông
 * nghiệp, du lịch, thương mại / chợ 4.0, or another.
 */
public enum PilotField {
    GOVERNMENT, ECONOMY, SOCIETY, EDUCATION, HEALTH, AGRICULTURE, TOURISM, COMMERCE, OTHER
}
