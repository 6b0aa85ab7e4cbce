/**
 * Who is calling: the verified bearer tokens of the API, kept for a short while so that a client sending the same
 * token again is not verified again ({@link vn.sohoa.platform.security.VerifiedTokens}).
 */
package vn.sohoa.platform.security;
