package io.netaudit.policy;

import java.time.LocalDate;

/**
 * One government advisory (a row of advisories.csv); url is empty when no official page is
 * confirmed.
 */
public record Advisory(
    String id, String issuer, String jurisdiction, LocalDate date, String title, String url) {}
