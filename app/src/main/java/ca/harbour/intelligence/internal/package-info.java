/** The intelligence module's police tip store, rules, contributions and demo data. */
@NullMarked
package ca.harbour.intelligence.internal;

import org.jspecify.annotations.NullMarked;
