/** Field encryption (AES-GCM key ring) and keyed lookup hashes, for every module's personal fields. */
@NamedInterface("crypto")
@NullMarked
package ca.harbour.platform.crypto;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
