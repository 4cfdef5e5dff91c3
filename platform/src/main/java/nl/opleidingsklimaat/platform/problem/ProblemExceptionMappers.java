package nl.opleidingsklimaat.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The platform's single mapping of exceptions to RFC 9457 problem+json. Nothing leaks a stack trace; unexpected
 * exceptions are logged with the correlation id the caller sees.
 */
public class ProblemExceptionMappers {
    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @Inject
    ProblemResponses problems;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return problems.build(e.type(), e.getMessage(), e.violations(), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldPath(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return problems.build(ProblemType.VALIDATION, ProblemException.describe(violations), violations, uri);
    }

    @ServerExceptionMapper({
        JsonProcessingException.class,
        MismatchedInputException.class,
        UnrecognizedPropertyException.class,
        InvalidFormatException.class
    })
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            String message = e.getOriginalMessage() == null ? "invalid value" : firstLine(e.getOriginalMessage());
            List<Problem.Violation> violations = List.of(new Problem.Violation(field, message));
            return problems.build(
                    ProblemType.VALIDATION,
                    "The request body does not match the expected form: " + field,
                    violations,
                    uri);
        }
        return problems.build(ProblemType.BAD_REQUEST, "The request body is not valid JSON", List.of(), uri);
    }

    @ServerExceptionMapper({
        UnauthorizedException.class,
        AuthenticationFailedException.class,
        AuthenticationCompletionException.class
    })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return problems.build(ProblemType.UNAUTHORIZED, "A valid bearer token is required", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problems.build(ProblemType.FORBIDDEN, "Your role does not allow this operation", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        QueryParameterConverters.InvalidQueryParameter invalidQuery = invalidQueryParameter(e);
        if (invalidQuery != null) {
            return problems.build(
                    ProblemType.BAD_REQUEST, invalidQuery.getMessage(), List.of(invalidQuery.violation()), uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        if (type.status() != status) {
            Problem problem = new Problem(
                    type.uri(),
                    Response.Status.fromStatusCode(status) == null
                            ? type.title()
                            : Response.Status.fromStatusCode(status).getReasonPhrase(),
                    status,
                    e.getMessage(),
                    uri == null ? null : uri.getPath(),
                    problems.correlationId(),
                    List.of());
            return Response.status(status)
                    .type(Problem.MEDIA_TYPE)
                    .entity(problem)
                    .build();
        }
        return problems.build(type, e.getMessage(), List.of(), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (UniqueConflicts.violatedConstraint(e).isPresent()) {
            return problems.build(
                    ProblemType.CONFLICT,
                    "This conflicts with data stored at the same moment by another request; read it again and retry",
                    List.of(),
                    uri);
        }
        LOG.errorf(e, "Unexpected error [correlationId=%s]", problems.correlationId());
        return problems.build(
                ProblemType.INTERNAL,
                "Something went wrong on our side. Quote correlation id " + problems.correlationId()
                        + " when reporting it.",
                List.of(),
                uri);
    }

    /** JAX-RS wraps a query parameter's conversion failure in a 404; ours carry the 400 the caller deserves. */
    private static QueryParameterConverters.InvalidQueryParameter invalidQueryParameter(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof QueryParameterConverters.InvalidQueryParameter invalid) {
                return invalid;
            }
        }
        return null;
    }

    private static String fieldPath(ConstraintViolation<?> violation) {
        StringBuilder properties = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null && properties.length() > 0) {
                    properties.append('[').append(node.getIndex()).append(']');
                }
                if (node.getName() != null) {
                    if (properties.length() > 0) {
                        properties.append('.');
                    }
                    properties.append(node.getName());
                }
            }
        }
        if (properties.length() > 0) {
            return properties.toString();
        }
        return parameter != null ? parameter : violation.getPropertyPath().toString();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
