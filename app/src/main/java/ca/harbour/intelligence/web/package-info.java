/** The intelligence module's inbox and sent-tips pages and the tips API. */
@NullMarked
package ca.harbour.intelligence.web;

import org.jspecify.annotations.NullMarked;
