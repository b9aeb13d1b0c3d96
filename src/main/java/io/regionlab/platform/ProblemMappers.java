package io.regionlab.platform;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an answer a person can act on: {@code application/problem+json}
 * for the API, a readable page (or the sign-in page) in the browser. Class names and stack
 * traces never leave the server.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final Responder responder;

    public ProblemMappers(Responder responder) {
        this.responder = responder;
    }

    @ServerExceptionMapper
    public Response refused(ProblemException e, HttpServerRequest request) {
        return responder.problem(request, e.status(), e.title(), e.getMessage(), e.errors());
    }

    // Jackson's own mappers are registered for the specific exception types; these win over them.
    @ServerExceptionMapper(priority = 1)
    public Response unknownField(UnrecognizedPropertyException e, HttpServerRequest request) {
        return unreadableJson(e, request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e, HttpServerRequest request) {
        return unreadableJson(e, request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unparsable(JsonParseException e, HttpServerRequest request) {
        return unreadableJson(e, request);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, HttpServerRequest request) {
        if (isSyntaxError(e)) {
            var location = e.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            return responder.problem(request, 400, "Malformed JSON", "The request body is not valid JSON" + where + ".", List.of());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String path = JsonPaths.of(unknown);
            return responder.problem(request, 400, "Invalid request",
                    path + ": unknown field; expected one of " + unknown.getKnownPropertyIds(),
                    List.of(new Problem.FieldError(path, "unknown field")));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String path = JsonPaths.of(mapping);
            String message = "has the wrong type or form";
            return responder.problem(request, 400, "Invalid request", path + ": " + message,
                    List.of(new Problem.FieldError(path, message)));
        }
        return responder.problem(request, 400, "Invalid request", "The request body does not have the expected form.", List.of());
    }

    private static boolean isSyntaxError(JsonProcessingException e) {
        if (e instanceof JsonParseException) {
            return true;
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        return message.contains("end-of-input") || message.contains("Unexpected character") || message.contains("Unrecognized token");
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(JsonPaths.of(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b).orElse("");
        return responder.problem(request, 400, "Invalid request", detail, errors);
    }

    @ServerExceptionMapper(UnauthorizedException.class)
    public Response unauthenticated(HttpServerRequest request) {
        return responder.signInRequired(request);
    }

    @ServerExceptionMapper(AuthenticationFailedException.class)
    public Response signInFailed(HttpServerRequest request) {
        if (request.path().endsWith("/j_security_check")) {
            return Responder.wantsJson(request)
                    ? responder.problem(request, 401, "Sign-in failed", "That username and password do not match an account.", List.of())
                    : Response.seeOther(java.net.URI.create("/login/failed")).build();
        }
        return responder.signInRequired(request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return responder.problem(request, 403, "Forbidden", "Your role does not allow this.", List.of());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, request);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        return responder.problem(request, status, Response.Status.fromStatusCode(status) == null
                ? "Request refused" : Response.Status.fromStatusCode(status).getReasonPhrase(),
                Responder.detailFor(status, request), List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s %s", id, request.method(), request.path());
        return responder.problem(request, 500, "Internal error",
                "Something went wrong on our side. Reference: " + id, List.of());
    }

    /** Paths in the form the API documents: {@code items[2].chosen}. */
    static final class JsonPaths {
        private JsonPaths() {
        }

        static String of(JsonMappingException e) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : e.getPath()) {
                if (ref.getFieldName() != null) {
                    if (!path.isEmpty()) {
                        path.append('.');
                    }
                    path.append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return path.isEmpty() ? "(body)" : path.toString();
        }

        static String of(ConstraintViolation<?> violation) {
            // "answer.arg0.chosen" → "chosen": the method and parameter names mean nothing to a client.
            String full = violation.getPropertyPath().toString();
            String[] parts = full.split("\\.");
            return parts.length > 2 ? String.join(".", List.of(parts).subList(2, parts.length)) : parts[parts.length - 1];
        }
    }
}
