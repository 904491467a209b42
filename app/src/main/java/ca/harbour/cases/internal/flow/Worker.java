package ca.harbour.cases.internal.flow;

import java.util.UUID;

/** A staff member of the case's organization to whom a task may be given. */
public record Worker(UUID id, String name) {}
