/** The pages and API of a case's tasks, documents and approvals, and the "my tasks" and pending approvals lists. */
@NullMarked
package ca.harbour.cases.web.flow;

import org.jspecify.annotations.NullMarked;
