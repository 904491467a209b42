package ca.harbour.cases.internal;

import ca.harbour.audit.Audit;
import ca.harbour.audit.AuditAction;
import ca.harbour.cases.CaseStatus;
import ca.harbour.cases.internal.CaseRecords.CaseRow;
import ca.harbour.identity.AccessPolicy;
import ca.harbour.identity.SqlPredicate;
import ca.harbour.identity.StaffPrincipal;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case list and search. Its SQL starts from the very permission the case page checks
 * ({@code AccessPolicy.predicate(viewer, CASE_READ, ...)}), so the list never shows a case the page would refuse.
 * A text search matches the reference in SQL; the name is encrypted, so it is matched in memory, after
 * decryption, over the cases the viewer may see (at most {@link #SEARCH_WINDOW} of them, most recent first).
 */
@Service
public class CaseList {

    public static final int PAGE_SIZE = 25;
    static final int SEARCH_WINDOW = 2000;
    static final int TEXT_MAX = 100;

    /** What the list shows: only my cases or all my organization's, a status or any, a text or none. */
    public record Filter(boolean mine, @Nullable CaseStatus status, String text, int page) {

        public Filter {
            text = text == null ? "" : text.strip();
            if (text.length() > TEXT_MAX) {
                text = text.substring(0, TEXT_MAX);
            }
            page = Math.max(page, 1);
        }
    }

    /** One page of the list and how many there are in all. */
    public record Page(List<CaseRow> rows, int page, int pages, long total) {}

    private final CaseRecords cases;
    private final Audit audit;

    CaseList(CaseRecords cases, Audit audit) {
        this.cases = cases;
        this.audit = audit;
    }

    /** The SQL condition for the cases the viewer may read: the same decision as the case page. */
    static SqlPredicate readable(StaffPrincipal viewer) {
        return AccessPolicy.predicate(
                viewer, CasesContributions.CASE_READ, CaseRecords.ORGANIZATION, CaseRecords.ASSIGNED);
    }

    @Transactional
    public Page list(StaffPrincipal viewer, Filter filter) {
        SqlPredicate scope = readable(viewer);
        SqlPredicate narrowing = narrowing(viewer, filter);
        Page page;
        if (filter.text().isEmpty()) {
            long total = cases.count(scope, narrowing);
            int pages = pages(total);
            int at = Math.min(filter.page(), pages);
            page = new Page(cases.page(scope, narrowing, PAGE_SIZE, (at - 1) * PAGE_SIZE), at, pages, total);
        } else {
            String wanted = folded(filter.text());
            List<CaseRow> matching = cases.page(scope, narrowing, SEARCH_WINDOW, 0).stream()
                    .filter(c -> folded(c.reference()).contains(wanted)
                            || folded(c.label()).contains(wanted))
                    .toList();
            int pages = pages(matching.size());
            int at = Math.min(filter.page(), pages);
            int from = Math.min((at - 1) * PAGE_SIZE, matching.size());
            page = new Page(
                    matching.subList(from, Math.min(from + PAGE_SIZE, matching.size())), at, pages, matching.size());
        }
        audit.recordList(
                filter.text().isEmpty() ? AuditAction.READ : AuditAction.SEARCH,
                "case",
                filter.text().isEmpty() ? "case list" : "case search",
                page.rows().stream().map(CaseRow::id).toList());
        return page;
    }

    private static SqlPredicate narrowing(StaffPrincipal viewer, Filter filter) {
        StringBuilder sql = new StringBuilder("true");
        Map<String, Object> params = new HashMap<>();
        if (filter.mine()) {
            sql.append(" and exists (select 1 from case_worker m where m.case_id = c.id and m.user_id = :me)");
            params.put("me", viewer.userId());
        }
        if (filter.status() != null) {
            sql.append(" and c.status = :status");
            params.put("status", filter.status().name());
        }
        return new SqlPredicate(sql.toString(), params);
    }

    private static int pages(long total) {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** Lower case without accents, so "Helene" finds "Hélène". */
    static String folded(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
