package io.tessera.kernel.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The rules of request bodies for every module, in one place (the JSON reader of the API): text without control
 * characters; dates and times only as ISO-8601 strings (no epoch numbers, no arrays) within the {@link DateRange};
 * decimals of a sane magnitude. A refused value is a {@link RejectedInput} at its JSON path.
 */
final class InputRulesModule extends SimpleModule {

    private static final long serialVersionUID = 1L;
    private static final Set<Class<?>> DATES = Set.of(LocalDate.class, LocalDateTime.class, OffsetDateTime.class,
            ZonedDateTime.class, Instant.class);
    /** More integer digits than any amount, quantity or rate a module stores (they keep at most 15). */
    static final int MAX_INTEGER_DIGITS = 30;
    /** More decimals than any column keeps. */
    static final int MAX_SCALE = 30;

    InputRulesModule(DateRange dates) {
        super("tessera-input-rules");
        setDeserializerModifier(new Rules(dates));
    }

    private static final class Rules extends ValueDeserializerModifier {
        private static final long serialVersionUID = 1L;
        private final DateRange dates;

        Rules(DateRange dates) {
            this.dates = dates;
        }

        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
                                                       ValueDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (type == String.class) {
                return new CheckedText(deserializer);
            }
            if (DATES.contains(type)) {
                return new CheckedDate(deserializer, dates, type);
            }
            if (type == BigDecimal.class) {
                return new CheckedDecimal(deserializer);
            }
            return deserializer;
        }
    }

    /** Text without control characters other than tab, LF and CR. */
    private static final class CheckedText extends DelegatingDeserializer {
        CheckedText(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new CheckedText(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            Object value = super.deserialize(p, ctxt);
            if (value instanceof String text && TextRules.hasControlCharacter(text)) {
                throw new RejectedInput(p, TextRules.MESSAGE, String.class);
            }
            return value;
        }
    }

    /** An ISO-8601 string in the date range. */
    private static final class CheckedDate extends DelegatingDeserializer {
        private final DateRange dates;
        private final Class<?> type;

        CheckedDate(ValueDeserializer<?> delegate, DateRange dates, Class<?> type) {
            super(delegate);
            this.dates = dates;
            this.type = type;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new CheckedDate(delegate, dates, type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new RejectedInput(p, type == LocalDate.class ? "must be an ISO-8601 date string such as 2026-01-31"
                        : "must be an ISO-8601 date-time string such as 2026-01-31T09:00:00Z", type);
            }
            Object value = super.deserialize(p, ctxt);
            if (value instanceof Temporal temporal && !dates.contains(temporal)) {
                throw new RejectedInput(p, dates.message(), type);
            }
            return value;
        }
    }

    /** A decimal of at most {@value #MAX_INTEGER_DIGITS} integer digits and {@value #MAX_SCALE} decimals. */
    private static final class CheckedDecimal extends DelegatingDeserializer {
        CheckedDecimal(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new CheckedDecimal(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            Object value = super.deserialize(p, ctxt);
            if (value instanceof BigDecimal decimal
                    && (decimal.precision() - decimal.scale() > MAX_INTEGER_DIGITS || decimal.scale() > MAX_SCALE)) {
                throw new RejectedInput(p, "is out of range (at most " + MAX_INTEGER_DIGITS + " integer digits and "
                        + MAX_SCALE + " decimals)", BigDecimal.class);
            }
            return value;
        }
    }
}
