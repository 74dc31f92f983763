/**
 * Consistent feedback: {@link io.tessera.ui.kit.notify.Notifications} for success and error toasts,
 * {@link io.tessera.ui.kit.notify.Problem} turning an exception, a Spring {@code ProblemDetail} or a
 * problem+json body (RFC 9457) into title, detail and field errors, and
 * {@link io.tessera.ui.kit.notify.ProblemPanel} showing one inline. A stack trace is never shown;
 * unexpected exceptions are logged.
 */
package io.tessera.ui.kit.notify;
