/** The service directory: HSDS 3.0 organizations, services and locations, its search index and "find supports". */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package ca.harbour.directory;
