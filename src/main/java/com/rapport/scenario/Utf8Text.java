package com.rapport.scenario;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * A trainer's file as text: strict UTF-8 only. Bytes that are not UTF-8, a byte order mark (UTF-8 or UTF-16) and NUL
 * bytes are errors at their line and column, never replaced by {@code �} and published.
 */
final class Utf8Text {

    /** The text, or the problem that kept it from being read: exactly one is set. */
    record Decoded(@Nullable String text, @Nullable Problem problem) {
    }

    private static final String SAVE_AS = "; save the file as UTF-8 (without a byte order mark)";

    private Utf8Text() {
    }

    static Decoded decode(String file, byte[] content) {
        if (startsWith(content, 0xFE, 0xFF) || startsWith(content, 0xFF, 0xFE)) {
            return failed(file, 1, 1, "the file is UTF-16 (it starts with a UTF-16 byte order mark)" + SAVE_AS);
        }
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return failed(file, 1, 1, "the file starts with a byte order mark" + SAVE_AS);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            int at = in.position();
            String bytes = HexFormat.ofDelimiter(" ").withPrefix("0x").withUpperCase()
                    .formatHex(content, at, Math.min(content.length, at + result.length()));
            return failedAt(file, out, out.length(), "the file is not valid UTF-8 here (byte " + bytes + ")"
                    + SAVE_AS);
        }
        String text = out.toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            return failedAt(file, out, nul, "the file contains a NUL byte (is it UTF-16 or not text at all?)"
                    + SAVE_AS);
        }
        return new Decoded(text, null);
    }

    /** A problem at the character {@code end} of the decoded text. */
    private static Decoded failedAt(String file, CharSequence decoded, int end, String message) {
        var at = positionOf(decoded, end);
        return failed(file, at.line(), at.column(), message);
    }

    /** Line and column (from 1; the column counted in code points) of the char at {@code index} of the text. */
    static SourceLocations.Position positionOf(CharSequence text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocations.Position(line, Character.codePointCount(text, lineStart, index) + 1);
    }

    private static Decoded failed(String file, int line, int column, String message) {
        return new Decoded(null, new Problem(file, line, column, Problem.Severity.ERROR, message));
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
