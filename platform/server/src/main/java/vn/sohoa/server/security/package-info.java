/**
 * What the running server refuses about its own configuration: the passwords and client secrets of the local
 * development services are for {@code %dev}, {@code %test} and {@code ./sohoa run} only.
 */
package vn.sohoa.server.security;
