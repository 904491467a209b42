/** Case work's rules and store: the safety plan, needs assessments, the service plan and case notes. */
@NullMarked
package ca.harbour.cases.internal.work;

import org.jspecify.annotations.NullMarked;
