package ca.harbour.directory.internal;

import java.util.List;

/**
 * The directory's vocabularies and limits, in one place: the editor, the HSDS import, the quick update
 * and the search form all check against these, so whatever one accepts the others accept too (an imported
 * service can be saved again in the editor unchanged). The database's checks say the same.
 */
public final class ServiceRules {

    /** HSDS service statuses, in the order a person picks them. */
    public static final List<String> STATUSES = List.of("active", "temporarily closed", "inactive", "defunct");
    /** Whom a service is for, in the order the forms offer them. */
    public static final List<String> GENDERS = List.of("any", "women", "men", "gender-diverse");

    public static final int MIN_AGE = 0;
    public static final int MAX_AGE = 120;

    /** The most characters of each free text (in either language where it has two). */
    public static final int NAME = 300;

    public static final int DESCRIPTION = 10_000;
    public static final int APPLICATION_PROCESS = 5_000;
    public static final int ELIGIBILITY = 5_000;
    public static final int EMAIL = 254;
    public static final int URL = 500;
    public static final int PHONE_DESCRIPTION = 500;
    public static final int ADDRESS = 300;
    public static final int CITY = 200;
    public static final int ACCESSIBILITY = 2_000;
    public static final int INTAKE_NOTES = 5_000;
    public static final int REFERRAL_CONTACT = 500;

    private ServiceRules() {}

    public static boolean status(String status) {
        return STATUSES.contains(status);
    }

    public static boolean gender(String gender) {
        return GENDERS.contains(gender);
    }

    public static boolean age(int years) {
        return years >= MIN_AGE && years <= MAX_AGE;
    }
}
