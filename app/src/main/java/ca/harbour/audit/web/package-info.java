/** The audit review page and the audit rows of access refused by scope. */
@NullMarked
package ca.harbour.audit.web;

import org.jspecify.annotations.NullMarked;
