package ca.harbour.intelligence.internal.graph;

import ca.harbour.intelligence.internal.graph.Entities.NewEntity;
import ca.harbour.linkage.normalize.EmailNormalizer;
import ca.harbour.linkage.normalize.PhoneNormalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Phones, e-mails and handles written in free text (a tip's note), normalised as the ad import normalises them:
 * phones to E.164 by the linkage engine, e-mails by its provider rules, handles lowercased without their at sign.
 */
public final class Identifiers {

    private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d\\s().-]{7,}\\d");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}._%+-])@([\\p{L}\\p{N}_.]{2,30})");
    private static final Pattern E164 = Pattern.compile("\\+\\d{10,15}");
    private static final PhoneNormalizer PHONES = new PhoneNormalizer("CA");
    private static final EmailNormalizer EMAILS = new EmailNormalizer();

    private Identifiers() {}

    /** A phone number in any written form as E.164, or null when it is not a phone number. */
    public static @Nullable String phone(@Nullable String raw) {
        String n = raw == null ? null : PHONES.normalize(raw);
        return n != null && E164.matcher(n).matches() ? n : null;
    }

    /** The identifiers found in {@code text}, as entities seen at {@code seenAt}, each once. */
    public static List<NewEntity> in(@Nullable String text, @Nullable Instant seenAt) {
        Map<String, NewEntity> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            String e = EMAILS.normalize(m.group());
            if (e != null) {
                add(out, new NewEntity(EntityKind.EMAIL, e, e, seenAt));
            }
        }
        String withoutEmails = EMAIL.matcher(text).replaceAll(" ");
        m = HANDLE.matcher(withoutEmails);
        while (m.find()) {
            String h = m.group(1).toLowerCase(Locale.ROOT);
            add(out, new NewEntity(EntityKind.HANDLE, h, "@" + h, seenAt));
        }
        m = PHONE.matcher(withoutEmails);
        while (m.find()) {
            String p = phone(m.group());
            if (p != null) {
                add(out, new NewEntity(EntityKind.PHONE, p, p, seenAt));
            }
        }
        return new ArrayList<>(out.values());
    }

    private static void add(Map<String, NewEntity> out, NewEntity e) {
        out.putIfAbsent(e.key(), e);
    }
}
