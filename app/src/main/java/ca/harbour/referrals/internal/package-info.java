/** The referrals' store, their service (access, consent at every read, transitions) and contributions. */
@NullMarked
package ca.harbour.referrals.internal;

import org.jspecify.annotations.NullMarked;
