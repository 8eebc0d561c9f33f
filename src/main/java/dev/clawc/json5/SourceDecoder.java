package dev.clawc.json5;

import dev.clawc.diag.Diagnostic;
import dev.clawc.diag.Severity;
import dev.clawc.diag.SourceFile;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a file's bytes into text. A UTF-8 byte order mark is dropped (OpenClaw accepts it). Bytes
 * that are not UTF-8 become U+FFFD and each run of them is reported where it sits, so the rest of
 * the file is still checked.
 */
public final class SourceDecoder {
    public static final String RULE_INVALID_UTF8 = "invalid-utf8";

    private SourceDecoder() {
    }

    public record Decoded(SourceFile file, List<Diagnostic> diagnostics) {
    }

    public static Decoded decode(String displayName, byte[] bytes) {
        int offset = startsWithBom(bytes) ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset + 1);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<int[]> badRuns = new ArrayList<>(); // {char offset, byte offset, byte count}
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                decoder.flush(out);
                break;
            }
            if (result.isError()) {
                int charAt = out.position();
                int byteAt = in.position();
                int length = result.length();
                int[] last = badRuns.isEmpty() ? null : badRuns.get(badRuns.size() - 1);
                if (last != null && last[0] == charAt - 1 && last[1] + last[2] == byteAt) {
                    last[2] += length; // one report per run of bad bytes
                } else {
                    badRuns.add(new int[] {charAt, byteAt, length});
                    out.put('\uFFFD');
                }
                in.position(byteAt + length);
            } else {
                throw new IllegalStateException("decoder overflow"); // out is sized for the worst case
            }
        }
        out.flip();
        SourceFile file = new SourceFile(displayName, out.toString());
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int[] run : badRuns) {
            diagnostics.add(Diagnostic.builder(RULE_INVALID_UTF8, Severity.ERROR,
                            "invalid UTF-8: " + describeBytes(bytes, run[1], run[2]))
                    .at(file.span(run[0], run[0] + 1), "not valid UTF-8")
                    .note("byte offset " + run[1] + " in the file")
                    .help("save the file as UTF-8; OpenClaw reads its config as UTF-8")
                    .build());
        }
        int nul = file.text().indexOf('\0');
        if (nul >= 0) {
            boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                    || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
            long count = file.text().chars().filter(c -> c == 0).count();
            diagnostics.add(Diagnostic.builder(Json5Rules.NUL_BYTE, Severity.ERROR,
                            utf16 ? "the file is UTF-16, not UTF-8" : "the file contains " + count + " NUL byte" + (count == 1 ? "" : "s"))
                    .at(file.span(nul, nul + 1), "NUL byte")
                    .note(utf16 ? "OpenClaw reads its config as UTF-8"
                            : "a config is text; NUL bytes mean a binary file, or text saved as UTF-16")
                    .help("save the file as UTF-8 text")
                    .build());
        }
        return new Decoded(file, diagnostics);
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static String describeBytes(byte[] bytes, int from, int count) {
        StringBuilder text = new StringBuilder(count == 1 ? "byte " : "bytes ");
        int shown = Math.min(count, 8);
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(String.format("0x%02X", bytes[from + i] & 0xFF));
        }
        if (count > shown) {
            text.append(" ...");
        }
        return text.toString();
    }
}
