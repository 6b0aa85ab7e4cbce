package vn.sohoa.ui.imports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload component's own texts in the session's language; Vaadin ships them in English only. */
public final class UploadTexts {

    /** The server's largest request body, {@code quarkus.http.limits.max-body-size}. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private UploadTexts() {
    }

    /**
     * @param wrongTypeKey the translation key of the message for a file of a type the upload does not take
     */
    public static UploadI18N of(Component owner, String wrongTypeKey) {
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(owner.getTranslation("upload.add")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(owner.getTranslation("upload.drop")));
        texts.setError(new UploadI18N.Error()
                .setFileIsTooBig(owner.getTranslation("upload.too-big", MAX_FILE_BYTES / 1024 / 1024))
                .setIncorrectFileType(owner.getTranslation(wrongTypeKey))
                .setTooManyFiles(owner.getTranslation("upload.too-many")));
        return texts;
    }
}
