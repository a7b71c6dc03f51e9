package org.xinfang.web.interfaces.rest.errors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xinfang.web.interfaces.rest.ApiCaller;
import org.xinfang.web.interfaces.rest.ApiMessages;

/**
 * A failure nobody foresaw: 500 in JSON with a reference the administrator finds in the server log,
 * and never the stack trace, which would show the client the server's insides. Two failures are
 * foreseen, each answered 503 with Retry-After, so that a client knows to try again rather than that
 * its request was wrong; the transaction was rolled back, nothing was saved: the database out of
 * reach (restarting, the network gone), and the database too busy — the request waited for a row
 * another transaction held (a unit's notice counter, under many writers of one unit) longer than the
 * lock timeout, or lost a deadlock.
 */
@Provider
@ApplicationScoped
public class UnexpectedErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());
    private static final int RETRY_AFTER_SECONDS = 10;
    private static final int BUSY_RETRY_AFTER_SECONDS = 2;

    @Inject
    ApiCaller caller;

    @Override
    public Response toResponse(Exception e) {
        Response prepared = preparedAnswer(e);
        if (prepared != null) {
            return prepared;
        }
        String reference = UUID.randomUUID().toString();
        if (databaseUnreachable(e)) {
            LOG.log(Level.WARNING, "REST API call " + reference + " found the database out of reach: " + e);
            return Response.fromResponse(ApiError.response(Response.Status.SERVICE_UNAVAILABLE.getStatusCode(),
                            "database_unavailable", ApiMessages.get(caller.locale(), "error.databaseUnavailable") + " (" + reference + ")"))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        if (databaseBusy(e)) {
            LOG.log(Level.WARNING, "REST API call " + reference + " gave up waiting for a lock: " + e);
            return Response.fromResponse(ApiError.response(Response.Status.SERVICE_UNAVAILABLE.getStatusCode(),
                            "database_busy", ApiMessages.get(caller.locale(), "error.databaseBusy") + " (" + reference + ")"))
                    .header("Retry-After", BUSY_RETRY_AFTER_SECONDS).build();
        }
        LOG.log(Level.SEVERE, "REST API failure " + reference, e);
        return ApiError.response(Response.Status.INTERNAL_SERVER_ERROR.getStatusCode(), "internal_error",
                ApiMessages.get(caller.locale(), "error.internal") + " (" + reference + ")");
    }

    /**
     * Whether the cause is a connection to the database that could not be had or was lost: SQL state class
     * 08 (connection exception), the JDBC connection exceptions, or the pool's own "cannot get a
     * connection" (a JCA ResourceException, named here so that the web module need not depend on JCA).
     */
    static boolean databaseUnreachable(Throwable e) {
        return anyCause(e, t -> t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                || t.getClass().getName().equals("jakarta.resource.ResourceException")
                || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException"));
    }

    /**
     * Whether the cause is a lock the request could not get in time or a deadlock it lost: SQL state
     * class 40 (transaction rollback: MySQL's deadlock and lock wait timeout), H2's lock timeout
     * (HYT00), and JPA's and Hibernate's exceptions for the same, named so that the web module need not
     * depend on Hibernate.
     */
    static boolean databaseBusy(Throwable e) {
        return anyCause(e, t -> t instanceof java.sql.SQLTransactionRollbackException || t instanceof java.sql.SQLTimeoutException
                || t instanceof jakarta.persistence.LockTimeoutException || t instanceof jakarta.persistence.PessimisticLockException
                || t instanceof SQLException sql && sql.getSQLState() != null
                        && (sql.getSQLState().startsWith("40") || sql.getSQLState().equals("HYT00"))
                || t.getClass().getName().equals("org.hibernate.exception.LockAcquisitionException")
                || t.getClass().getName().equals("org.hibernate.exception.LockTimeoutException")
                || t.getClass().getName().equals("org.hibernate.PessimisticLockException"));
    }

    /** Whether {@code e} or any of its causes is {@code wanted}: the database's answer is usually wrapped several times. */
    private static boolean anyCause(Throwable e, java.util.function.Predicate<Throwable> wanted) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (wanted.test(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The JAX-RS runtime signals some ordinary answers with exceptions of its own that carry the
     * response (RESTEasy answers OPTIONS with one holding the Allow list); a catch-all mapper sees
     * them first, so it hands their response back instead of calling them failures.
     */
    private static Response preparedAnswer(Exception e) {
        try {
            Object response = e.getClass().getMethod("getResponse").invoke(e);
            return response instanceof Response r ? r : null;
        } catch (ReflectiveOperationException | RuntimeException noResponse) {
            return null;
        }
    }
}
