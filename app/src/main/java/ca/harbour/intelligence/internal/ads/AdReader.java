package ca.harbour.intelligence.internal.ads;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an import one record at a time, never the whole file: CSV (RFC 4180, a header row naming the columns, a
 * quoted field may span lines) or JSON lines. Bytes are decoded as strict UTF-8, so a line in another encoding is
 * a problem rather than garbled text. A file that does not start like either format, or that grows past the size
 * cap, is refused as a whole. Not thread-safe: one reader per import.
 */
public final class AdReader implements AutoCloseable {

    /** The most bytes one record may take. */
    public static final int MAX_RECORD_BYTES = 256 * 1024;

    /** Thrown when the file as a whole is refused; {@code code} is an {@code intelligence.ads.refused.*} key. */
    public static final class FileRefused extends RuntimeException {
        private final String code;

        public FileRefused(String code) {
            super(code, null, false, false);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final InputStream in;
    private final AdFormat format;
    private final long maxBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkEnd;
    private byte[] buffer = new byte[8192];
    private int length;
    private boolean overflow;
    private long lineNumber;
    private long bytesRead;
    private long recordsRead;
    private boolean first = true;
    private @Nullable List<String> header;

    public AdReader(InputStream in, AdFormat format, long maxBytes) {
        this.in = in;
        this.format = format;
        this.maxBytes = maxBytes;
    }

    /** Lines (records) read so far, header excluded. */
    public long recordsRead() {
        return recordsRead;
    }

    /** The next record checked, or null at the end of the file. */
    public AdRecord.@Nullable Checked next() throws IOException {
        while (true) {
            long start = lineNumber + 1;
            if (!readLine()) {
                return null;
            }
            if (first) {
                stripBom();
            }
            if (overflow) {
                if (first) {
                    throw new FileRefused("notAds");
                }
                recordsRead++;
                return refused(start, LineProblem.LINE_TOO_LONG);
            }
            String line;
            try {
                line = decode();
            } catch (CharacterCodingException e) {
                if (first) {
                    throw new FileRefused("notAds");
                }
                recordsRead++;
                return refused(start, LineProblem.ENCODING);
            }
            if (line.isBlank()) {
                continue;
            }
            if (first) {
                first = false;
                if (format == AdFormat.CSV) {
                    header(line);
                    continue;
                }
                if (!line.stripLeading().startsWith("{")) {
                    throw new FileRefused("notAds");
                }
            }
            recordsRead++;
            return format == AdFormat.CSV ? csv(start, line) : json(start, line);
        }
    }

    private void header(String line) throws IOException {
        List<String> names = new ArrayList<>();
        for (String name : fields(line)) {
            names.add(name.strip().toLowerCase(Locale.ROOT));
        }
        if (!names.contains("ad_id") || !names.contains("site") || line.indexOf('\u0000') >= 0) {
            throw new FileRefused("notAds");
        }
        header = names;
    }

    private AdRecord.Checked csv(long start, String firstLine) throws IOException {
        StringBuilder record = new StringBuilder(firstLine);
        int bytes = length;
        // a quoted field may hold line breaks: read on while a quote is open
        while (openQuote(record)) {
            if (!readLine()) {
                return refused(start, LineProblem.UNCLOSED_QUOTE);
            }
            bytes += length + 1;
            if (overflow || bytes > MAX_RECORD_BYTES) {
                return refused(start, LineProblem.LINE_TOO_LONG);
            }
            try {
                record.append('\n').append(decode());
            } catch (CharacterCodingException e) {
                return refused(start, LineProblem.ENCODING);
            }
        }
        List<String> values = fields(record.toString());
        if (values.size() != header.size()) {
            return refused(start, LineProblem.COLUMN_COUNT);
        }
        Map<String, Object> fields = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            fields.put(header.get(i), values.get(i));
        }
        return AdRecord.check(start, fields);
    }

    private AdRecord.Checked json(long start, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            return refused(start, LineProblem.MALFORMED_JSON);
        }
        if (node == null || !node.isObject()) {
            return refused(start, LineProblem.MALFORMED_JSON);
        }
        Map<String, Object> fields = new HashMap<>();
        for (String column : AdRecord.COLUMNS) {
            JsonNode value = node.get(column);
            if (value == null || value.isNull()) {
                continue;
            }
            if (value.isArray()) {
                List<String> list = new ArrayList<>();
                for (JsonNode v : value) {
                    if (!v.isValueNode()) {
                        return refused(start, LineProblem.MALFORMED_JSON);
                    }
                    list.add(v.asString());
                }
                fields.put(column, list);
            } else if (value.isValueNode()) {
                fields.put(column, value.isNumber() ? value.numberValue().toString() : value.asString());
            } else {
                return refused(start, LineProblem.MALFORMED_JSON);
            }
        }
        return AdRecord.check(start, fields);
    }

    private static AdRecord.Refused refused(long line, String code) {
        return new AdRecord.Refused(new LineProblem(line, code, null));
    }

    /** Whether the text so far leaves a quoted field open (an odd number of quotes). */
    private static boolean openQuote(CharSequence s) {
        boolean open = false;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '"') {
                open = !open;
            }
        }
        return open;
    }

    /** The fields of one CSV record: commas separate, a quoted field keeps commas and doubled quotes. */
    static List<String> fields(String record) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < record.length() && record.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else if (c != '\r' || i + 1 < record.length()) {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }

    /** Reads up to the next line feed into the buffer (at most the record limit kept); false at the end. */
    private boolean readLine() throws IOException {
        length = 0;
        overflow = false;
        int b = read();
        if (b < 0) {
            return false;
        }
        while (b >= 0 && b != '\n') {
            if (++bytesRead > maxBytes) {
                throw new FileRefused("tooLarge");
            }
            if (length < MAX_RECORD_BYTES) {
                if (length == buffer.length) {
                    buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, MAX_RECORD_BYTES));
                }
                buffer[length++] = (byte) b;
            } else {
                overflow = true;
            }
            b = read();
        }
        bytesRead++;
        lineNumber++;
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        return true;
    }

    private int read() throws IOException {
        if (chunkPos == chunkEnd) {
            chunkEnd = in.readNBytes(chunk, 0, chunk.length);
            chunkPos = 0;
            if (chunkEnd <= 0) {
                chunkEnd = 0;
                return -1;
            }
        }
        return chunk[chunkPos++] & 0xff;
    }

    private void stripBom() {
        if (length >= 3 && (buffer[0] & 0xff) == 0xef && (buffer[1] & 0xff) == 0xbb && (buffer[2] & 0xff) == 0xbf) {
            System.arraycopy(buffer, 3, buffer, 0, length - 3);
            length -= 3;
        }
    }

    private String decode() throws CharacterCodingException {
        for (int i = 0; i < length; i++) {
            if (buffer[i] == 0) {
                throw new CharacterCodingException();
            }
        }
        return decoder.reset().decode(ByteBuffer.wrap(buffer, 0, length)).toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
