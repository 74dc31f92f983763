package io.tessera.kernel.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import tools.jackson.databind.ObjectMapper;

/**
 * A path under {@code /api/} that no handler serves answers 404 problem+json, before the catch-all mappings behind
 * it (static resources, and the UI's, which would answer 200 with its page and open a session). A known path with
 * another method still answers 405: the controllers' handler mapping decides that before this one is asked.
 */
@Configuration(proxyBeanMethods = false)
class UnknownApiPaths {

    /** After the controllers' handler mappings, before the catch-alls (which sit just above the lowest precedence). */
    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 10;

    @Bean
    SimpleUrlHandlerMapping unknownApiPathMapping(ObjectMapper json) {
        HttpRequestHandler notFound = (request, response) -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "about:blank");
            body.put("title", HttpStatus.NOT_FOUND.getReasonPhrase());
            body.put("status", HttpStatus.NOT_FOUND.value());
            body.put("detail", "No API resource at this path");
            body.put("instance", request.getRequestURI());
            response.setStatus(HttpStatus.NOT_FOUND.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), body);
        };
        return new SimpleUrlHandlerMapping(Map.of("/api/**", notFound), ORDER);
    }
}
