/**
 * The frame around every page: the app shell (theme), the main layout with the tenant switcher, the
 * navigation built from the views' {@code @Menu} entries, and the signed-in person's corner
 * (language, logout); the not-found page, and the addresses that name no tenant (the root, the
 * routes from before pages carried their tenant), which lead to the person's home tenant. Views depend
 * on this package, never the other way round.
 */
package vn.sohoa.ui.layout;
