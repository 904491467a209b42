package ca.harbour.cases.internal.work;

/** The areas of a person's life a needs assessment looks at, in the order the page shows them. */
public enum NeedDomain {
    SAFETY,
    HOUSING,
    PHYSICAL_HEALTH,
    MENTAL_HEALTH,
    LEGAL,
    IMMIGRATION,
    INCOME,
    EDUCATION_EMPLOYMENT,
    CHILDCARE,
    SUBSTANCE_USE,
    LANGUAGE,
    IDENTITY_DOCUMENTS,
    TRANSPORTATION,
    SOCIAL_SUPPORT
}
