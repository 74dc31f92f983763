package io.tessera.kernel.security;

import io.tessera.kernel.web.UnreachableDatabase;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An API request that cannot reach the database (a failover, a node cut off) is answered 503 problem+json with
 * {@code Retry-After}, not left to the servlet container's error page — whose dispatch the UI's chain would answer with
 * a redirect to the sign-in page — and not 401, which would tell the client its credentials are wrong.
 */
final class DatabaseUnavailable extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "5";
    static final String DETAIL = "The database cannot be reached just now; try again in a few seconds";
    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    private final ProblemWriter problems;

    DatabaseUnavailable(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("{} {} answered 503: the database is unreachable ({})", request.getMethod(), request.getRequestURI(),
                    rootMessage(e));
            write(problems, request, response);
        }
    }

    /** Writes the 503 answer. */
    static void write(ProblemWriter problems, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, DETAIL, request.getRequestURI());
    }

    /** Whether the failure, or one of its causes, is that the database could not be reached. */
    static boolean causedBy(Throwable failure) {
        return UnreachableDatabase.causedBy(failure);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
