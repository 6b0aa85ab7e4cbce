/**
 * Demo data for the demo province, Hậu Giang (code 93): loaded only when {@code sohoa.demo.enabled}
 * is set, never by default.
 */
package vn.sohoa.server.demo;
