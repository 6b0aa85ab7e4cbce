/**
 * A tenant's life cycle on screen: suspending, reactivating and archiving it, each after a
 * confirmation, for the people who govern it from above.
 */
package vn.sohoa.ui.lifecycle;
