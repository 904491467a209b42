package ca.harbour.linkage.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * Strict, lazy UTF-8 decoding of a byte stream one character at a time, so a malformed sequence is reported
 * exactly where it occurs (the caller knows the row) rather than when a buffer is filled.
 */
final class Utf8Input extends CharInput {

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private int pending = -1;

    Utf8Input(InputStream in) {
        this.in = in;
    }

    private int next() throws IOException {
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
    int decode() throws IOException {
        if (pending >= 0) {
            int c = pending;
            pending = -1;
            return c;
        }
        int b = next();
        if (b < 0x80) {
            return b;
        }
        int need;
        int cp;
        if ((b & 0xE0) == 0xC0) {
            need = 1;
            cp = b & 0x1F;
        } else if ((b & 0xF0) == 0xE0) {
            need = 2;
            cp = b & 0x0F;
        } else if ((b & 0xF8) == 0xF0) {
            need = 3;
            cp = b & 0x07;
        } else {
            throw new MalformedException();
        }
        for (int k = 0; k < need; k++) {
            int x = next();
            if (x < 0 || (x & 0xC0) != 0x80) {
                throw new MalformedException();
            }
            cp = (cp << 6) | (x & 0x3F);
        }
        if ((need == 1 && cp < 0x80)
                || (need == 2 && cp < 0x800)
                || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF))
                || (cp >= 0xD800 && cp <= 0xDFFF)) {
            throw new MalformedException();
        }
        if (cp >= 0x10000) {
            pending = Character.lowSurrogate(cp);
            return Character.highSurrogate(cp);
        }
        return cp;
    }

    @Override
    void close() throws IOException {
        in.close();
    }
}
