package io.tessera.plugins.inventory.transfer;

import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.PageView;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receipts, deliveries, adjustments, returns, scrap and internal transfers under {@code /api/v1/inventory}: drafts are created with 201,
 * validated (all, or the quantities given, the rest going to a backorder) or cancelled, deliveries reserved and unreserved;
 * adjustments, returns, scrap and internal transfers are done at once.
 */
@RestController
@RequestMapping("/api/v1/inventory")
class TransfersController {

    private static final String BASE = "/api/v1/inventory/";

    private final Transfers transfers;

    TransfersController(Transfers transfers) {
        this.transfers = transfers;
    }

    @PostMapping("/receipts")
    @RequiresPermission("inventory.write")
    ResponseEntity<TransferView> createReceipt(@RequestBody Requests.Receipt body) {
        return created("receipts/", transfers.createReceipt(body));
    }

    @GetMapping("/receipts")
    @RequiresPermission("inventory.read")
    PageView<TransferSummary> receipts(@RequestParam(required = false) String state,
                                       @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return transfers.list(Kind.RECEIPT, state, PageView.Paging.of(page, size));
    }

    @GetMapping("/deliveries")
    @RequiresPermission("inventory.read")
    PageView<TransferSummary> deliveries(@RequestParam(required = false) String state,
                                         @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return transfers.list(Kind.DELIVERY, state, PageView.Paging.of(page, size));
    }

    @GetMapping("/receipts/{id}")
    @RequiresPermission("inventory.read")
    TransferView receipt(@PathVariable UUID id) {
        return transfers.find(id, Kind.RECEIPT);
    }

    @PostMapping("/receipts/{id}/validate")
    @RequiresPermission("inventory.write")
    Transfers.ValidationView validateReceipt(@PathVariable UUID id, @RequestBody(required = false) Requests.Validate body) {
        return transfers.validate(id, Kind.RECEIPT, body);
    }

    @PostMapping("/deliveries")
    @RequiresPermission("inventory.write")
    ResponseEntity<TransferView> createDelivery(@RequestBody Requests.Delivery body) {
        return created("deliveries/", transfers.createDelivery(body));
    }

    @GetMapping("/deliveries/{id}")
    @RequiresPermission("inventory.read")
    TransferView delivery(@PathVariable UUID id) {
        return transfers.find(id, Kind.DELIVERY);
    }

    @PostMapping("/deliveries/{id}/reserve")
    @RequiresPermission("inventory.write")
    TransferView reserve(@PathVariable UUID id) {
        return transfers.reserve(id);
    }

    @PostMapping("/deliveries/{id}/unreserve")
    @RequiresPermission("inventory.write")
    TransferView unreserve(@PathVariable UUID id) {
        return transfers.unreserve(id);
    }

    @PostMapping("/deliveries/{id}/validate")
    @RequiresPermission("inventory.write")
    Transfers.ValidationView validateDelivery(@PathVariable UUID id, @RequestBody(required = false) Requests.Validate body) {
        return transfers.validate(id, Kind.DELIVERY, body);
    }

    @PostMapping("/adjustments")
    @RequiresPermission("inventory.manage")
    ResponseEntity<TransferView> adjust(@RequestBody Requests.Adjustment body) {
        return created("transfers/", transfers.adjust(body));
    }

    @PostMapping("/returns")
    @RequiresPermission("inventory.write")
    ResponseEntity<TransferView> returnMoves(@RequestBody Requests.Return body) {
        return created("transfers/", transfers.returnMoves(body));
    }

    @PostMapping("/internal-transfers")
    @RequiresPermission("inventory.write")
    ResponseEntity<TransferView> internal(@RequestBody Requests.Internal body) {
        return created("transfers/", transfers.internal(body));
    }

    @PostMapping("/scrap")
    @RequiresPermission("inventory.write")
    ResponseEntity<TransferView> scrap(@RequestBody Requests.Scrap body) {
        return created("transfers/", transfers.scrap(body));
    }

    @PostMapping("/receipts/{id}/cancel")
    @RequiresPermission("inventory.write")
    TransferView cancelReceipt(@PathVariable UUID id) {
        return transfers.cancel(id, Kind.RECEIPT);
    }

    @PostMapping("/deliveries/{id}/cancel")
    @RequiresPermission("inventory.write")
    TransferView cancelDelivery(@PathVariable UUID id) {
        return transfers.cancel(id, Kind.DELIVERY);
    }

    @PostMapping("/transfers/{id}/cancel")
    @RequiresPermission("inventory.write")
    TransferView cancel(@PathVariable UUID id) {
        return transfers.cancel(id, null);
    }

    @GetMapping("/transfers/{id}")
    @RequiresPermission("inventory.read")
    TransferView transfer(@PathVariable UUID id) {
        return transfers.find(id, null);
    }

    private static ResponseEntity<TransferView> created(String path, TransferView view) {
        return ResponseEntity.created(URI.create(BASE + path + view.id())).body(view);
    }
}
