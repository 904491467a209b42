package ca.harbour.directory.web;

import ca.harbour.directory.internal.DirectoryService;
import ca.harbour.directory.internal.DirectoryService.Site;
import ca.harbour.directory.internal.Place;
import ca.harbour.directory.internal.Places;
import ca.harbour.directory.internal.ServiceRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The locations of an edited service: each row's town must be one of the bundled Ontario places,
 * whose coordinates the location takes; a row keeps its ids only if it was one of this service's
 * own locations, so a tampered id can never reach another service's records.
 */
final class SiteRows {

    private SiteRows() {}

    static List<Site> sites(ServiceEditForm form, DirectoryService service, Places places, ServiceEditCheck check) {
        if (form.sites().size() > ServiceEditForm.MAX_ROWS) {
            check.reject("sites", "directory.edit.error.tooManySites", ServiceEditForm.MAX_ROWS);
        }
        List<Site> out = new ArrayList<>();
        for (int i = 0; i < form.sites().size(); i++) {
            ServiceEditForm.SiteRow row = form.sites().get(i);
            if (row.remove() || row.blank()) {
                continue;
            }
            String address = row.address().strip();
            String accessibility = row.accessibility().strip();
            if (address.isEmpty() || row.city().isBlank()) {
                check.reject((address.isEmpty() ? "siteAddress-" : "siteCity-") + i, "directory.error.address");
            } else if (address.length() > ServiceRules.ADDRESS) {
                check.reject("siteAddress-" + i, "directory.edit.error.tooLong", ServiceRules.ADDRESS);
            }
            Place place = row.city().isBlank() || row.city().length() > ServiceRules.CITY
                    ? null
                    : places.find(row.city()).orElse(null);
            if (place == null && !row.city().isBlank()) {
                check.reject("siteCity-" + i, "directory.error.city");
            }
            String postalCode = row.postalCode().isBlank() ? "" : ServiceEditCheck.postalCode(row.postalCode());
            if (postalCode == null) {
                check.reject("sitePostalCode-" + i, "directory.edit.error.postalCode");
            }
            if (accessibility.length() > ServiceRules.ACCESSIBILITY) {
                check.reject("siteAccessibility-" + i, "directory.edit.error.tooLong", ServiceRules.ACCESSIBILITY);
            }
            if (place != null && postalCode != null) {
                out.add(site(
                        service, row.id(), address, place, postalCode, accessibility.isEmpty() ? null : accessibility));
            }
        }
        return out;
    }

    private static Site site(
            DirectoryService service, String id, String address, Place place, String postalCode, String accessibility) {
        Optional<Site> was = service.sites().stream()
                .filter(x -> x.serviceAtLocationId().toString().equals(id))
                .findFirst();
        return new Site(
                was.map(Site::serviceAtLocationId).orElse(null),
                was.map(Site::locationId).orElseGet(UUID::randomUUID),
                was.map(Site::name).orElse(service.name() + " — " + place.name()),
                place.latitude(),
                place.longitude(),
                was.map(Site::addressId).orElseGet(UUID::randomUUID),
                address,
                place.name(),
                postalCode,
                accessibility == null ? null : was.map(Site::accessibilityId).orElseGet(UUID::randomUUID),
                accessibility);
    }
}
