package vn.sohoa.platform.training.api;

import vn.sohoa.platform.files.store.FileKind;
import vn.sohoa.platform.files.store.StoredFile;

/** A lesson's PDF as the API returns it: the id a FILE lesson names, and the file's name, kind, size and digest. */
public record LessonFileResponse(long fileId, String name, FileKind kind, long size, String sha256) {

    static LessonFileResponse of(StoredFile file) {
        return new LessonFileResponse(file.id(), file.name(), file.kind(), file.size(), file.sha256());
    }
}
