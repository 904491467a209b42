package ca.harbour.care.internal;

/** The kinds of information about a youth that a consent may cover and a conference may share. */
public enum InformationCategory {
    /** Who the youth is: name, date of birth or age. */
    IDENTITY,
    /** How and where to reach the youth safely. */
    CONTACT,
    /** What the team knows of the youth's situation and risks. */
    CIRCUMSTANCES,
    /** The children's aid society's own notes. */
    CHILD_PROTECTION,
    /** What the police service holds. */
    POLICE,
    /** Health and wellbeing. */
    HEALTH,
    /** School attendance and needs. */
    EDUCATION,
    /** The youth's safety plan. */
    SAFETY_PLAN
}
