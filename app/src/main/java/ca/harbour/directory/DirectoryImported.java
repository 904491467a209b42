package ca.harbour.directory;

/**
 * An HSDS file was imported into the directory: one event for the whole file, however many services it
 * held, so listeners rebuild once instead of once per service. {@code services} is how many it held.
 */
public record DirectoryImported(int services) {}
