package ca.harbour.directory.web;

import ca.harbour.directory.internal.DirectoryEditing;
import ca.harbour.directory.internal.DirectoryService;
import ca.harbour.directory.internal.Place;
import ca.harbour.directory.internal.Places;
import ca.harbour.directory.internal.ServiceRules;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One action that updates availability, beds, status and weekday hours of a service, as typed. */
record UpdateForm(
        String accepting,
        String bedsAvailable,
        String bedsMaximum,
        String status,
        String open247,
        String opensAt,
        String closesAt,
        String address1,
        String city) {

    record Checked(
            Map<String, String> errors, Integer beds, Integer max, LocalTime opens, LocalTime closes, Place place) {}

    static UpdateForm of(DirectoryService s) {
        var bed = s.capacity().stream().findFirst();
        var hours = s.hours().stream().findFirst();
        return new UpdateForm(
                String.valueOf(s.acceptingNewClients()),
                bed.map(b -> String.valueOf(b.available())).orElse(""),
                bed.map(b -> b.maximum() == null ? "" : String.valueOf(b.maximum()))
                        .orElse(""),
                s.status(),
                String.valueOf(s.open247()),
                hours.map(h -> h.opensAt().toString()).orElse(""),
                hours.map(h -> h.closesAt().toString()).orElse(""),
                s.sites().isEmpty() ? "" : s.sites().get(0).address1(),
                s.sites().isEmpty() ? "" : s.sites().get(0).city());
    }

    Checked check(Places places) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer beds = count("bedsAvailable", bedsAvailable, errors);
        Integer max = count("bedsMaximum", bedsMaximum, errors);
        if (beds != null && max != null && beds > max) {
            errors.put("bedsAvailable", "directory.error.bedsOverMax");
        }
        if (status == null || !ServiceRules.status(status)) {
            errors.put("status", "directory.error.status");
        }
        LocalTime opens = time("opensAt", opensAt, errors);
        LocalTime closes = time("closesAt", closesAt, errors);
        if ((opens == null) != (closes == null) || (opens != null && !opens.isBefore(closes))) {
            errors.putIfAbsent("closesAt", "directory.error.hours");
        }
        Place place = null;
        boolean hasAddress = address1 != null && !address1.isBlank();
        boolean hasCity = city != null && !city.isBlank();
        if (hasAddress != hasCity) {
            errors.put(hasAddress ? "city" : "address1", "directory.error.address");
        } else if (hasCity) {
            if (address1.length() > ServiceRules.ADDRESS || city.length() > ServiceRules.CITY) {
                errors.put("address1", "directory.error.tooLong");
            } else {
                place = places.find(city).orElse(null);
                if (place == null) {
                    errors.put("city", "directory.error.city");
                }
            }
        }
        return new Checked(errors, beds, max, opens, closes, place);
    }

    private static Integer count(String name, String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 0 && n <= 10_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(name, "directory.error.count");
        return null;
    }

    private static LocalTime time(String name, String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(name, "directory.error.time");
            return null;
        }
    }

    DirectoryEditing.Changes changes(Checked c, DirectoryService s) {
        boolean allDay = "true".equals(open247);
        List<DirectoryService.Hours> hours = allDay
                ? List.of(new DirectoryService.Hours(
                        UUID.randomUUID(), "MO,TU,WE,TH,FR,SA,SU", LocalTime.MIDNIGHT, LocalTime.of(23, 59), null))
                : c.opens() == null
                        ? List.of()
                        : List.of(new DirectoryService.Hours(
                                UUID.randomUUID(), "MO,TU,WE,TH,FR", c.opens(), c.closes(), null));
        return new DirectoryEditing.Changes(
                null,
                null,
                null,
                null,
                null,
                null,
                status,
                allDay,
                "true".equals(accepting),
                c.beds(),
                c.max(),
                hours,
                c.place() == null ? null : address1.strip(),
                c.place());
    }
}
