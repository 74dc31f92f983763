package io.tessera.kernel.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Caps API request bodies: {@code tessera.api.max-body-size} (default 1MB), and {@code tessera.api.max-import-body-size}
 * (default 20MB) for import endpoints ({@code …/import}). A larger declared {@code Content-Length} is answered 413
 * problem+json before the body is read; a body without one (chunked) is cut when it passes the cap, which
 * {@link ProblemDetailsAdvice} answers 413 as well. Runs after the security filters.
 */
@Component
@Order(0)
class RequestBodyLimit extends OncePerRequestFilter {

    private final long maxBody;
    private final long maxImportBody;
    private final ObjectMapper json;

    RequestBodyLimit(@Value("${tessera.api.max-body-size:1MB}") DataSize maxBody,
                     @Value("${tessera.api.max-import-body-size:20MB}") DataSize maxImportBody, ObjectMapper json) {
        this.maxBody = maxBody.toBytes();
        this.maxImportBody = maxImportBody.toBytes();
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = request.getRequestURI().endsWith("/import") ? maxImportBody : maxBody;
        if (request.getContentLengthLong() > limit) {
            tooLarge(request, response, limit);
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", HttpStatus.CONTENT_TOO_LARGE.getReasonPhrase());
        body.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
        body.put("detail", message(limit));
        body.put("instance", request.getRequestURI());
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }

    static String message(long limit) {
        return "The request body is larger than the " + limit + " bytes this endpoint accepts";
    }

    /** Thrown while reading a body past the cap. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        private final long limit;

        TooLarge(long limit) {
            super(message(limit));
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > limit) {
                throw new TooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
