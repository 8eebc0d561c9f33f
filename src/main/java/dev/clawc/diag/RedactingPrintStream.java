package dev.clawc.diag;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A print stream that cleans each line of the secrets in a {@link SecretValues} before it reaches the terminal or
 * file: the redaction point every command's output goes through. Lines are held until their end (or a flush) so a
 * secret written in pieces is still seen whole.
 */
public final class RedactingPrintStream extends PrintStream {

    public RedactingPrintStream(OutputStream target, SecretValues secrets) {
        super(new LineFilter(target, secrets), false, StandardCharsets.UTF_8); // no autoflush: it would cut lines
    }

    private static final class LineFilter extends OutputStream {
        private final OutputStream target;
        private final SecretValues secrets;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineFilter(OutputStream target, SecretValues secrets) {
            this.target = target;
            this.secrets = secrets;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            line.write(b);
            if (b == '\n') {
                emit();
            }
        }

        @Override
        public synchronized void write(byte[] bytes, int off, int len) throws IOException {
            int start = off;
            for (int i = off; i < off + len; i++) {
                if (bytes[i] == '\n') {
                    line.write(bytes, start, i + 1 - start);
                    emit();
                    start = i + 1;
                }
            }
            line.write(bytes, start, off + len - start);
        }

        @Override
        public synchronized void flush() throws IOException {
            emit();
            target.flush();
        }

        @Override
        public synchronized void close() throws IOException {
            flush();
        }

        private void emit() throws IOException {
            if (line.size() == 0) {
                return;
            }
            String text = line.toString(StandardCharsets.UTF_8);
            line.reset();
            target.write(secrets.redact(text).getBytes(StandardCharsets.UTF_8));
            target.flush(); // a whole line is out: show it now (editors and hooks read as it comes)
        }
    }
}
