package ca.harbour.cases.internal;

import ca.harbour.platform.domain.ChildProtectionAge;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The under-16 pathway and the duty to report on a case, read from the ages the law reads ({@link
 * ChildProtectionAge}): a case whose survivor was under 16 on the day it was opened follows the pathway
 * (specialised supports first, closure only with a supervisor's approval); each person on the case other than a
 * suspected trafficker who was under 16 on the day they were recorded must be reported to a children's aid society,
 * and at 16 or 17 a report is offered. A date of birth gives the age; without one, the age estimated when the person
 * was recorded, aged by the whole years since. Knows no Spring and no SQL.
 */
public final class UnderSixteen {

    private UnderSixteen() {}

    /** The person's age in whole years on {@code day}, or null when neither a birth date nor an estimate is known. */
    public static @Nullable Integer ageOn(CasePerson person, LocalDate day, ZoneId zone) {
        if (person.birthDate() != null) {
            return ChildProtectionAge.ageOn(person.birthDate(), day);
        }
        if (person.ageEstimate() == null) {
            return null;
        }
        LocalDate recorded = LocalDate.ofInstant(person.addedAt(), zone);
        return person.ageEstimate() + Period.between(recorded, day).getYears();
    }

    /** True when a survivor of the case was under 16 on {@code openedOn}. */
    public static boolean pathway(List<CasePerson> people, LocalDate openedOn, ZoneId zone) {
        return people.stream()
                .filter(p -> p.role() == PersonRole.SURVIVOR)
                .map(p -> ageOn(p, openedOn, zone))
                .anyMatch(age -> age != null && ChildProtectionAge.underSixteen(age));
    }

    /** What the law asks for the person, by their age on the day they were recorded on the case. */
    public static ChildProtectionAge.Duty duty(CasePerson person, ZoneId zone) {
        if (person.role() == PersonRole.SUSPECTED_TRAFFICKER) {
            return ChildProtectionAge.Duty.NONE;
        }
        Integer age = ageOn(person, LocalDate.ofInstant(person.addedAt(), zone), zone);
        return age == null ? ChildProtectionAge.Duty.NONE : ChildProtectionAge.duty(age);
    }
}
