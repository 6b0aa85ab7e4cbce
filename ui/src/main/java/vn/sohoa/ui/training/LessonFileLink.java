package vn.sohoa.ui.training;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import vn.sohoa.platform.training.service.LessonFiles;
import vn.sohoa.platform.training.service.LessonView;

/**
 * A file lesson's PDF on a phone: its name and size shown first, the file itself loaded only on a tap and streamed
 * in the download's own request, which enters the enrolment's tenant again (the file may be the province's).
 */
class LessonFileLink extends Composite<Div> {

    LessonFileLink(Learner learner, LessonFiles files, long enrolment, LessonView lesson) {
        Span facts = new Span(getTranslation("training.files.size", lesson.fileName(), FileSizes.of(lesson.fileBytes() == null ? 0 : lesson.fileBytes(), getLocale())));
        facts.setId("lesson-file-size");
        Anchor open = new Anchor(download(learner, files, enrolment, lesson), getTranslation("training.files.open"));
        open.setId("lesson-file");
        open.setTarget(AnchorTarget.BLANK);
        getContent().add(facts, new Div(open));
    }

    private static DownloadHandler download(Learner learner, LessonFiles files, long enrolment, LessonView lesson) {
        return event -> {
            long id = learner.enter(enrolment);
            event.setFileName(lesson.fileName());
            event.setContentType("application/pdf");
            event.setContentLength(lesson.fileBytes());
            files.copyLessonFile(id, lesson.id(), event.getOutputStream());
        };
    }
}
