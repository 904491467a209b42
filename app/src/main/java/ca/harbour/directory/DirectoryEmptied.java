package ca.harbour.directory;

/** Every organization and service was removed from the directory (its taxonomy stays). */
public record DirectoryEmptied() {}
