package org.dateline.server;

/** A request the API refuses, with its HTTP status and a stable code. */
final class ApiError extends RuntimeException {
    final int status;
    final String code;

    ApiError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
