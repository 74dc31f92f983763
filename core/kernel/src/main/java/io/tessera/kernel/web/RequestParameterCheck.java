package io.tessera.kernel.web;

import io.tessera.sdk.web.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Refuses query, form and path parameters with control characters (other than tab, LF, CR) before any handler
 * runs: 422 naming every such parameter.
 */
final class RequestParameterCheck implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            boolean bad = TextRules.hasControlCharacter(parameter.getKey());
            for (String value : parameter.getValue()) {
                bad |= TextRules.hasControlCharacter(value);
            }
            if (bad) {
                errors.add(new ApiProblem.FieldError(parameter.getKey(), TextRules.MESSAGE));
            }
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> {
                if (value instanceof String text && TextRules.hasControlCharacter(text)) {
                    errors.add(new ApiProblem.FieldError(String.valueOf(name), TextRules.MESSAGE));
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(422, "The request is invalid: " + String.join(", ",
                    errors.stream().map(e -> e.field() + " " + e.message()).toList()), errors);
        }
        return true;
    }
}
