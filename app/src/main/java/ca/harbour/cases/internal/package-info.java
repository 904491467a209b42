/** The cases module's store, rules, contributions and demo data. */
@NullMarked
package ca.harbour.cases.internal;

import org.jspecify.annotations.NullMarked;
