/** Printable documents: the purchase order (or request for quotation) as a PDF rendered with Apache PDFBox. */
package io.tessera.plugins.purchasing.document;
