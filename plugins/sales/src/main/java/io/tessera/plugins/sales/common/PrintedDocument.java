package io.tessera.plugins.sales.common;

import java.util.List;

/**
 * What a printed sales document shows, already localized and formatted: the renderer only lays it out.
 *
 * @param title   e.g. "Quotation SQ-000001"
 * @param issuer  the tenant's name
 * @param facts   label/value pairs under the title (customer, date, validity)
 * @param columns the line table's headings
 * @param numeric per column, whether it is right-aligned (numbers)
 * @param rows    the line table's cells
 * @param totals  label/value pairs under the table (subtotal, tax, total)
 */
public record PrintedDocument(String title, String issuer, List<String[]> facts, List<String> columns, List<Boolean> numeric,
                              List<List<String>> rows, List<String[]> totals) {
}
