package io.tessera.tenants.identity;

import org.springframework.http.HttpStatus;

/** The identity directory refused a change or could not be reached; {@link #status()} is what the API answers. */
public class IdentityDirectoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;

    /**
     * @param status the API status to answer: 409 for a conflict there, 422 for input it refused, 502 otherwise
     * @param message a readable cause
     * @param cause   the underlying failure, or {@code null}
     */
    public IdentityDirectoryException(HttpStatus status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status the API answers. */
    public HttpStatus status() {
        return status;
    }
}
