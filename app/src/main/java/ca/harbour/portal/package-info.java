/** Public pages (home, learn the signs, quick exit) and the staff home after sign-in. */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package ca.harbour.portal;
