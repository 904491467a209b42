package ca.harbour.identity;

/** What a person does in Harbour; permissions follow from roles in {@link RolePermissions}. */
public enum Role {
    ADVOCATE,
    CASE_WORKER,
    SUPERVISOR,
    CARE_MEMBER,
    POLICE_ANALYST,
    PROGRAM_OFFICER,
    STATS_ANALYST,
    ADMIN
}
