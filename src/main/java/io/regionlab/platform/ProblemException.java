package io.regionlab.platform;

import java.util.List;

/** A refusal the user can act on: it becomes a 4xx problem answer (API) or error page (browser). */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad request", detail, List.of());
    }

    /** A request whose field at {@code path} is wrong; the detail reads "path: message". */
    public static ProblemException invalid(String path, String message) {
        return new ProblemException(400, "Invalid request", path + ": " + message,
                List.of(new Problem.FieldError(path, message)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not found", detail, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
