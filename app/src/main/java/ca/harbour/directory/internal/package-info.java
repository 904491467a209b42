/** The directory's services, editing, HSDS import and export, demo data and Lucene search index. */
@NullMarked
package ca.harbour.directory.internal;

import org.jspecify.annotations.NullMarked;
