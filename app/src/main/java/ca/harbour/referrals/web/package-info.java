/** The referral pages (inbox, sending, one referral, exceptions) and the referrals API. */
@NullMarked
package ca.harbour.referrals.web;

import org.jspecify.annotations.NullMarked;
