package org.gongjiang.acceptance.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything the JVM writes to standard output and standard error while it is open, still shown as
 * usual: in the local stack that is what the functions would write to CloudWatch Logs on AWS (their
 * LambdaLogger lines, their EMF metric lines, any stack trace), and the emulators' own lines besides.
 */
public final class CapturedOutput implements AutoCloseable {

    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    // one buffer per stream: a line is written whole within its stream, not across both
    private final ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
    private final ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();

    private CapturedOutput() {
        System.setOut(new PrintStream(new Tee(out, capturedOut), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(err, capturedErr), true, StandardCharsets.UTF_8));
    }

    public static CapturedOutput start() {
        return new CapturedOutput();
    }

    /** The lines written so far: standard output's, then standard error's. */
    public List<String> lines() {
        return Stream.concat(linesOf(capturedOut), linesOf(capturedErr)).toList();
    }

    private static Stream<String> linesOf(ByteArrayOutputStream buffer) {
        synchronized (buffer) {
            return buffer.toString(StandardCharsets.UTF_8).lines().toList().stream();
        }
    }

    @Override
    public void close() {
        System.out.flush();
        System.err.flush();
        System.setOut(out);
        System.setErr(err);
    }

    private static final class Tee extends OutputStream {
        private final OutputStream shown;
        private final ByteArrayOutputStream kept;

        Tee(OutputStream shown, ByteArrayOutputStream kept) {
            this.shown = shown;
            this.kept = kept;
        }

        @Override
        public void write(int b) throws IOException {
            shown.write(b);
            synchronized (kept) {
                kept.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            shown.write(bytes, offset, length);
            synchronized (kept) {
                kept.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            shown.flush();
        }
    }
}
