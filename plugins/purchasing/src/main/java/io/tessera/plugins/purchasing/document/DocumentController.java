package io.tessera.plugins.purchasing.document;

import io.tessera.plugins.purchasing.common.PurchasingPermissions;
import io.tessera.plugins.purchasing.order.Orders;
import io.tessera.plugins.purchasing.order.OrderView;
import io.tessera.sdk.security.RequiresPermission;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/purchasing/orders/{id}/pdf}: the order as a PDF, in the caller's language. */
@RestController
@RequestMapping("/api/v1/purchasing")
class DocumentController {

    private final Orders orders;
    private final OrderPdf pdf;

    DocumentController(Orders orders, OrderPdf pdf) {
        this.orders = orders;
        this.pdf = pdf;
    }

    @GetMapping("/orders/{id}/pdf")
    @RequiresPermission(PurchasingPermissions.READ)
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
        OrderView order = orders.find(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(order.number() + ".pdf").build().toString())
                .body(pdf.render(order, locale));
    }
}
