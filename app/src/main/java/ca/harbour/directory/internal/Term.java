package ca.harbour.directory.internal;

import java.util.UUID;

/** A need in Harbour's taxonomy (HSDS taxonomy_term), named in both languages. */
public record Term(UUID id, UUID taxonomyId, String code, String name, String nameFr, String description) {

    public String name(boolean french) {
        return french ? nameFr : name;
    }
}
