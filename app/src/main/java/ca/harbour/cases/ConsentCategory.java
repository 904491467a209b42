package ca.harbour.cases;

/** The kinds of information a consent may let leave the organization that holds a case. */
public enum ConsentCategory {
    /** Who the person is: name, date of birth or age, gender, languages. */
    IDENTITY,
    /** How to reach the person safely: phone, safe times to call. */
    CONTACT,
    /** What the case is about: kinds of exploitation, status, the summary. */
    CASE_SUMMARY,
    /** The safety plan. */
    SAFETY_PLAN,
    /** The case's documents. */
    DOCUMENTS
}
