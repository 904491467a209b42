/** Web support every module uses: translated form errors, API problem details, page helpers. */
@org.springframework.modulith.NamedInterface("web")
package ca.harbour.platform.web;
