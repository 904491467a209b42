package ca.harbour.platform.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * The ages child-protection law reads, in one place for every module (Ontario's Child, Youth and Family Services
 * Act, s.125): a person under 16 at the time a concern is recorded must be reported to a children's aid society; at
 * 16 and 17 a report is offered, not required. Always the age on the day of the record, never today's.
 */
public final class ChildProtectionAge {

    /** What the law asks of a record about a person of a given age. */
    public enum Duty {
        REQUIRED,
        OFFERED,
        NONE
    }

    /** The age from which the duty to report becomes an offer. */
    public static final int REPORT_OFFERED_FROM = 16;
    /** The age of majority, from which nothing is asked. */
    public static final int ADULT_FROM = 18;

    private ChildProtectionAge() {}

    /** Whole years on {@code day} of a person born on {@code birthDate}: on the 16th birthday itself, 16. */
    public static int ageOn(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /** By age in whole years at the time of the record. */
    public static Duty duty(int years) {
        if (years < REPORT_OFFERED_FROM) {
            return Duty.REQUIRED;
        }
        return years < ADULT_FROM ? Duty.OFFERED : Duty.NONE;
    }

    /** Under 16 at the time of the record: the under-16 pathway applies. */
    public static boolean underSixteen(int years) {
        return years < REPORT_OFFERED_FROM;
    }
}
