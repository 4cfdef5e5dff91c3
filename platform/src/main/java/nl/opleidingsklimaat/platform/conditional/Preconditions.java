package nl.opleidingsklimaat.platform.conditional;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import java.util.function.Supplier;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.problem.ProblemType;

/**
 * {@code If-Match} for changes: called inside the change's transaction, after the row is locked and before anything is
 * changed, with the representation the resource's GET returns now. Outside an HTTP request (the scheduler, a consumed
 * event) there is nothing to check. A tag that no longer matches is a 412 and nothing
 * changes (someone else changed it since the caller read it); where the operation requires the header, its absence
 * is a 428.
 */
@ApplicationScoped
public class Preconditions {
    @Inject
    CurrentVertxRequest currentRequest;

    @Inject
    EntityTags tags;

    /**
     * A change that needs no If-Match, but honours one. The representation is built only when the request carries
     * If-Match: a change without it costs nothing here.
     */
    public void honourIfMatch(Supplier<?> currentRepresentation) {
        check(null, currentRepresentation, false);
    }

    /** A change that must say which version it changes (428 without If-Match). */
    public void requireIfMatch(Supplier<?> currentRepresentation) {
        check(null, currentRepresentation, true);
    }

    /**
     * As {@link #honourIfMatch(Supplier)} for an entity not locked yet: when the request has an If-Match, the entity is
     * reloaded under a row lock first, so that no other change slips in between the check and this change.
     */
    public void honourIfMatch(Object entity, Supplier<?> currentRepresentation) {
        check(entity, currentRepresentation, false);
    }

    /** As {@link #requireIfMatch(Supplier)} for an entity not locked yet (see {@link #honourIfMatch(Object, Supplier)}). */
    public void requireIfMatch(Object entity, Supplier<?> currentRepresentation) {
        check(entity, currentRepresentation, true);
    }

    private Optional<RoutingContext> httpRequest() {
        return Arc.container().requestContext().isActive()
                ? Optional.ofNullable(currentRequest.getCurrent())
                : Optional.empty();
    }

    private void check(Object entityToLock, Supplier<?> currentRepresentation, boolean required) {
        Optional<RoutingContext> request = httpRequest();
        if (request.isEmpty()) {
            return; // a change of the service's own (the scheduler, an event): nobody read anything
        }
        String ifMatch = request.get().request().getHeader(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank()) {
            if (required) {
                throw new ProblemException(
                        ProblemType.PRECONDITION_REQUIRED,
                        "Send If-Match with the ETag of your last GET, so that a change made by someone else since"
                                + " is not overwritten");
            }
            return;
        }
        if (entityToLock != null) {
            Panache.getEntityManager().refresh(entityToLock, LockModeType.PESSIMISTIC_WRITE);
        }
        String current = tags.of(currentRepresentation.get());
        if (!EntityTags.listedStrongly(ifMatch, current)) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_FAILED,
                    "It was changed since you read it (its ETag is now " + current
                            + "); read it again and redo your change");
        }
    }
}
