/** Field encryption (AES-GCM key ring) and keyed lookup hashes, for every module's personal fields. */
@org.springframework.modulith.NamedInterface("crypto")
package ca.harbour.platform.crypto;
