/** The public tip form and API, hotline contact pages, the live queue and the triage rules API. */
@NullMarked
package ca.harbour.intake.web;

import org.jspecify.annotations.NullMarked;
