package vn.sohoa.platform.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Renders the location of a rejected value as the JSON path a client sent, e.g. {@code parts[1].code}. */
final class FieldPaths {

    private FieldPaths() {
    }

    /**
     * Drops the method and parameter nodes bean validation puts in front of a body's own fields; a
     * violation on a query or path parameter is named after the parameter.
     */
    static String of(Path path) {
        List<Path.Node> nodes = StreamSupport.stream(path.spliterator(), false)
                .filter(node -> node.getKind() != ElementKind.METHOD)
                .toList();
        List<Path.Node> fields = nodes.stream().filter(node -> node.getKind() != ElementKind.PARAMETER).toList();
        List<Path.Node> shown = fields.isEmpty() ? nodes : fields;
        String field = shown.stream()
                .map(node -> node.getName() + (node.getIndex() != null ? "[" + node.getIndex() + "]" : ""))
                .collect(Collectors.joining("."));
        return field.isEmpty() ? "body" : field;
    }

    static String of(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
