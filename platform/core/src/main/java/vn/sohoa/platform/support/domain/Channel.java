package vn.sohoa.platform.support.domain;

/** How the help was given. */
public enum Channel {
    HOME_VISIT, OFFICE, PHONE_OR_CHAT, COMMUNITY_EVENT
}
