/** A case's tasks and reminders, its documents and its approvals: their rules, their SQL and their demo data. */
@NullMarked
package ca.harbour.cases.internal.flow;

import org.jspecify.annotations.NullMarked;
