/** Shared kernel: settings, database bootstrap and migrations, field encryption, i18n, web support, demo data hooks. */
@ApplicationModule(displayName = "Platform")
@NullMarked
package ca.harbour.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
