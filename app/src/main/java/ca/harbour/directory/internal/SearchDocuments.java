package ca.harbour.directory.internal;

import ca.harbour.directory.internal.DirectoryService.Site;
import ca.harbour.identity.Region;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/**
 * A service as a Lucene document: text per language, filter fields, and its locations as points,
 * twice: exact ({@code geo}, {@code lat}, {@code lon}) for staff, and as the public may know them
 * ({@code geo_public}, {@code lat_public}, {@code lon_public}: coarse for a confidential location).
 * No street address or postal code is indexed, so no search can find a site by them.
 */
final class SearchDocuments {

    static final int NO_MIN_AGE = 0;
    static final int NO_MAX_AGE = 200;

    private SearchDocuments() {}

    static Document of(DirectoryService s) {
        Document d = new Document();
        d.add(new StringField("id", s.id().toString(), Field.Store.YES));
        text(d, "name_en", s.name());
        text(d, "name_fr", s.nameFr() == null ? s.name() : s.nameFr());
        text(d, "desc_en", s.description());
        text(d, "desc_fr", s.descriptionFr());
        String needsEn = s.terms().stream().map(Term::name).collect(Collectors.joining(" ; "));
        String needsFr = s.terms().stream().map(Term::nameFr).collect(Collectors.joining(" ; "));
        text(d, "needs_en", needsEn);
        text(d, "needs_fr", needsFr);
        // Names and needs as written (folded, not stemmed), where a mistyped word is looked for by edit distance.
        text(d, "words", String.join(" ; ", s.name(), Objects.toString(s.nameFr(), ""), needsEn, needsFr));
        text(d, "org", s.organization().name());
        Set<String> where = new LinkedHashSet<>();
        s.sites().forEach(site -> where.add(site.city()));
        s.areas().forEach(a -> where.add(a.name()));
        where.remove(null);
        text(d, "where", String.join(" ; ", where));
        s.terms().forEach(t -> d.add(new StringField("term", t.code(), Field.Store.NO)));
        s.languages().forEach(l -> d.add(new StringField("lang", l.code(), Field.Store.NO)));
        d.add(new StringField("gender", s.gender(), Field.Store.NO));
        d.add(new StringField("status", s.status(), Field.Store.NO));
        d.add(new StringField("listed", s.listed() ? "yes" : "no", Field.Store.NO));
        d.add(new IntPoint("min_age", s.minimumAge() == null ? NO_MIN_AGE : s.minimumAge()));
        d.add(new IntPoint("max_age", s.maximumAge() == null ? NO_MAX_AGE : s.maximumAge()));
        if (s.open247()) {
            d.add(new StringField("flag", "24-7", Field.Store.NO));
        }
        if (s.organization().indigenousLed()) {
            d.add(new StringField("flag", "indigenous-led", Field.Store.NO));
        }
        if (s.acceptingNewClients()) {
            d.add(new StringField("flag", "accepting", Field.Store.NO));
        }
        boolean located = false;
        for (Site site : s.sites()) {
            if (site.hasCoordinates()) {
                located = true;
                d.add(new LatLonPoint("geo", site.latitude(), site.longitude()));
                d.add(new LatLonDocValuesField("geo", site.latitude(), site.longitude()));
                d.add(new StoredField("lat", site.latitude()));
                d.add(new StoredField("lon", site.longitude()));
                double lat = s.confidentialLocation() ? Site.coarse(site.latitude()) : site.latitude();
                double lon = s.confidentialLocation() ? Site.coarse(site.longitude()) : site.longitude();
                d.add(new LatLonPoint("geo_public", lat, lon));
                d.add(new LatLonDocValuesField("geo_public", lat, lon));
                d.add(new StoredField("lat_public", lat));
                d.add(new StoredField("lon_public", lon));
                d.add(new StringField(
                        "region",
                        Places.regionOf(site.latitude(), site.longitude()).name(),
                        Field.Store.NO));
            }
        }
        if (!located) {
            d.add(new StringField("region", Region.PROVINCE_WIDE.name(), Field.Store.NO));
        }
        return d;
    }

    private static void text(Document d, String field, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new TextField(field, value, Field.Store.NO));
        }
    }
}
