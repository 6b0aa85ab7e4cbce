/**
 * RFC 9457 problem details: every error the API returns is {@code application/problem+json} with a
 * stable {@code type}, a readable {@code detail} and, for validation, the offending fields.
 */
package vn.sohoa.platform.problem;
