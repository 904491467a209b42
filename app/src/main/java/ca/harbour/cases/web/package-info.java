/** The case pages and the cases API. */
@NullMarked
package ca.harbour.cases.web;

import org.jspecify.annotations.NullMarked;
