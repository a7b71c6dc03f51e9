package org.xinfang.web.interfaces.rest.errors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.xinfang.core.application.documents.DocumentNotFoundException;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.web.interfaces.rest.ApiCaller;

/**
 * 404 naming the document: the case was found and is visible to the caller, so saying "no such case" (the
 * {@link CaseNotFoundMapper}'s answer for the exception this one extends) would send the client after the wrong id.
 */
@Provider
@ApplicationScoped
public class DocumentNotFoundMapper implements ExceptionMapper<DocumentNotFoundException> {

    @Inject
    ApiCaller caller;

    @Override
    public Response toResponse(DocumentNotFoundException e) {
        return ApiError.response(Response.Status.NOT_FOUND.getStatusCode(), "not_found", Messages.get(caller.locale(), "document.notFound",
                String.valueOf(e.getCaseId()), String.valueOf(e.getDocumentId())));
    }
}
