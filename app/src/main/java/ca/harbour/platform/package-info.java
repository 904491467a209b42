/** Shared kernel: settings, database bootstrap and migrations, field encryption, i18n, web support, demo data hooks. */
@NullMarked
package ca.harbour.platform;

import org.jspecify.annotations.NullMarked;
