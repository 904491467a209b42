package ca.harbour.intelligence.internal.investigations;

import ca.harbour.intelligence.internal.investigations.EvidenceExport.Contents;
import ca.harbour.intelligence.internal.investigations.EvidenceRows.EntityRow;
import ca.harbour.intelligence.internal.investigations.EvidenceRows.LinkRow;
import ca.harbour.intelligence.internal.investigations.Investigations.Note;
import ca.harbour.platform.web.Languages;
import ca.harbour.platform.web.PageSupport;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The readable summary of an evidence package, in the exporter's language: the investigation, who exported it and
 * when, the counts, each pinned entity with what it is linked to in the package, and the notes.
 */
@Component
class SummaryPdf {

    /** The most connections listed under one entity; the rest are counted. */
    static final int CONNECTIONS_SHOWN = 25;

    private final MessageSource messages;
    private final PageSupport page;

    SummaryPdf(MessageSource messages, PageSupport page) {
        this.messages = messages;
        this.page = page;
    }

    void write(Contents c, OutputStream out) throws IOException {
        Locale locale = Languages.supported(LocaleContextHolder.getLocale());
        try (PdfText pdf = new PdfText(text(locale, "title", c.investigation().name()), locale.getLanguage())) {
            pdf.heading(text(locale, "title", c.investigation().name()));
            pdf.line(text(
                    locale,
                    "exportedBy",
                    c.exporter().displayName(),
                    c.exporter().username(),
                    page.dateTime(c.at())));
            pdf.line(text(locale, "identity", c.investigation().id().toString(), EvidenceExport.FORMAT));
            pdf.line(text(locale, "owner", c.investigation().ownerName()));

            pdf.subheading(text(locale, "counts"));
            EvidenceFiles.Counts n = c.counts();
            pdf.line(text(locale, "countPinned", n.pinned()));
            pdf.line(text(locale, "countAds", n.ads(), n.adsLinked()));
            pdf.line(text(locale, "countTips", n.tips(), n.tipsLinked()));
            pdf.line(text(locale, "countLinks", n.links()));
            pdf.line(text(locale, "countNotes", n.notes()));
            if (n.capped()) {
                pdf.line(text(
                        locale, "capped", EvidenceExport.ADS_MAX, EvidenceExport.TIPS_MAX, EvidenceExport.LINKS_MAX));
            }

            pdf.subheading(text(locale, "entities"));
            Map<UUID, EntityRow> byId = new HashMap<>();
            c.entities().forEach(e -> byId.put(e.id(), e));
            Map<UUID, List<String>> connections = new HashMap<>();
            for (LinkRow l : c.links()) {
                connection(locale, connections, l.from(), byId.get(l.to()), l.kind(), true);
                connection(locale, connections, l.to(), byId.get(l.from()), l.kind(), false);
            }
            List<EntityRow> pinned =
                    c.entities().stream().filter(EntityRow::pinned).toList();
            if (pinned.isEmpty()) {
                pdf.line(text(locale, "noEntities"));
            }
            for (EntityRow e : pinned) {
                pdf.space(4);
                pdf.line(text(locale, "entity", kind(locale, e), label(e)));
                List<String> linked = connections.getOrDefault(e.id(), List.of());
                pdf.indented(text(locale, "connections", linked.size()));
                for (String line : linked.subList(0, Math.min(linked.size(), CONNECTIONS_SHOWN))) {
                    pdf.indented("- " + line);
                }
                if (linked.size() > CONNECTIONS_SHOWN) {
                    pdf.indented(text(locale, "more", linked.size() - CONNECTIONS_SHOWN));
                }
            }

            List<String> kinds =
                    c.links().stream().map(LinkRow::kind).distinct().sorted().toList();
            if (!kinds.isEmpty()) {
                pdf.subheading(text(locale, "howFound"));
                for (String kind : kinds) {
                    String code = EvidenceExport.howFound(kind);
                    pdf.line(messages.getMessage(
                            "intelligence.investigations.pdf.howFound." + code, null, code, locale));
                }
            }

            pdf.subheading(text(locale, "notes"));
            if (n.notesCapped()) {
                pdf.line(messages.getMessage(
                        "intelligence.investigations.notesCapped", new Object[] {Investigations.NOTES_SHOWN}, locale));
            }
            if (c.notes().isEmpty()) {
                pdf.line(text(locale, "noNotes"));
            }
            for (Note note : c.notes()) {
                pdf.space(4);
                pdf.line(note.authorName() + ", " + page.dateTime(note.createdAt()));
                pdf.indented(note.body());
            }
            pdf.space(8);
            pdf.line(text(locale, "manifest"));
            pdf.save(out);
        }
    }

    private void connection(
            Locale locale,
            Map<UUID, List<String>> connections,
            UUID at,
            @Nullable EntityRow other,
            String kind,
            boolean outgoing) {
        if (other == null) {
            return;
        }
        // an ad or tip names an identifier: seen from the identifier, it is named in the ad or tip
        String how = "MENTIONS".equals(kind) && outgoing ? "MENTIONS_OUT" : kind;
        String line = text(
                locale,
                "connection",
                messages.getMessage("intelligence.investigations.link." + how, null, kind, locale),
                kind(locale, other),
                label(other));
        connections.computeIfAbsent(at, k -> new ArrayList<>()).add(line);
    }

    private String kind(Locale locale, EntityRow e) {
        return messages.getMessage(
                "intelligence.investigations.kind." + e.kind(), null, e.kind().name(), locale);
    }

    private static String label(EntityRow e) {
        return e.label() == null || e.label().isBlank() ? e.id().toString() : e.label();
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage("intelligence.investigations.pdf." + key, args, locale);
    }
}
