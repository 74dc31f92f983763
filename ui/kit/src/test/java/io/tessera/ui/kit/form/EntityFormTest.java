package io.tessera.ui.kit.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

@ViewPackages(packages = "io.tessera.ui.kit.form")
class EntityFormTest extends BrowserlessTest {

    public static class Contact {
        @NotBlank
        @Size(max = 20)
        private String name;
        @Email
        private String email;
        @NotNull
        @Positive
        private BigDecimal budget;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public BigDecimal getBudget() {
            return budget;
        }

        public void setBudget(BigDecimal budget) {
            this.budget = budget;
        }
    }

    EntityForm<Contact> form;
    TextField name = new TextField("Name");
    EmailField email = new EmailField("Email");
    BigDecimalField budget = new BigDecimalField("Budget");
    Contact contact;
    List<Contact> saved = new ArrayList<>();
    int cancelled;

    @BeforeEach
    void showForm() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        form = new EntityForm<>(Contact.class);
        form.add(name, "name");
        form.add(email, "email");
        form.add(budget, "budget");
        form.onSave(saved::add);
        form.onCancel(() -> cancelled++);
        contact = new Contact();
        contact.setName("Ada");
        contact.setEmail("ada@example.com");
        contact.setBudget(new BigDecimal("1000.00"));
        form.edit(contact);
        UI.getCurrent().add(form);
    }

    @Test
    void fieldsShowTheBeanAndRequiredPropertiesAreMarked() {
        assertThat(name.getValue()).isEqualTo("Ada");
        assertThat(budget.getValue()).isEqualByComparingTo("1000");
        assertThat(name.isRequiredIndicatorVisible()).isTrue();
        assertThat(budget.isRequiredIndicatorVisible()).isTrue();
        assertThat(email.isRequiredIndicatorVisible()).isFalse();
    }

    @Test
    void invalidInputIsShownUnderItsFieldAndNothingIsSaved() {
        test(name).setValue("");
        test(budget).setValue(new BigDecimal("-5"));
        test(form.getSaveButton()).click();

        assertThat(saved).isEmpty();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("must not be blank");
        assertThat(budget.isInvalid()).isTrue();
        assertThat(budget.getErrorMessage()).isEqualTo("must be greater than 0");
        assertThat(email.isInvalid()).isFalse();
        assertThat(contact.getName()).as("buffered: the bean is untouched").isEqualTo("Ada");
    }

    @Test
    void validationMessagesFollowTheUsersLanguage() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        test(name).setValue("a name that is far too long for it");
        assertThat(name.getErrorMessage()).isEqualTo("Größe muss zwischen 0 und 20 sein");
        assertThat(form.getSaveButton().getText()).isEqualTo("Save");
        assertThat(new EntityForm<>(Contact.class).getSaveButton().getText()).isEqualTo("Speichern");
    }

    @Test
    void aValidSaveWritesTheBeanAndRunsTheHandler() {
        test(name).setValue("Ada Lovelace");
        test(form.getSaveButton()).click();

        assertThat(saved).containsExactly(contact);
        assertThat(contact.getName()).isEqualTo("Ada Lovelace");
        assertThat(form.getProblemPanel().isVisible()).isFalse();
        roundTrip();
        assertThat(test(find(Notification.class).single()).getText()).isEqualTo("Saved");
    }

    @Test
    void aServerProblemIsShownReadablyOnTheFormAndTheInputIsKept() {
        form.onSave(bean -> {
            ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The email is already taken");
            detail.setTitle("Conflict");
            detail.setProperty("errors", List.of(java.util.Map.of("field", "email", "message", "is already taken")));
            throw new ErrorResponseException(HttpStatus.CONFLICT, detail, null);
        });
        test(email).setValue("taken@example.com");

        assertThat(form.save()).isFalse();

        assertThat(form.getProblemPanel().isVisible()).isTrue();
        assertThat(form.getProblemPanel().getElement().getTextRecursively())
                .contains("Conflict").contains("The email is already taken").contains("email: is already taken");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("is already taken");
        assertThat(email.getValue()).isEqualTo("taken@example.com");

        form.onSave(bean -> {
            throw new IllegalStateException("connection reset by peer at 10.0.0.7");
        });
        assertThat(form.save()).isFalse();
        assertThat(form.getProblemPanel().getElement().getTextRecursively())
                .contains("Something went wrong").doesNotContain("10.0.0.7");
    }

    @Test
    void cancelResetsTheFieldsToTheBean() {
        test(name).setValue("Changed");
        test(form.getCancelButton()).click();

        assertThat(name.getValue()).isEqualTo("Ada");
        assertThat(contact.getName()).isEqualTo("Ada");
        assertThat(cancelled).isEqualTo(1);
        assertThat(saved).isEmpty();
    }
}
