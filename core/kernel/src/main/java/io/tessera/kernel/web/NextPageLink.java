package io.tessera.kernel.web;

import io.tessera.sdk.web.PageView;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The {@code next} link of every list page with a cursor ({@link PageView#next()}): an RFC 8288 {@code Link} header
 * with {@code rel="next"}, the same request (path and filters) with {@code after} set to the cursor and without a
 * page number, relative to the server, so a client follows links instead of counting pages.
 */
@ControllerAdvice
class NextPageLink implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return PageView.class.isAssignableFrom(returnType.getParameterType());
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof PageView<?> page && page.next() != null) {
            // relative (path and query), so that it stays right behind a proxy
            String link = UriComponentsBuilder.fromPath(request.getURI().getRawPath()).query(request.getURI().getRawQuery())
                    .replaceQueryParam("page")
                    .replaceQueryParam("after", page.next())
                    .build().toUriString();
            response.getHeaders().add(HttpHeaders.LINK, "<" + link + ">; rel=\"next\"");
        }
        return body;
    }
}
