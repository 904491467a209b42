package ca.harbour.care.internal;

/** Whether a youth is First Nations, Inuit or Métis, only when the youth chooses to share it. */
public enum IndigenousIdentity {
    FIRST_NATIONS,
    INUIT,
    METIS,
    NOT_INDIGENOUS,
    NOT_SHARED;

    /** A First Nations, Inuit or Métis youth is offered the team's Indigenous liaison. */
    public boolean indigenous() {
        return this == FIRST_NATIONS || this == INUIT || this == METIS;
    }
}
