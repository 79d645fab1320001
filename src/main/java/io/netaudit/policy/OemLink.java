package io.netaudit.policy;

/**
 * One row of {@code oem-producers.csv}: a brand reported to sell equipment produced by a listed
 * maker. The brand alone makes REVIEW; a signal of the producer on the device makes the verdict
 * follow the producer.
 *
 * @param brandId the brand (a vendor id of the catalogue)
 * @param producerId the maker reported to produce its equipment
 * @param products which of the brand's products, as the source says
 * @param reliability the label of the report
 * @param source where it comes from
 * @param notes anything a reviewer should know
 */
public record OemLink(
    String brandId,
    String producerId,
    String products,
    Reliability reliability,
    String source,
    String notes) {}
