package dev.clawc.schema;

import com.networknt.schema.ValidationMessage;
import java.util.List;

/** One raw validator finding, with its paths split into segments. */
record SchemaFinding(
        String keyword,
        List<String> instance,
        List<String> evaluation,
        String schemaLocation,
        String property,
        Object[] arguments) {

    static SchemaFinding of(ValidationMessage message) {
        return new SchemaFinding(
                message.getType(),
                AstLocator.segments(message.getInstanceLocation().toString()),
                AstLocator.segments(message.getEvaluationPath().toString()),
                message.getSchemaLocation().toString(),
                message.getProperty(),
                message.getArguments() == null ? new Object[0] : message.getArguments());
    }

    String argument(int index) {
        return index < arguments.length && arguments[index] != null ? arguments[index].toString() : null;
    }
}
