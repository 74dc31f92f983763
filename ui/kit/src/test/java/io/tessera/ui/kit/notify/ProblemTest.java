package io.tessera.ui.kit.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ResponseStatusException;

@ViewPackages(packages = "io.tessera.ui.kit.notify")
class ProblemTest extends BrowserlessTest {

    record FieldErrorLike(String field, String message) {
    }

    record Order(@NotBlank String customer, @Positive BigDecimal amount) {
    }

    @Test
    void problemDetailsOfTheKernelKeepTitleDetailAndFieldErrors() {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "The request is invalid: name must not be blank");
        detail.setTitle("Unprocessable Entity");
        detail.setProperty("errors", List.of(new FieldErrorLike("name", "must not be blank"),
                Map.of("field", "amount", "message", "must be positive")));

        Problem problem = Problem.of(detail);

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.title()).isEqualTo("Unprocessable Entity");
        assertThat(problem.fieldErrors()).containsExactly(new Problem.FieldError("name", "must not be blank"),
                new Problem.FieldError("amount", "must be positive"));
        assertThat(problem.unexpected()).isFalse();
        assertThat(problem.text()).isEqualTo("Unprocessable Entity: The request is invalid: name must not be blank"
                + ". name: must not be blank. amount: must be positive");
    }

    @Test
    void problemJsonBodiesAreReadAndGarbageIsNotShown() {
        Problem problem = Problem.fromJson(409, """
                {"type":"about:blank","title":"Conflict","status":409,"detail":"module 'sales' has dependents",
                 "errors":[{"field":"cascade","message":"required"}]}""");
        assertThat(problem.title()).isEqualTo("Conflict");
        assertThat(problem.detail()).isEqualTo("module 'sales' has dependents");
        assertThat(problem.fieldErrors()).containsExactly(new Problem.FieldError("cascade", "required"));

        Problem garbage = Problem.fromJson(502, "<html><body>Bad gateway at java.lang.Thread.run</body></html>");
        assertThat(garbage.title()).isEqualTo("The action failed");
        assertThat(garbage.detail()).contains("502").doesNotContain("java.lang");
        assertThat(garbage.unexpected()).isTrue();
        assertThat(Problem.fromJson(500, "[1,2]").detail()).contains("could not be read");
    }

    @Test
    void exceptionsKeepTheirMeaningAlongTheCauseChainAndUnknownOnesRevealNothing() {
        assertThat(Problem.of(new ResponseStatusException(HttpStatus.NOT_FOUND, "No such deal")))
                .satisfies(p -> {
                    assertThat(p.status()).isEqualTo(404);
                    assertThat(p.detail()).isEqualTo("No such deal");
                });
        assertThat(Problem.of(new RuntimeException("tx", new OptimisticLockingFailureException("row 7 stale"))))
                .satisfies(p -> {
                    assertThat(p.status()).isEqualTo(409);
                    assertThat(p.text()).contains("changed by someone else").doesNotContain("row 7");
                });
        assertThat(Problem.of(new IllegalArgumentException("Amount must be positive")).detail())
                .isEqualTo("Amount must be positive");

        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        Locale.setDefault(Locale.ENGLISH);
        var violations = validator.validate(new Order(" ", new BigDecimal("-1")));
        Problem invalid = Problem.of(new IllegalStateException(new ConstraintViolationException(violations)));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.fieldErrors()).extracting(Problem.FieldError::field).containsExactly("amount", "customer");

        Problem unknown = Problem.of(new NullPointerException("Cannot invoke \"String.length()\" secret=42"));
        assertThat(unknown.unexpected()).isTrue();
        assertThat(unknown.text()).doesNotContain("secret").doesNotContain("NullPointer").contains("logged");
    }

    @Test
    void notificationsShowProblemsReadablyInTheUsersLanguage() {
        Notification ok = Notifications.success("Saved");
        roundTrip();
        assertThat(ok.getThemeNames()).contains(NotificationVariant.LUMO_SUCCESS.getVariantName());
        assertThat(test(ok).getText()).isEqualTo("Saved");
        assertThat(ok.getDuration()).isEqualTo(Notifications.SUCCESS_DURATION_MS);

        UI.getCurrent().setLocale(Locale.GERMAN);
        Notification error = Notifications.error(new IllegalStateException("boom <b>secret</b>"));
        roundTrip();
        String text = error.getElement().getTextRecursively();
        assertThat(text).contains("Etwas ist schiefgelaufen").doesNotContain("boom").doesNotContain("IllegalState");
        assertThat(error.getDuration()).isZero();
        assertThat(error.getThemeNames()).contains(NotificationVariant.LUMO_ERROR.getVariantName());

        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "<script>alert(1)</script>");
        detail.setTitle("Bad Request");
        Notification escaped = Notifications.error(Problem.of(detail));
        roundTrip();
        assertThat(escaped.getElement().getTextRecursively()).contains("<script>alert(1)</script>");
        assertThat(find(ProblemPanel.class).all()).allSatisfy(panel -> assertThat(panel.getElement()
                .getChild(0).getOuterHTML()).doesNotContain("<script>"));

        find(com.vaadin.flow.component.button.Button.class).withAttribute("aria-label", "Schließen")
                .all().getFirst().click();
        assertThat(error.isOpened()).isFalse();
    }
}
