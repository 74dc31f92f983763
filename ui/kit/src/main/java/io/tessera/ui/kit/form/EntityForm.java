package io.tessera.ui.kit.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import com.vaadin.flow.data.binder.ValidationException;
import io.tessera.ui.kit.i18n.KitMessages;
import io.tessera.ui.kit.notify.Notifications;
import io.tessera.ui.kit.notify.Problem;
import io.tessera.ui.kit.notify.ProblemPanel;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A form for one bean, validated by the Jakarta validation annotations of its properties
 * ({@code @NotBlank}, {@code @Size}, {@code @Email}, {@code @Positive}…).
 *
 * <p>Fields are added with the name of the property they edit; required properties get the required
 * indicator, and each violation is shown under its field, in the user's language, as the user types
 * and again on save. The form is buffered: the bean changes only when a save passes validation, and
 * the {@linkplain #onSave save handler} (typically a transactional service call) then persists it. If
 * the handler throws, the form shows the {@link Problem} above the buttons, marks the fields the
 * problem names, keeps everything the user typed, and logs unexpected errors; it never shows a stack
 * trace. After a failed save the bean holds the values written to it: cancel, or reload it, rather
 * than reuse it elsewhere.
 *
 * <pre>{@code
 * EntityForm<Deal> form = new EntityForm<>(Deal.class);
 * form.add(new TextField(getTranslation("pipeline.deal.name")), "name");
 * form.add(new BigDecimalField(getTranslation("pipeline.deal.amount")), "amount");
 * form.onSave(deals::save);
 * form.edit(deal);
 * }</pre>
 *
 * @param <T> the bean type
 */
public class EntityForm<T> extends Composite<VerticalLayout> {

    private static final Logger log = LoggerFactory.getLogger(EntityForm.class);

    private final BeanValidationBinder<T> binder;
    private final FormLayout fields = new FormLayout();
    private final ProblemPanel problem = new ProblemPanel();
    private final Button save = new Button(KitMessages.get("kit.form.save"));
    private final Button cancel = new Button(KitMessages.get("kit.form.cancel"));
    private SaveHandler<T> saveHandler;
    private Runnable cancelHandler = () -> { };
    private T bean;

    /**
     * A form for beans of a type.
     *
     * @param beanType the bean class whose validation annotations apply
     */
    public EntityForm(Class<T> beanType) {
        binder = new BeanValidationBinder<>(beanType);
        // Vaadin's default marks @NotNull, @NotEmpty and @Size(min > 0) as required; @NotBlank is too
        binder.setRequiredConfigurator(RequiredFieldConfigurator.DEFAULT
                .chain((annotation, binding) -> annotation.annotationType() == NotBlank.class));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.setEnabled(false);
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> cancel());
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.add(fields, problem, new HorizontalLayout(save, cancel));
    }

    /**
     * Adds a field to the layout and binds it to a property, validated by its annotations.
     *
     * @param field    the field, with its (translated) label
     * @param property the bean property it edits, e.g. {@code amount} or {@code address.city}
     * @param <V>      the value type
     * @param <F>      the field type
     * @return the binding, for converters or extra validators
     */
    public <V, F extends Component & HasValue<?, V>> Binder.Binding<T, V> add(F field, String property) {
        fields.add(field);
        return binder.forField(field).bind(property);
    }

    /**
     * Adds a component that is not bound (a heading, a read-only value).
     *
     * @param component the component
     */
    public void addComponent(Component component) {
        fields.add(component);
    }

    /**
     * Shows a bean in the form; the bean is not changed until a save passes validation.
     *
     * @param bean the bean to edit
     */
    public void edit(T bean) {
        this.bean = Objects.requireNonNull(bean, "bean");
        problem.clear();
        binder.readBean(bean);
        save.setEnabled(saveHandler != null);
    }

    /**
     * Sets what a valid save does; an exception it throws is shown as a {@link Problem}.
     *
     * @param handler persists the bean, e.g. a transactional service method
     */
    public void onSave(SaveHandler<T> handler) {
        this.saveHandler = Objects.requireNonNull(handler, "handler");
        save.setEnabled(bean != null);
    }

    /**
     * Sets what cancel does after the fields are reset to the bean, e.g. close a dialog.
     *
     * @param handler the cancel action
     */
    public void onCancel(Runnable handler) {
        this.cancelHandler = Objects.requireNonNull(handler, "handler");
    }

    /**
     * Validates, writes the bean and runs the save handler.
     *
     * @return whether the bean was saved
     */
    public boolean save() {
        if (bean == null || saveHandler == null) {
            throw new IllegalStateException("edit(bean) and onSave(handler) come before save()");
        }
        problem.clear();
        try {
            binder.writeBean(bean);
        } catch (ValidationException invalid) {
            binder.validate();
            return false;
        }
        try {
            saveHandler.save(bean);
        } catch (RuntimeException e) {
            showProblem(e);
            return false;
        }
        Notifications.success(KitMessages.get("kit.form.saved"));
        return true;
    }

    /** Resets the fields to the bean's values and runs the cancel handler. */
    public void cancel() {
        problem.clear();
        if (bean != null) {
            binder.readBean(bean);
        }
        cancelHandler.run();
    }

    /**
     * The binder, for bindings with converters or cross-field validators.
     *
     * @return the bean validation binder
     */
    public BeanValidationBinder<T> getBinder() {
        return binder;
    }

    /**
     * The save button.
     *
     * @return the button
     */
    public Button getSaveButton() {
        return save;
    }

    /**
     * The cancel button.
     *
     * @return the button
     */
    public Button getCancelButton() {
        return cancel;
    }

    /**
     * The panel that shows a failed save's problem.
     *
     * @return the panel; hidden when there is no problem
     */
    public ProblemPanel getProblemPanel() {
        return problem;
    }

    private void showProblem(RuntimeException error) {
        Problem shown = Problem.of(error);
        if (shown.unexpected()) {
            log.error("Unexpected error saving {}", bean.getClass().getName(), error);
        }
        problem.show(shown);
        for (Problem.FieldError fieldError : shown.fieldErrors()) {
            binder.getBinding(fieldError.field())
                    .map(Binder.Binding::getField)
                    .filter(HasValidation.class::isInstance)
                    .map(HasValidation.class::cast)
                    .ifPresent(field -> {
                        field.setErrorMessage(fieldError.message());
                        field.setInvalid(true);
                    });
        }
    }

    /**
     * Persists a valid bean.
     *
     * @param <T> the bean type
     */
    @FunctionalInterface
    public interface SaveHandler<T> {
        /**
         * Saves the bean; throw to refuse (the form shows the problem and loses no input).
         *
         * @param bean the bean with the form's values written to it
         */
        void save(T bean);
    }
}
