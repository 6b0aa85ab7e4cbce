package vn.sohoa.ui.imports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload component's own texts in the session's language; Vaadin ships them in English only. */
final class UploadTexts {

    private UploadTexts() {
    }

    static UploadI18N of(Component owner) {
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(owner.getTranslation("upload.add")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(owner.getTranslation("upload.drop")));
        texts.setError(new UploadI18N.Error()
                .setFileIsTooBig(owner.getTranslation("upload.too-big", TenantImportView.MAX_FILE_BYTES / 1024 / 1024))
                .setIncorrectFileType(owner.getTranslation("upload.wrong-type"))
                .setTooManyFiles(owner.getTranslation("upload.too-many")));
        return texts;
    }
}
