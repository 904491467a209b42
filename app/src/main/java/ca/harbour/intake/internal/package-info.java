/** Tips and their triage rules, hotline contacts, the live queue, sender and flood limits. */
@NullMarked
package ca.harbour.intake.internal;

import org.jspecify.annotations.NullMarked;
