package io.tessera.plugins.leads;

import io.tessera.plugins.leads.LeadRequests.LeadRequest;
import io.tessera.plugins.leads.LeadRequests.PublicSubmission;
import io.tessera.sdk.security.PublicEndpoint;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/leads/public/{key}/submissions}: a web form's submissions, anonymous, as JSON or as a
 * plain HTML form post. The kernel has already found the tenant by the key. Spam guards: a honeypot field
 * ({@code website}, hidden from people, so a filled one means a bot: answered like a success, stored
 * nowhere) and at most {@code tessera.leads.form.rate-limit} submissions per form and client address per
 * {@code tessera.leads.form.rate-window}, counted in the database so that the limit holds across nodes
 * (429 with Retry-After; see {@link SubmissionThrottle}).
 */
@RestController
class PublicFormController {

    private final FormService forms;
    private final SubmissionThrottle throttle;

    PublicFormController(FormService forms, SubmissionThrottle throttle) {
        this.forms = forms;
        this.throttle = throttle;
    }

    @PublicEndpoint
    @PostMapping(path = "/api/v1/leads/public/{key}/submissions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> submitJson(@PathVariable String key, @Valid @RequestBody PublicSubmission body,
                                                   HttpServletRequest request) {
        return submit(key, body, request);
    }

    @PublicEndpoint
    @PostMapping(path = "/api/v1/leads/public/{key}/submissions", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Map<String, Object>> submitForm(@PathVariable String key, @Valid @ModelAttribute PublicSubmission body,
                                                   HttpServletRequest request) {
        return submit(key, body, request);
    }

    private ResponseEntity<Map<String, Object>> submit(String key, PublicSubmission body, HttpServletRequest request) {
        throttle.tryAcquire(key, request.getRemoteAddr()).ifPresent(wait -> {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                    "Too many submissions from your address; try again in " + wait.toSeconds() + " s");
            problem.setTitle(HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase());
            ErrorResponseException e = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS, problem, null);
            e.getHeaders().set("Retry-After", Long.toString(wait.toSeconds()));
            throw e;
        });
        if (body.website() == null || body.website().isBlank()) {
            forms.submit(key, new LeadRequest(body.name(), body.email(), body.company(), body.phone(), null,
                    body.message(), null, null));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("received", true));
    }
}
