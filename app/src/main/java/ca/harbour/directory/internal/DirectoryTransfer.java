package ca.harbour.directory.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.directory.DirectoryEmptied;
import ca.harbour.directory.DirectoryImported;
import ca.harbour.directory.internal.DirectoryService.Org;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export of the whole directory as HSDS 3.0 JSON (an array of fully nested services, Harbour's
 * fields under {@code x_harbour}) and import of such a file or of a CSV datapackage: everything is
 * checked first, and a file with any problem imports nothing.
 */
@Service
public class DirectoryTransfer {

    /**
     * The largest directory a file carries: ten thousand services, six times the demo directory. Its export
     * (about 4 kB a service, 5 kB at most) stays well below {@link #MAX_BYTES}, which the upload limits
     * ({@code spring.servlet.multipart.*}) match; a test holds the three together.
     */
    public static final int MAX_RECORDS = 10_000;

    public static final int MAX_BYTES = 80 * 1024 * 1024;

    public record Outcome(int services, int organizations, List<ImportProblem> problems) {
        public boolean imported() {
            return problems.isEmpty();
        }
    }

    private static final JsonMapper EXPORT = JsonMapper.builder().build();

    private final JsonMapper json = JsonMapper.builder().build();
    private final Services services;
    private final ServiceWrites writes;
    private final Taxonomy taxonomy;
    private final Audit audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    DirectoryTransfer(
            Services services,
            ServiceWrites writes,
            Taxonomy taxonomy,
            Audit audit,
            ApplicationEventPublisher events,
            TransactionTemplate tx) {
        this.services = services;
        this.writes = writes;
        this.taxonomy = taxonomy;
        this.audit = audit;
        this.events = events;
        this.tx = tx;
    }

    public byte[] exportJson() {
        byte[] file = exportBytes(sorted());
        audit.record(AuditAction.EXPORT, "directory", "json");
        return file;
    }

    /**
     * The export file of {@code services}: compact JSON (no indentation, which made a third of its size), so
     * that the largest directory the import accepts fits well within {@link #MAX_BYTES}.
     */
    public static byte[] exportBytes(List<DirectoryService> services) {
        List<Object> all = new ArrayList<>();
        services.forEach(s -> all.add(HsdsMapper.service(s, true)));
        return EXPORT.writeValueAsBytes(all);
    }

    public List<DirectoryService> sorted() {
        List<DirectoryService> all = new ArrayList<>(services.all());
        all.sort(Comparator.comparing(DirectoryService::id));
        return all;
    }

    public Outcome importJson(String file, byte[] bytes) {
        List<ImportProblem> problems = new ArrayList<>();
        if (bytes.length > MAX_BYTES) {
            problems.add(
                    new ImportProblem(file, 0, "", "directory.import.tooLarge", List.of(MAX_BYTES / (1024 * 1024))));
            return new Outcome(0, 0, problems);
        }
        Object parsed;
        try {
            parsed = json.readValue(bytes, Object.class);
        } catch (JacksonException e) {
            problems.add(new ImportProblem(file, 0, "", "directory.import.notJson", List.of()));
            return new Outcome(0, 0, problems);
        }
        List<?> records = parsed instanceof List<?> l ? l : List.of(parsed);
        return importRecords(file, records, problems);
    }

    public byte[] exportPackage() {
        List<Map<String, Object>> all = new ArrayList<>();
        sorted().forEach(s -> all.add(HsdsMapper.service(s, true)));
        byte[] zip = HsdsPackage.write(
                all,
                taxonomy.taxonomies().stream().map(HsdsMapper::taxonomy).toList(),
                taxonomy.terms().stream().map(HsdsMapper::term).toList());
        audit.record(AuditAction.EXPORT, "directory", "datapackage");
        return zip;
    }

    public Outcome importPackage(String file, byte[] bytes) {
        List<ImportProblem> problems = new ArrayList<>();
        if (bytes.length > MAX_BYTES) {
            problems.add(
                    new ImportProblem(file, 0, "", "directory.import.tooLarge", List.of(MAX_BYTES / (1024 * 1024))));
            return new Outcome(0, 0, problems);
        }
        Map<String, String> files;
        try {
            files = HsdsPackage.unzip(bytes);
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new ImportProblem(file, 0, "", "directory.import.notZip", List.of()));
            return new Outcome(0, 0, problems);
        }
        List<Map<String, Object>> records = new HsdsPackageReader(files, problems).records();
        if (!problems.isEmpty()) {
            return new Outcome(0, 0, problems);
        }
        return importRecords("services.csv", records, problems);
    }

    /** Checks every record (a parsed, fully nested HSDS service), then writes all or nothing. */
    Outcome importRecords(String file, List<?> records, List<ImportProblem> problems) {
        if (records.size() > MAX_RECORDS) {
            problems.add(new ImportProblem(file, 0, "", "directory.import.tooMany", List.of(MAX_RECORDS)));
            return new Outcome(0, 0, problems);
        }
        Map<UUID, Term> terms = new LinkedHashMap<>();
        taxonomy.terms().forEach(t -> terms.put(t.id(), t));
        List<DirectoryService> read = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            DirectoryService s = new HsdsRecordReader(file, i + 1, terms::get, problems).service(records.get(i));
            if (s != null && s.id() != null && !ids.add(s.id())) {
                problems.add(new ImportProblem(file, i + 1, "id", "directory.import.duplicate", List.of(s.id())));
            }
            read.add(s);
        }
        if (!problems.isEmpty()) {
            return new Outcome(0, 0, problems);
        }
        Map<UUID, Org> orgs = new LinkedHashMap<>();
        read.forEach(s -> orgs.putIfAbsent(s.organization().id(), s.organization()));
        tx.executeWithoutResult(status -> {
            orgs.values().forEach(writes::insertOrganization);
            read.forEach(writes::replace);
            audit.record(AuditAction.CREATE, "directory.import", file, read.size() + " services");
            events.publishEvent(new DirectoryImported(read.size()));
        });
        return new Outcome(read.size(), orgs.size(), List.of());
    }

    /** Empties the directory (organizations, services and their parts); the taxonomy stays. */
    public void deleteEverything() {
        tx.executeWithoutResult(status -> {
            writes.deleteEverything();
            audit.record(AuditAction.UPDATE, "directory", "all", "emptied");
            events.publishEvent(new DirectoryEmptied());
        });
    }
}
