/** How Harbour writes its logs: exceptions without their messages, which can carry the values of a request. */
@NullMarked
package ca.harbour.platform.logging;

import org.jspecify.annotations.NullMarked;
