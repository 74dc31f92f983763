package io.tessera.kernel.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.DeserializationFeature;

/**
 * What the API accepts from every module, configured once: the JSON reader of request bodies applies
 * {@link InputRulesModule} and refuses fractions for integers; query and path parameters pass
 * {@link RequestParameterCheck}; date parameters are ISO-8601 within the same {@link DateRange}.
 */
@Configuration(proxyBeanMethods = false)
class ApiInputConfiguration implements WebMvcConfigurer {

    private final DateRange dates;

    ApiInputConfiguration(@Value("${tessera.api.dates.earliest:1900-01-01}") LocalDate earliest,
                          @Value("${tessera.api.dates.latest:2999-12-31}") LocalDate latest) {
        this.dates = new DateRange(earliest, latest);
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.configureMessageConvertersList(this::withInputRules);
    }

    /** Puts a reader with the rules just before the JSON converter, which keeps writing every response as before. */
    private void withInputRules(List<HttpMessageConverter<?>> converters) {
        for (int i = 0; i < converters.size(); i++) {
            if (converters.get(i) instanceof JacksonJsonHttpMessageConverter json && !(json instanceof RequestReader)) {
                converters.add(i, new RequestReader(json.getMapper().rebuild()
                        .addModule(new InputRulesModule(dates))
                        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                        .build()));
                return;
            }
        }
    }

    /** Reads request bodies with the input rules; never writes (responses, byte[] included, stay as they were). */
    static final class RequestReader extends JacksonJsonHttpMessageConverter {
        RequestReader(tools.jackson.databind.json.JsonMapper mapper) {
            super(mapper);
        }

        @Override
        public boolean canWrite(Class<?> type, org.springframework.http.MediaType mediaType) {
            return false;
        }

        @Override
        public boolean canWrite(org.springframework.core.ResolvableType type, Class<?> valueClass,
                                org.springframework.http.MediaType mediaType) {
            return false;
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RequestParameterCheck()).addPathPatterns("/api/**");
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, LocalDate.class, checked(LocalDate::parse));
        registry.addConverter(String.class, Instant.class, checked(Instant::parse));
        registry.addConverter(String.class, OffsetDateTime.class, checked(OffsetDateTime::parse));
    }

    private <T extends java.time.temporal.Temporal> Converter<String, T> checked(Function<String, T> parse) {
        return text -> {
            if (text.isBlank()) {
                return null;
            }
            T value;
            try {
                value = parse.apply(text.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("must be an ISO-8601 value such as 2026-01-31", e);
            }
            if (!dates.contains(value)) {
                throw new DateOutOfRange(dates.message());
            }
            return value;
        };
    }

    /** A date parameter outside the {@link DateRange}: answered 422 naming the parameter. */
    static final class DateOutOfRange extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        DateOutOfRange(String message) {
            super(message);
        }
    }
}
