/** Organizations, users, roles and permissions, sign-in with a second factor, and the access policy every module reuses. */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package ca.harbour.identity;
