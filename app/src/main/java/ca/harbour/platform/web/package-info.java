/**
 * Web support every module uses: translated form errors, API problem details, error pages, page helpers, the
 * client address behind trusted proxies.
 */
@NamedInterface("web")
@NullMarked
package ca.harbour.platform.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
