package ca.harbour.linkage.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Characters decoded from a byte stream one at a time, strictly: a byte sequence the encoding does not
 * define is an error where it occurs (the caller knows the row), never a replacement character. UTF-8 has
 * its own decoder ({@link Utf8Input}); a single-byte encoding (ISO-8859-1, windows-1252) reads through a
 * table of its 256 bytes; any other through the JDK's decoder, a byte at a time.
 */
abstract class CharInput {
    /** Thrown for a byte sequence the encoding does not define, or one cut short. */
    static final class MalformedException extends IOException {
        MalformedException() {
            super("invalid byte sequence");
        }
    }

    private int pushedBack = -2;

    /** A strict reader of {@code in} in {@code charset}. */
    static CharInput of(InputStream in, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return new Utf8Input(in);
        }
        char[] table = singleByteTable(charset);
        return table != null ? new SingleByte(in, table) : new Decoded(in, charset);
    }

    /** Next UTF-16 char, or -1 at end of input. */
    final int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return decode();
    }

    /** Pushes back one char so the next {@link #read} returns it. */
    final void unread(int c) {
        pushedBack = c;
    }

    /** The next char decoded from the stream, or -1 at its end. */
    abstract int decode() throws IOException;

    abstract void close() throws IOException;

    /** Each byte's char where {@code charset} maps every byte to one char ({@code 0xFFFF}: undefined), else null. */
    static char[] singleByteTable(Charset charset) {
        CharsetDecoder d = charset.newDecoder();
        if (d.maxCharsPerByte() != 1f || d.averageCharsPerByte() != 1f) {
            return null;
        }
        try {
            if (!charset.canEncode() || charset.newEncoder().maxBytesPerChar() != 1f) {
                return null;
            }
        } catch (UnsupportedOperationException e) {
            return null;
        }
        d.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] table = new char[256];
        for (int b = 0; b < 256; b++) {
            try {
                CharBuffer c = d.reset().decode(ByteBuffer.wrap(new byte[] {(byte) b}));
                table[b] = c.length() == 1 && c.get(0) != '\uFFFD' ? c.get(0) : '\uFFFF';
            } catch (CharacterCodingException e) {
                table[b] = '\uFFFF';
            }
        }
        return table;
    }

    /** A byte stream read in large chunks. */
    private abstract static class Buffered extends CharInput {
        private final InputStream in;
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private int limit;

        Buffered(InputStream in) {
            this.in = in;
        }

        /** The next byte, or -1. */
        final int nextByte() throws IOException {
            if (pos == limit) {
                limit = in.read(buf, 0, buf.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    return -1;
                }
            }
            return buf[pos++] & 0xFF;
        }

        @Override
        final void close() throws IOException {
            in.close();
        }
    }

    /** ISO-8859-1, windows-1252 and other encodings of one byte a char. */
    private static final class SingleByte extends Buffered {
        private final char[] table;

        SingleByte(InputStream in, char[] table) {
            super(in);
            this.table = table;
        }

        @Override
        int decode() throws IOException {
            int b = nextByte();
            if (b < 0) {
                return -1;
            }
            char c = table[b];
            if (c == '\uFFFF') {
                throw new MalformedException();
            }
            return c;
        }
    }

    /** Any other encoding: the JDK's decoder fed a byte at a time (slow, and exact about where it fails). */
    private static final class Decoded extends Buffered {
        private final CharsetDecoder decoder;
        private final ByteBuffer bytes = ByteBuffer.allocate(16);
        private final CharBuffer chars = CharBuffer.allocate(4);
        private boolean ended;

        Decoded(InputStream in, Charset charset) {
            super(in);
            this.decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            chars.flip();
        }

        @Override
        int decode() throws IOException {
            while (!chars.hasRemaining()) {
                if (ended) {
                    return -1;
                }
                int b = nextByte();
                chars.clear();
                CoderResult r;
                if (b < 0) {
                    ended = true;
                    bytes.flip();
                    r = decoder.decode(bytes, chars, true);
                    if (!r.isError()) {
                        r = decoder.flush(chars);
                    }
                    if (!r.isError() && bytes.hasRemaining()) {
                        throw new MalformedException();
                    }
                } else {
                    bytes.put((byte) b).flip();
                    r = decoder.decode(bytes, chars, false);
                    bytes.compact();
                }
                chars.flip();
                if (r.isError()) {
                    throw new MalformedException();
                }
            }
            return chars.get();
        }
    }
}
