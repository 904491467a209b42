/** The instrument editor and the instruments API. */
@NullMarked
package ca.harbour.screening.web;

import org.jspecify.annotations.NullMarked;
