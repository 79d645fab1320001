/**
 * Text rules with one home each, at the bottom of the package tree (it imports nothing of ours):
 * the reader of the project's config and catalogue CSV files ({@link CsvTable}), and the escaping
 * of device text for each place it goes: HTML ({@link Html}), one visible line ({@link
 * VisibleText}), a JSON string ({@link JsonText}), a quotation inside an evidence line ({@link
 * Quote}).
 */
package io.netaudit.text;
