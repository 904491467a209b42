/** The hook through which each module adds its part of the seeded demo data. */
@org.springframework.modulith.NamedInterface("demo")
package ca.harbour.platform.demo;
