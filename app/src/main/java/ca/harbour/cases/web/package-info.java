/** The cases module's pages and API. */
@NullMarked
package ca.harbour.cases.web;

import org.jspecify.annotations.NullMarked;
