package ca.harbour.intelligence.internal.graph;

import ca.harbour.intelligence.internal.IntelligenceContributions;
import ca.harbour.intelligence.internal.graph.Entities.NewEntity;
import ca.harbour.intelligence.internal.graph.Entities.NewLink;
import ca.harbour.linkage.model.Record;
import ca.harbour.platform.crypto.FieldCipher;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Entity-resolution records of ads (their text and the identifiers they mention) and of tips. */
@Repository
public class ResolutionSources {

    /** The fields of a record, in the order of {@code intelligence/entity-resolution.json}. */
    static final int PHONE = 0;

    static final int EMAIL = 1;
    static final int HANDLE = 2;
    static final int NAME = 3;
    static final int CITY = 4;

    /** The words after which an ad or note gives a first name to be asked for, in lower case. */
    private static final List<String> CUES =
            List.of("ask for", "my name is", "i am", "i'm", "call me", "demandez", "je m'appelle", "je suis");

    /** A first name an ad or note gives to be asked for ("ask for Jade", "my name is Jade", "demandez Jade"). */
    private static final Pattern NAME_GIVEN = Pattern.compile(
            "(?iu:" + String.join("|", CUES.stream().map(Pattern::quote).toList()) + ")\\s+(\\p{Lu}\\p{Ll}{1,20})\\b");

    /** Capitalised words that follow those cues without being a name ("I am Available", "Je suis Disponible"). */
    private static final Set<String> NOT_NAMES = Set.of(
            "available",
            "here",
            "new",
            "back",
            "free",
            "open",
            "ready",
            "sweet",
            "young",
            "friendly",
            "discreet",
            "sure",
            "sorry",
            "not",
            "very",
            "so",
            "the",
            "a",
            "an",
            "in",
            "at",
            "from",
            "worried",
            "scared",
            "afraid",
            "disponible",
            "ici",
            "nouvelle",
            "nouveau",
            "libre",
            "seule",
            "seul",
            "prête",
            "pas",
            "très",
            "la",
            "le",
            "une",
            "un",
            "en",
            "à",
            "de",
            "inquiète",
            "inquiet");

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    ResolutionSources(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** The first name given in a text, lowercased, or null. */
    public static @Nullable String nameIn(@Nullable String text) {
        if (text == null || !holdsACue(text)) {
            return null;
        }
        Matcher m = NAME_GIVEN.matcher(text);
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (!NOT_NAMES.contains(name)) {
                return name;
            }
        }
        return null;
    }

    /**
     * Whether the text holds one of the {@link #CUES} in any case (upper then lower case, as the pattern compares
     * letters): most ads hold none, and the pattern tried at every position of every ad was 7% of a bulk import's
     * CPU.
     */
    private static boolean holdsACue(String text) {
        String folded = text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        for (String cue : CUES) {
            if (folded.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /** A record with the first value of each field; null when it holds nothing to match on. */
    static @Nullable Record record(UUID id, String[] values) {
        boolean any = values[PHONE] != null || values[EMAIL] != null || values[HANDLE] != null;
        return any || values[NAME] != null ? new Record(id.toString(), values) : null;
    }

    /**
     * The record of an ad: the first phone, e-mail and handle among the identifiers it names (in the order given),
     * the first name its title or else its body gives, its city; null when it holds nothing to match on. The import
     * makes it while it has the text in plain ({@code AdsImported.Derived}); {@link #ads} from the stored ad.
     */
    public static @Nullable Record adRecord(
            UUID id,
            @Nullable String city,
            @Nullable String title,
            @Nullable String body,
            List<NewEntity> identifiers) {
        String[] v = new String[5];
        v[CITY] = city == null ? null : city.strip().toLowerCase(Locale.ROOT);
        v[NAME] = nameIn(title);
        if (v[NAME] == null) {
            v[NAME] = nameIn(body);
        }
        for (NewEntity e : identifiers) {
            put(v, e.kind(), e.label());
        }
        return record(id, v);
    }

    /** An ad as stored, with the identifiers it mentions (in the order of their entities' ids). */
    private record StoredAd(
            @Nullable String city,
            @Nullable String title,
            @Nullable String body,
            List<NewEntity> ids) {}

    /** The records of stored ads (an announcement of an import run again after a restart). */
    List<Record> ads(UUID policeOrg, Collection<UUID> ads) {
        Map<UUID, StoredAd> stored = new LinkedHashMap<>();
        jdbc.sql("""
                select a.id, a.city, a.title, a.body, e.kind, e.label
                  from intel_ad a
                  left join intel_link l on l.from_id = a.id and l.kind = 'MENTIONS'
                  left join intel_entity e on e.id = l.to_id and e.kind in ('PHONE', 'EMAIL', 'HANDLE')
                 where a.police_org_id = :org and a.id = any(:ids)
                 order by a.id, e.id""")
                .param("org", policeOrg)
                .param("ids", ads.toArray(UUID[]::new))
                .query((ResultSet rs) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    StoredAd ad = stored.get(id);
                    if (ad == null) {
                        ad = new StoredAd(
                                rs.getString(2),
                                cipher.decrypt(rs.getBytes(3), IntelligenceContributions.AD_TITLE),
                                cipher.decrypt(rs.getBytes(4), IntelligenceContributions.AD_BODY),
                                new ArrayList<>());
                        stored.put(id, ad);
                    }
                    String kind = rs.getString(5);
                    if (kind != null) {
                        String label = cipher.decrypt(rs.getBytes(6), EntityKind.LABEL);
                        if (label != null) {
                            ad.ids().add(new NewEntity(EntityKind.valueOf(kind), label, label, null));
                        }
                    }
                });
        List<Record> out = new ArrayList<>();
        stored.forEach((id, ad) -> {
            Record r = adRecord(id, ad.city(), ad.title(), ad.body(), ad.ids());
            if (r != null) {
                out.add(r);
            }
        });
        return out;
    }

    /** Sets the field of an identifier's kind from its label, normalised, unless the field has a value. */
    static void put(String[] v, EntityKind kind, @Nullable String label) {
        if (label == null) {
            return;
        }
        switch (kind) {
            case PHONE -> v[PHONE] = v[PHONE] != null ? v[PHONE] : Identifiers.phone(label);
            case EMAIL -> v[EMAIL] = v[EMAIL] != null ? v[EMAIL] : label.strip().toLowerCase(Locale.ROOT);
            case HANDLE ->
                v[HANDLE] = v[HANDLE] != null
                        ? v[HANDLE]
                        : label.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
            default -> {}
        }
    }

    /** The entities of the links' ends that exist in the service (a record of a rolled-back tip does not). */
    Set<UUID> existing(UUID policeOrg, List<NewLink> links) {
        if (links.isEmpty()) {
            return Set.of();
        }
        Set<UUID> ids = new HashSet<>();
        for (NewLink l : links) {
            ids.add(l.from());
            ids.add(l.to());
        }
        return new HashSet<>(jdbc.sql("select id from intel_entity where police_org_id = :org and id = any(:ids)")
                .param("org", policeOrg)
                .param("ids", ids.toArray(UUID[]::new))
                .query(UUID.class)
                .list());
    }
}
