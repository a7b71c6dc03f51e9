package org.xinfang.web.interfaces.web.cases;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.xinfang.core.application.cases.CaseNotFoundException;
import org.xinfang.core.application.documents.CaseDocuments;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.web.interfaces.Downloads;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * The download links of the case page: {@code /app/documents/{caseId}/{documentId}}. Under
 * {@code /app/*}, so only a signed-in user reaches it, and read through {@link CaseDocuments#read},
 * so only a document of a case the user sees comes back; anything else is 404, as for a missing case.
 */
@WebServlet(urlPatterns = DocumentDownload.PATH + "/*")
public class DocumentDownload extends HttpServlet {

    static final String PATH = "/app/documents";

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseDocuments documents;

    @Inject
    private WebCaller webCaller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] ids = request.getPathInfo() == null ? new String[0] : request.getPathInfo().substring(1).split("/");
        CaseDocuments.StoredFile file;
        try {
            if (ids.length != 2) {
                throw new NumberFormatException(request.getPathInfo());
            }
            file = documents.read(webCaller.get(), Long.valueOf(ids[0]), Long.valueOf(ids[1]), request.getParameter("reason"));
        } catch (NumberFormatException | CaseNotFoundException notVisible) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (NotPermittedException sealed) {
            // An identifying attachment of a sealed case, asked for by someone who does not keep it.
            response.sendError(HttpServletResponse.SC_FORBIDDEN, sealed.getMessage());
            return;
        } catch (InvalidInputException noReason) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, noReason.problems().get(0).message());
            return;
        }
        response.setContentType(file.document().getContentType());
        Downloads.headers(file.document().getFileName(), file.content().length).forEach(response::setHeader);
        response.getOutputStream().write(file.content());
    }
}
