package ca.harbour.linkage.block;

import java.nio.charset.StandardCharsets;

/** 64-bit FNV-1a-with-mixing hashes for blocking keys. */
public final class Hashing {

    private Hashing() {}

    /** Hash of a string continued from {@code seed}. */
    public static long hash(long seed, String s) {
        long h = seed ^ 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** Hash of an integer continued from {@code seed}. */
    public static long hash(long seed, long v) {
        return mix(seed * 0x9E3779B97F4A7C15L + v);
    }

    /** SplitMix64 finaliser. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** UTF-8 bytes, used where byte-level hashing is needed. */
    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
