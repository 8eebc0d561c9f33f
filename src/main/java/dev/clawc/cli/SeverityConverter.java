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

    /** The names as written on the command line (picocli would complete the enum constants, in capitals). */
    static final class Names extends java.util.ArrayList<String> {
        Names() {
            super(java.util.List.of("error", "warning", "info"));
        }
    }
}
