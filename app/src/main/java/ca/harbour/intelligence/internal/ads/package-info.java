/** Online ads: their import (CSV or JSON lines), what is extracted from their text, and indicator flags. */
@NullMarked
package ca.harbour.intelligence.internal.ads;

import org.jspecify.annotations.NullMarked;
