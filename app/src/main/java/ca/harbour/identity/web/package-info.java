/** Sign-in, account and administration pages, the identity API, and the security filter chains. */
@NullMarked
package ca.harbour.identity.web;

import org.jspecify.annotations.NullMarked;
