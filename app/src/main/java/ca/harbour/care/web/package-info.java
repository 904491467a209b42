/** The CARE team's pages and its API under /api/v1/care. */
@NullMarked
package ca.harbour.care.web;

import org.jspecify.annotations.NullMarked;
