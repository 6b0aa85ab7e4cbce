package vn.sohoa.platform.pilots.service;

import vn.sohoa.platform.files.store.StoredFile;
import vn.sohoa.platform.pilots.domain.PilotEvidence;

/** A piece of evidence with the stored file it cites (name, kind, size, digest). */
public record Evidence(PilotEvidence evidence, StoredFile file) {}
