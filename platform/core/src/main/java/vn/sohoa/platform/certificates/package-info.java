/**
 * Certificates of completion: issued when a course is completed, printed as a PDF with a QR code,
 * verifiable by anyone at a public address, revocable by the issuing tenant.
 */
package vn.sohoa.platform.certificates;
