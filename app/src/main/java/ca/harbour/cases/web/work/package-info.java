/** The pages and API of case work: safety plan, needs assessment, service plan and case notes. */
@NullMarked
package ca.harbour.cases.web.work;

import org.jspecify.annotations.NullMarked;
