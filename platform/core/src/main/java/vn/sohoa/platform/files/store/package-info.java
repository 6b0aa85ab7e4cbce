/**
 * The files features keep — a pilot's evidence, a lesson's PDF, a certificate from another platform — stored
 * in PostgreSQL under the row-level security of their tenant, in chunks, so that no file is ever held whole
 * in memory on the way in or out. A file's kind is read from its content, never from its name.
 * {@link vn.sohoa.platform.files.store.StoredFiles} stores, finds, copies and deletes;
 * {@link vn.sohoa.platform.files.store.FileTransfers} reads an upload's name and answers a download.
 */
package vn.sohoa.platform.files.store;
