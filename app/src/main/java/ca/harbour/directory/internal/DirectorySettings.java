package ca.harbour.directory.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The directory's settings ({@code harbour.directory.*}).
 *
 * @param demoOrganizations how many synthetic organizations demo mode generates (about five services each); the
 *        benchmark sets another number
 */
@ConfigurationProperties("harbour.directory")
public record DirectorySettings(@DefaultValue("320") int demoOrganizations) {}
