package vn.sohoa.ui.imports;

import com.vaadin.flow.component.grid.Grid;
import vn.sohoa.platform.problem.Problem.FieldError;

/** The problems of an import file by line: line, column (empty when the whole line is wrong) and why. */
public class ProblemsGrid extends Grid<FieldError> {

    public ProblemsGrid() {
        setId("import-problems");
        addColumn(FieldError::line).setHeader(getTranslation("import.line")).setAutoWidth(true).setFlexGrow(0);
        addColumn(FieldError::field).setHeader(getTranslation("import.column")).setAutoWidth(true).setFlexGrow(0);
        addColumn(FieldError::message).setHeader(getTranslation("import.problem"));
        setAllRowsVisible(true);
    }
}
