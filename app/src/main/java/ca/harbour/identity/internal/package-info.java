/** Accounts, organizations, passwords, second factors, sign-in throttling and the settings they follow. */
@NullMarked
package ca.harbour.identity.internal;

import org.jspecify.annotations.NullMarked;
