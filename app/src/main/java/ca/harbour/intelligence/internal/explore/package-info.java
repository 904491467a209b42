/** What an analyst explores: the workspace's home, one entity with everything connected to it, and its network. */
@NullMarked
package ca.harbour.intelligence.internal.explore;

import org.jspecify.annotations.NullMarked;
