package io.netaudit.store;

/**
 * What writing a run did.
 *
 * @param rows the finding rows stored (silent targets are not stored)
 * @param alreadyStored the run's key was there already (a spooled run pushed twice): nothing
 *     written
 */
public record WriteResult(long runId, long rows, boolean alreadyStored) {}
