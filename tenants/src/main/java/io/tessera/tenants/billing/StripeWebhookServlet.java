package io.tessera.tenants.billing;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/v1/billing/stripe/webhook}: anonymous (Stripe signs instead), no CSRF token, body capped. The
 * signature is verified on the raw body against every configured secret (rotation) with Stripe's tolerance; a verified
 * event is stored by its id and answered 200 at once, and the worker applies it. Tampered, unsigned or stale → 400, and
 * nothing is stored. A plain servlet rather than a controller: it must read the body exactly as sent, and it is the one
 * API entry point that no signed-in actor reaches.
 */
final class StripeWebhookServlet extends HttpServlet {

    static final String PATH = "/api/v1/billing/stripe/webhook";
    private static final Logger log = LoggerFactory.getLogger(StripeWebhookServlet.class);

    private final transient WebhookInbox inbox;
    private final transient WebhookWorker worker;
    private final List<String> secrets;
    private final int maxBytes;
    private final long toleranceSeconds;
    private final transient Clock clock;

    StripeWebhookServlet(WebhookInbox inbox, WebhookWorker worker, BillingProperties.Stripe properties, Clock clock) {
        this.inbox = inbox;
        this.worker = worker;
        this.secrets = properties.webhookSecret();
        this.maxBytes = properties.webhookMaxBytes();
        this.toleranceSeconds = properties.webhookTolerance().toSeconds();
        this.clock = clock;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            problem(response, 413, "The body is larger than " + maxBytes + " bytes");
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(maxBytes + 1);
        }
        if (body.length > maxBytes) {
            problem(response, 413, "The body is larger than " + maxBytes + " bytes");
            return;
        }
        String payload = new String(body, StandardCharsets.UTF_8);
        String signature = request.getHeader("Stripe-Signature");
        if (signature == null || signature.isBlank()) {
            problem(response, 400, "The Stripe-Signature header is missing");
            return;
        }
        Event event = verify(payload, signature);
        if (event == null) {
            problem(response, 400, "The signature does not match the body, or it is too old");
            return;
        }
        boolean stored = inbox.store(event.getId(), event.getType(), event.getApiVersion(), event.getCreated(),
                Boolean.TRUE.equals(event.getLivemode()), payload);
        if (stored) {
            worker.nudge();
        }
        response.setStatus(200);
        response.setContentType("application/json");
        response.getWriter().write("{\"received\":true,\"duplicate\":" + !stored + "}");
    }

    private Event verify(String payload, String signature) {
        for (String secret : secrets) {
            try {
                return Webhook.constructEvent(payload, signature, secret, toleranceSeconds, clock);
            } catch (SignatureVerificationException e) {
                log.debug("Stripe signature not made with this secret: {}", e.getMessage());
            }
        }
        log.warn("Stripe webhook refused: no configured secret verifies its signature (or it is older than {} s)",
                toleranceSeconds);
        return null;
    }

    private static void problem(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + (status == 413 ? "Content Too Large" : "Bad Request")
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\",\"instance\":\"" + PATH + "\"}");
    }
}
