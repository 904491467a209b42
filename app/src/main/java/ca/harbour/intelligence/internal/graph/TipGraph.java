package ca.harbour.intelligence.internal.graph;

import ca.harbour.intake.PoliceTipContent;
import ca.harbour.intelligence.internal.graph.Entities.NewEntity;
import ca.harbour.intelligence.internal.graph.Entities.NewLink;
import ca.harbour.linkage.model.Record;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts a received police tip into its police service's graph: a TIP entity (the tip's id, a neutral label) and a
 * {@code MENTIONS} link to each identifier in what consent let the tip carry. The caller's phone is there only
 * when the caller agreed to be named (the content is cut to consent before it arrives); an anonymous tip
 * carries none, so none is linked.
 */
@Service
public class TipGraph {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.of("America/Toronto"));

    private static final Logger log = LoggerFactory.getLogger(TipGraph.class);

    private final Entities entities;
    private final EntityResolution resolution;
    private final TransactionTemplate savepoint;

    TipGraph(Entities entities, EntityResolution resolution, PlatformTransactionManager transactions) {
        this.entities = entities;
        this.resolution = resolution;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Records the tip's entity and links (at a savepoint of the caller's transaction) and answers the identifiers
     * linked; a failure of the graph is undone to the savepoint and logged by tip id so the tip still arrives.
     */
    public List<UUID> record(UUID tipId, UUID policeOrg, PoliceTipContent content, Instant receivedAt, boolean demo) {
        try {
            List<UUID> linked = savepoint.execute(status -> graph(tipId, policeOrg, content, receivedAt, demo));
            return linked == null ? List.of() : linked;
        } catch (RuntimeException e) {
            log.warn("The graph could not take tip {}: {}", tipId, e.getClass().getName());
            return List.of();
        }
    }

    private List<UUID> graph(UUID tipId, UUID policeOrg, PoliceTipContent content, Instant receivedAt, boolean demo) {
        NewEntity tip = new NewEntity(EntityKind.TIP, tipId.toString(), "Tip " + DAY.format(receivedAt), receivedAt);
        List<NewEntity> mentioned = new ArrayList<>();
        if (content.categories().contains(PoliceTipContent.CALLER_IDENTITY)) {
            String phone = Identifiers.phone(content.callerPhone());
            if (phone != null) {
                mentioned.add(new NewEntity(EntityKind.PHONE, phone, phone, receivedAt));
            }
        }
        if (content.categories().contains(PoliceTipContent.NOTE)) {
            mentioned.addAll(Identifiers.in(content.note(), receivedAt));
        }
        List<NewEntity> all = new ArrayList<>(mentioned);
        all.add(tip);
        Map<String, UUID> ids = entities.upsert(policeOrg, all, Map.of(tip.key(), tipId), demo);
        List<NewLink> links = new ArrayList<>();
        List<UUID> linked = new ArrayList<>();
        for (NewEntity e : mentioned) {
            UUID to = ids.get(e.key());
            links.add(new NewLink(tipId, to, LinkKind.MENTIONS, null, "{\"source\":\"TIP\"}", receivedAt));
            linked.add(to);
        }
        entities.link(links);
        String[] values = new String[5];
        for (NewEntity e : mentioned) {
            ResolutionSources.put(values, e.kind(), e.normalised());
        }
        if (content.categories().contains(PoliceTipContent.NOTE)) {
            values[ResolutionSources.NAME] = ResolutionSources.nameIn(content.note());
        }
        String region = content.region();
        // a blank region is no city: an empty string would agree exactly with every other blank city
        values[ResolutionSources.CITY] = region == null || region.isBlank() ? null : region.toLowerCase(Locale.ROOT);
        Record record = ResolutionSources.record(tipId, values);
        if (record != null) {
            resolution.resolve(policeOrg, List.of(record));
        }
        return linked;
    }
}
