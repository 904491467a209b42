/** Directory pages and APIs: "find supports", staff search and editing, HSDS read API, import and export. */
@NullMarked
package ca.harbour.directory.web;

import org.jspecify.annotations.NullMarked;
