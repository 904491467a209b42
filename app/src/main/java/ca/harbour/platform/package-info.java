/** Shared kernel: database bootstrap, field encryption, i18n, web support, demo data hooks. */
package ca.harbour.platform;
