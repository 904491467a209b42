/**
 * The claimable work item: anything staff take from a shared queue, work on alone and close (tips and
 * contacts today; cases, referrals and CARE next). A pure domain type, no Spring: each module persists
 * its own items and calls {@code WorkItem.decide} for every change.
 */
@NamedInterface("workitem")
@NullMarked
package ca.harbour.platform.workitem;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
