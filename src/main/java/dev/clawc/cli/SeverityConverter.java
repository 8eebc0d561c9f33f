package dev.clawc.cli;

import dev.clawc.diag.Severity;
import picocli.CommandLine;

/** Reads {@code error|warning|info} from the command line. */
final class SeverityConverter implements CommandLine.ITypeConverter<Severity> {
    @Override
    public Severity convert(String value) {
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not a severity; use one of: error, warning, info");
        }
    }
}
