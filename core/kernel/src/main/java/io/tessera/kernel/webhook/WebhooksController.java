package io.tessera.kernel.webhook;

import io.tessera.kernel.access.KernelPermissions;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/admin/webhooks}: subscribe (the signing secret is shown once), list, delete, deliveries, redeliver. */
@RestController
@RequestMapping("/api/v1/admin/webhooks")
@RequiresPermission(KernelPermissions.TENANT_ADMIN)
class WebhooksController {

    private final Webhooks webhooks;

    WebhooksController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    /**
     * A new subscription.
     *
     * @param url    an https URL on a public address
     * @param events event types, e.g. {@code invoice.posted}
     */
    record NewWebhook(String url, List<String> events) {
    }

    @PostMapping
    ResponseEntity<Webhooks.Subscription> create(@RequestBody NewWebhook body) {
        Webhooks.Subscription created = webhooks.create(body.url(), body.events());
        return ResponseEntity.created(URI.create("/api/v1/admin/webhooks/" + created.id())).body(created);
    }

    @GetMapping
    Map<String, Object> list() {
        return Map.of("items", webhooks.list());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        webhooks.delete(id);
    }

    /** Deliveries newest first with every attempt (time, status or error); keyset paging with {@code before} = the last id. */
    @GetMapping("/{id}/deliveries")
    Map<String, Object> deliveries(@PathVariable UUID id, @RequestParam(required = false) UUID before,
                                   @RequestParam(defaultValue = "50") int size) {
        if (size < 1 || size > 200) {
            throw ApiProblem.invalid("size", "must be 1 to 200");
        }
        List<Webhooks.Delivery> items = webhooks.deliveries(id, before, size);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", items);
        page.put("next", items.size() == size ? items.getLast().id() : null);
        return page;
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/redeliver")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void redeliver(@PathVariable UUID id, @PathVariable UUID deliveryId) {
        webhooks.redeliver(id, deliveryId);
    }
}
