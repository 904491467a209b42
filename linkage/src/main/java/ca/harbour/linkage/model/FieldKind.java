package ca.harbour.linkage.model;

import java.util.Arrays;
import java.util.Locale;

/** The kind of a field: decides how its values are normalised, blocked on and compared. */
public enum FieldKind {
    GIVEN_NAME,
    FAMILY_NAME,
    FULL_NAME,
    DATE,
    PHONE,
    EMAIL,
    ADDRESS,
    POSTCODE,
    CITY,
    TEXT,
    CATEGORICAL,
    NUMERIC,
    IDENTIFIER,
    /** A list of person names, such as an authors column ("J. Smith, A. Jones", "Smith J; Jones A"). */
    PERSON_NAMES;

    /**
     * Parses a kind name as written in a dataset description ("given_name", "given", "surname", ...).
     *
     * @throws IllegalArgumentException naming the unknown kind and the accepted ones
     */
    public static FieldKind parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        switch (n) {
            case "given":
            case "first_name":
            case "forename":
                return GIVEN_NAME;
            case "family":
            case "surname":
            case "last_name":
                return FAMILY_NAME;
            case "full":
            case "name":
            case "person_name":
                return FULL_NAME;
            case "dob":
            case "date_of_birth":
                return DATE;
            case "email":
            case "e_mail":
                return EMAIL;
            case "zip":
            case "postal_code":
                return POSTCODE;
            case "town":
            case "suburb":
                return CITY;
            case "free_text":
                return TEXT;
            case "id":
                return IDENTIFIER;
            case "names":
            case "name_list":
            case "names_list":
            case "authors":
                return PERSON_NAMES;
            default:
                for (FieldKind k : values()) {
                    if (k.name().equalsIgnoreCase(n)) {
                        return k;
                    }
                }
                throw new IllegalArgumentException("unknown field kind '" + name + "'; expected one of "
                        + Arrays.toString(values()).toLowerCase(Locale.ROOT));
        }
    }

    /** Whether values of this kind are names of people. */
    public boolean isName() {
        return this == GIVEN_NAME || this == FAMILY_NAME || this == FULL_NAME;
    }
}
