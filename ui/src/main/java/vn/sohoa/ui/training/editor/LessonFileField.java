package vn.sohoa.ui.training.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import vn.sohoa.platform.files.store.FileKind;
import vn.sohoa.platform.files.store.StoredFile;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.training.domain.TrainingAccess;
import vn.sohoa.platform.training.service.LessonFiles;
import vn.sohoa.ui.imports.UploadTexts;
import vn.sohoa.ui.training.FileSizes;

/**
 * The PDF of a file lesson: the file it has (name and size), and an upload that stores a new one for the course at
 * once. The server decides from the content: anything not a PDF, or over 20 MB, is refused with a plain sentence
 * and nothing is kept; the lesson names the file only when the dialog is saved.
 */
class LessonFileField extends Div {

    private final Paragraph current = new Paragraph();
    private final Paragraph refusal = new Paragraph();
    private Long fileId;

    LessonFileField(EditedCourse course, LessonFiles files, Long fileId) {
        this.fileId = fileId;
        current.setId("lesson-file-current");
        refusal.setId("lesson-file-refused");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        refusal.setVisible(false);
        course.tenant().enter(TrainingAccess.AUTHOR);
        show(fileId == null ? null : files.courseFile(course.id(), fileId).orElse(null));
        Upload upload = new Upload();
        upload.setId("lesson-file-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) LessonFiles.MAX_BYTES);
        // The browser's filter only helps choosing; the server reads the content and decides.
        upload.setAcceptedFileTypes(FileKind.PDF.mediaType(), "." + FileKind.PDF.extension());
        var texts = UploadTexts.of(this, "training.editor.file.wrong-type");
        texts.getError().setFileIsTooBig(getTranslation("training.editor.file.too-big"));
        upload.setI18n(texts);
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            upload.clearFileList();
            try {
                course.tenant().enter(TrainingAccess.AUTHOR);
                StoredFile stored = files.upload(course.id(), new ByteArrayInputStream(bytes), metadata.fileName());
                this.fileId = stored.id();
                refusal.setVisible(false);
                show(stored);
            } catch (ProblemException refused) {
                int status = refused.problem().status();
                refusal.setText(getTranslation(status == 415 ? "training.editor.file.wrong-type"
                        : status == 413 ? "training.editor.file.too-big" : "training.editor.file.refused"));
                refusal.setVisible(true);
            }
        }));
        add(current, upload, refusal);
    }

    /** The file the lesson names, null while it has none. */
    Long fileId() {
        return fileId;
    }

    /** Says that a file lesson needs its PDF, when none is uploaded yet. */
    void requireFile() {
        refusal.setText(getTranslation("training.editor.file.required"));
        refusal.setVisible(true);
    }

    private void show(StoredFile file) {
        current.setText(file == null ? getTranslation("training.editor.file.none")
                : getTranslation("training.files.size", file.name(), FileSizes.of(file.size(), getLocale())));
    }
}
