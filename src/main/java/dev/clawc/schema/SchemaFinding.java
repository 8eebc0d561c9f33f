package dev.clawc.schema;

import com.networknt.schema.ValidationMessage;
import java.util.List;

/**
 * One raw validator finding, with its paths split into segments when first asked for: a config with thousands of
 * unknown keys has as many findings, and most are only counted (see {@link SchemaValidator#MAX_MAPPED}).
 */
final class SchemaFinding {
    private final String keyword;
    private final String instancePointer;
    private final String evaluationPointer;
    private List<String> instance;
    private List<String> evaluation;
    private final String schemaLocation;
    private final String property;
    private final Object[] arguments;

    private SchemaFinding(String keyword, String instancePointer, List<String> instance, String evaluationPointer,
            List<String> evaluation, String schemaLocation, String property, Object[] arguments) {
        this.keyword = keyword;
        this.instancePointer = instancePointer;
        this.instance = instance;
        this.evaluationPointer = evaluationPointer;
        this.evaluation = evaluation;
        this.schemaLocation = schemaLocation;
        this.property = property;
        this.arguments = arguments;
    }

    SchemaFinding(String keyword, List<String> instance, List<String> evaluation, String schemaLocation, String property,
            Object[] arguments) {
        this(keyword, null, instance, null, evaluation, schemaLocation, property, arguments);
    }

    static SchemaFinding of(ValidationMessage message) {
        return new SchemaFinding(
                message.getType(),
                message.getInstanceLocation().toString(), null,
                message.getEvaluationPath().toString(), null,
                message.getSchemaLocation().toString(),
                message.getProperty(),
                message.getArguments() == null ? new Object[0] : message.getArguments());
    }

    String keyword() {
        return keyword;
    }

    List<String> instance() {
        if (instance == null) {
            instance = AstLocator.segments(instancePointer);
        }
        return instance;
    }

    List<String> evaluation() {
        if (evaluation == null) {
            evaluation = AstLocator.segments(evaluationPointer);
        }
        return evaluation;
    }

    /** False when no segment of the evaluation path can be an {@code anyOf} or {@code oneOf} (a cheap test first). */
    boolean mayBranch() {
        if (evaluation != null || evaluationPointer == null) {
            return true;
        }
        return evaluationPointer.contains("anyOf") || evaluationPointer.contains("oneOf");
    }

    String schemaLocation() {
        return schemaLocation;
    }

    String property() {
        return property;
    }

    Object[] arguments() {
        return arguments;
    }

    String argument(int index) {
        return index < arguments.length && arguments[index] != null ? arguments[index].toString() : null;
    }
}
