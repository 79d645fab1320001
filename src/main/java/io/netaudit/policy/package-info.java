/**
 * The restricted-vendor policy built from public advisories ({@code config/advisories.csv}, {@code
 * config/restricted-vendors.csv}) and the verdict it gives an identification.
 */
package io.netaudit.policy;
