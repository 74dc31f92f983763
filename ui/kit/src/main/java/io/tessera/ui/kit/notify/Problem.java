package io.tessera.ui.kit.notify;

import io.tessera.ui.kit.i18n.KitMessages;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import io.tessera.sdk.web.ApiProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An error as the user should read it: a title, a detail sentence and the fields at fault, in the
 * shape of RFC 9457 problem details (the kernel's API errors list fields under {@code errors}).
 *
 * @param status      the HTTP status it corresponds to (500 when unknown)
 * @param title       a short summary, e.g. "Unprocessable Entity" or "Invalid input"
 * @param detail      a human-readable explanation; may be empty
 * @param fieldErrors the fields at fault, in order
 * @param unexpected  whether this stands for an unexpected exception (a bug or an outage), which
 *                    is logged with its stack trace and shown only as a generic message
 */
public record Problem(int status, String title, String detail, List<FieldError> fieldErrors, boolean unexpected) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Validates the problem and copies the field errors.
     *
     * @throws IllegalArgumentException if the title is blank
     */
    public Problem {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        detail = Objects.requireNonNullElse(detail, "");
        fieldErrors = List.copyOf(Objects.requireNonNullElse(fieldErrors, List.of()));
    }

    /**
     * One field at fault.
     *
     * @param field   the property path, e.g. {@code amount} or {@code address.city}
     * @param message what is wrong, e.g. "must not be blank"
     */
    public record FieldError(String field, String message) {
    }

    /**
     * The problem an exception stands for. Known exceptions (searched along the cause chain) keep
     * their meaning: Spring's {@link ErrorResponse} (e.g. {@code ResponseStatusException}) its
     * problem detail, the SDK's {@link ApiProblem} its status, detail and field errors, a Jakarta {@link ConstraintViolationException} its violations as field errors,
     * an optimistic locking failure a "changed by someone else" conflict, an
     * {@link IllegalArgumentException} its message (the kernel's convention for rejected input).
     * Anything else is {@linkplain #unexpected() unexpected}: a generic message that reveals nothing
     * of the exception.
     *
     * @param error the exception
     * @return the problem to show
     */
    public static Problem of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ErrorResponse response) {
                return of(response.getBody());
            }
            if (t instanceof ApiProblem problem) {
                return of(problem);
            }
            if (t instanceof ConstraintViolationException violations) {
                return ofViolations(violations.getConstraintViolations());
            }
            if (t instanceof OptimisticLockingFailureException) {
                return new Problem(409, KitMessages.get("kit.problem.conflict.title"),
                        KitMessages.get("kit.problem.conflict.detail"), List.of(), false);
            }
            if (t instanceof IllegalArgumentException && t.getMessage() != null) {
                return new Problem(422, KitMessages.get("kit.problem.invalid.title"), t.getMessage(), List.of(), false);
            }
        }
        return new Problem(500, KitMessages.get("kit.problem.unexpected.title"),
                KitMessages.get("kit.problem.unexpected.detail"), List.of(), true);
    }

    /**
     * The problem a module's {@link ApiProblem} (the SDK's API error) describes, with its field errors.
     *
     * @param problem the API problem
     * @return the problem to show
     */
    public static Problem of(ApiProblem problem) {
        String title = switch (problem.status()) {
            case 400, 422 -> KitMessages.get("kit.problem.invalid.title");
            case 409 -> KitMessages.get("kit.problem.conflict.title");
            default -> KitMessages.get("kit.problem.failed.title");
        };
        List<FieldError> fields = problem.errors().stream()
                .map(e -> new FieldError(e.field(), e.message())).toList();
        return new Problem(problem.status(), title, problem.getMessage(), fields, problem.status() >= 500);
    }

    /**
     * The problem a Spring {@link ProblemDetail} describes, with the field errors of its
     * {@code errors} property (objects or maps with {@code field} and {@code message}).
     *
     * @param detail the problem detail
     * @return the problem to show
     */
    public static Problem of(ProblemDetail detail) {
        Object errors = detail.getProperties() == null ? null : detail.getProperties().get("errors");
        List<FieldError> fields = new ArrayList<>();
        if (errors instanceof Collection<?> items) {
            for (Object item : items) {
                fields.add(new FieldError(String.valueOf(component(item, "field")),
                        String.valueOf(component(item, "message"))));
            }
        }
        String title = detail.getTitle() != null ? detail.getTitle() : KitMessages.get("kit.problem.failed.title");
        return new Problem(detail.getStatus(), title, detail.getDetail(), fields, detail.getStatus() >= 500);
    }

    /**
     * The problem a problem+json response body describes ({@code title}, {@code status},
     * {@code detail}, {@code errors[].field}/{@code .message}); a body that is not such JSON gives a
     * generic "the server's answer could not be read" problem with the given status.
     *
     * @param status the HTTP status of the response
     * @param body   the response body
     * @return the problem to show
     */
    public static Problem fromJson(int status, String body) {
        JsonNode root;
        try {
            root = JSON.readTree(Objects.requireNonNullElse(body, ""));
        } catch (JacksonException e) {
            return new Problem(status, KitMessages.get("kit.problem.failed.title"),
                    KitMessages.get("kit.problem.unreadable", status), List.of(), status >= 500);
        }
        if (root == null || !root.isObject()) {
            return new Problem(status, KitMessages.get("kit.problem.failed.title"),
                    KitMessages.get("kit.problem.unreadable", status), List.of(), status >= 500);
        }
        List<FieldError> fields = new ArrayList<>();
        for (JsonNode error : root.path("errors")) {
            fields.add(new FieldError(error.path("field").asString(""), error.path("message").asString("")));
        }
        String title = root.path("title").asString("");
        return new Problem(root.path("status").asInt(status),
                title.isBlank() ? KitMessages.get("kit.problem.failed.title") : title,
                root.path("detail").asString(""), fields, status >= 500);
    }

    /**
     * The whole problem as one line of plain text: title, detail and each field error.
     *
     * @return e.g. "Invalid input: The request is invalid. amount: must be positive"
     */
    public String text() {
        StringBuilder text = new StringBuilder(title);
        if (!detail.isBlank()) {
            text.append(": ").append(detail);
        }
        for (FieldError error : fieldErrors) {
            text.append(". ").append(error.field()).append(": ").append(error.message());
        }
        return text.toString();
    }

    private static Problem ofViolations(Collection<? extends ConstraintViolation<?>> violations) {
        List<FieldError> fields = violations.stream()
                .map(v -> new FieldError(String.valueOf(v.getPropertyPath()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .toList();
        return new Problem(422, KitMessages.get("kit.problem.invalid.title"),
                KitMessages.get("kit.problem.invalid.detail"), fields, false);
    }

    private static Object component(Object item, String name) {
        if (item instanceof Map<?, ?> map) {
            return map.get(name);
        }
        if (item != null && item.getClass().isRecord()) {
            for (RecordComponent component : item.getClass().getRecordComponents()) {
                if (component.getName().equals(name)) {
                    try {
                        component.getAccessor().setAccessible(true);
                        return component.getAccessor().invoke(item);
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        throw new IllegalStateException("Cannot read '" + name + "' of a field error " + item.getClass(), e);
                    }
                }
            }
        }
        return item;
    }
}
