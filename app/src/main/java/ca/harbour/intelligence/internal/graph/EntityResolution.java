package ca.harbour.intelligence.internal.graph;

import ca.harbour.intelligence.internal.graph.Entities.NewLink;
import ca.harbour.linkage.compare.FieldComparison;
import ca.harbour.linkage.engine.IncrementalLinker;
import ca.harbour.linkage.engine.IncrementalLinker.Candidate;
import ca.harbour.linkage.engine.LinkageModel;
import ca.harbour.linkage.model.FieldSpec;
import ca.harbour.linkage.model.Record;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entity resolution of ads and tips with the linkage engine's incremental linker, one live linker per police
 * service: each ad or tip is a record (its first phone, e-mail and handle, a first name it gives, its city), and a
 * match becomes a {@code SAME_AS} link whose evidence says how each field agreed and the match weight and
 * probability. Matches whose records share an identifier exactly are already joined through that identifier's
 * entity and are not linked again. The linker holds its records in memory (see {@link #MAX_RECORDS}); it starts
 * empty when the application starts, so records of an earlier run are matched only through the graph.
 */
@Service
public class EntityResolution {

    /**
     * Records a service's linker holds before it starts afresh: about 0.95 KB each on the heap (the prepared
     * record, its block entries and the values kept for evidence; 944 bytes measured on 100,000 records), so at
     * most about 95 MB a service.
     */
    static final int MAX_RECORDS = 100_000;

    /** Links kept per new record: its best matches. */
    static final int LINKS_PER_RECORD = 3;

    private static final Set<String> IDENTIFIERS = Set.of("phone", "email", "handle");

    private final ResolutionSources sources;
    private final Entities entities;
    private final Clock clock;
    private final LinkageModel model = ResolutionModel.load();
    private final List<FieldComparison> fields;
    private final Map<UUID, Live> live = new HashMap<>();

    private static final class Live {
        final IncrementalLinker linker;
        final Map<String, String[]> values = new HashMap<>();

        Live(LinkageModel model) {
            this.linker = new IncrementalLinker(model);
        }
    }

    EntityResolution(ResolutionSources sources, Entities entities, Clock clock) {
        this.sources = sources;
        this.entities = entities;
        this.clock = clock;
        this.fields =
                model.description().fields().stream().map(FieldComparison::of).toList();
    }

    /** Resolves the ads of a stored batch, in a transaction of its own; answers the links written. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int ads(UUID policeOrg, Collection<UUID> ads) {
        return resolve(policeOrg, sources.ads(policeOrg, ads));
    }

    /** Resolves the records the import made of a stored batch's ads, in a transaction of its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int records(UUID policeOrg, List<Record> records) {
        return resolve(policeOrg, records);
    }

    /** Resolves records of the service (a tip's, in the caller's transaction); answers the links written. */
    public int resolve(UUID policeOrg, List<Record> records) {
        List<NewLink> links = new ArrayList<>();
        Instant now = clock.instant();
        synchronized (live) {
            Live l = live.computeIfAbsent(policeOrg, k -> new Live(model));
            if (l.linker.size() + records.size() > MAX_RECORDS) {
                l = new Live(model);
                live.put(policeOrg, l);
            }
            for (Record r : records) {
                if (l.values.containsKey(r.id())) {
                    continue;
                }
                List<Candidate> best = new ArrayList<>(l.linker.addForMatches(r));
                l.values.put(r.id(), r.values());
                best.sort((a, b) -> Double.compare(b.weight(), a.weight()));
                int kept = 0;
                for (Candidate c : best) {
                    String[] other = l.values.get(c.id());
                    Map<String, String> agreement = agreement(r.values(), other);
                    if (kept == LINKS_PER_RECORD || sharesIdentifier(agreement)) {
                        continue;
                    }
                    links.add(new NewLink(
                            UUID.fromString(c.id()),
                            UUID.fromString(r.id()),
                            LinkKind.SAME_AS,
                            c.probability(),
                            evidence(agreement, c),
                            now));
                    kept++;
                }
            }
        }
        Set<UUID> existing = sources.existing(policeOrg, links);
        List<NewLink> stored = links.stream()
                .filter(k -> existing.contains(k.from()) && existing.contains(k.to()))
                .toList();
        entities.link(stored);
        return stored.size();
    }

    /** How each field present in both records agreed: exact, close, similar or different. */
    private Map<String, String> agreement(String[] a, String[] b) {
        Map<String, String> out = new LinkedHashMap<>();
        List<FieldSpec> specs = model.description().fields();
        for (int f = 0; f < specs.size(); f++) {
            if (a[f] != null && b[f] != null) {
                FieldComparison c = fields.get(f);
                out.put(specs.get(f).name(), c.label(c.level(a[f], b[f], null, null)));
            }
        }
        return out;
    }

    private static boolean sharesIdentifier(Map<String, String> agreement) {
        return agreement.entrySet().stream()
                .anyMatch(e -> IDENTIFIERS.contains(e.getKey()) && e.getValue().equals("exact"));
    }

    private static String evidence(Map<String, String> agreement, Candidate c) {
        StringBuilder s = new StringBuilder("{\"fields\":{");
        String sep = "";
        for (Map.Entry<String, String> e : agreement.entrySet()) {
            s.append(sep)
                    .append('"')
                    .append(e.getKey())
                    .append("\":\"")
                    .append(e.getValue())
                    .append('"');
            sep = ",";
        }
        return s.append(String.format(
                        Locale.ROOT, "},\"weight\":%.2f,\"probability\":%.4f}", c.weight(), c.probability()))
                .toString();
    }
}
