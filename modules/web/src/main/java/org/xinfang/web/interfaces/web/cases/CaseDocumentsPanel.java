package org.xinfang.web.interfaces.web.cases;

import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.xinfang.core.application.cases.CaseNotFoundException;
import org.xinfang.core.application.documents.Attachments;
import org.xinfang.core.application.documents.CaseDocuments;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.domain.model.document.CaseDocument;
import org.xinfang.core.domain.model.document.DocumentKind;
import org.xinfang.core.domain.model.document.FileSizes;
import org.xinfang.core.domain.model.document.ScanType;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * The documents panel of the case page ({@code /WEB-INF/includes/case-documents.xhtml}): the notices
 * and attachments of the case, each to download, and the upload of a scan for those who work on the
 * case. The page hands the case's id in ({@code <ui:param name="caseId">}); everything goes through
 * the scoped use cases, so a case the user cannot see shows nothing.
 */
@Named("caseDocuments")
@ViewScoped
public class CaseDocumentsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The id of the title field beside the upload, in the same form. */
    private static final String TITLE_FIELD = "attachmentTitle";

    /**
     * One row of the panel: plain values, so the view scope can hold it; a class with getters, as
     * Jakarta EL 5 does not read record components.
     */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Long id;
        private final DocumentKind kind;
        private final String number;
        private final String title;
        private final String fileName;
        private final String type;
        private final long size;
        private final String sizeText;
        private final String sha256;
        private final String createdBy;
        private final LocalDateTime createdAt;
        private final String href;

        Row(Long id, DocumentKind kind, String number, String title, String fileName, String type, long size, String sizeText, String sha256, String createdBy, LocalDateTime createdAt, String href) {
            this.id = id;
            this.kind = kind;
            this.number = number;
            this.title = title;
            this.fileName = fileName;
            this.type = type;
            this.size = size;
            this.sizeText = sizeText;
            this.sha256 = sha256;
            this.createdBy = createdBy;
            this.createdAt = createdAt;
            this.href = href;
        }

        public Long getId() {
            return id;
        }

        public DocumentKind getKind() {
            return kind;
        }

        public String getNumber() {
            return number;
        }

        public String getTitle() {
            return title;
        }

        public String getFileName() {
            return fileName;
        }

        public String getType() {
            return type;
        }

        public long getSize() {
            return size;
        }

        public String getSizeText() {
            return sizeText;
        }

        public String getSha256() {
            return sha256;
        }

        public String getCreatedBy() {
            return createdBy;
        }

        public LocalDateTime getCreatedAt() {
            return createdAt;
        }

        public String getHref() {
            return href;
        }

        /** The first 12 hex digits: enough to compare by eye; the full value is on hover. */
        public String getShortSha256() {
            return sha256.substring(0, 12) + "…";
        }
    }

    @Inject
    private CaseDocuments documents;

    @Inject
    private Attachments attachments;

    @Inject
    private WebCaller webCaller;

    @Inject
    private UiMessages messages;

    private Long caseId;
    private List<Row> rows;
    private Boolean mayAdd;
    private String title;

    public Long getCaseId() {
        return caseId;
    }

    /** Set by the page each time it builds the panel; a different case starts afresh. */
    public void setCaseId(Long caseId) {
        if (caseId != null && !caseId.equals(this.caseId)) {
            this.caseId = caseId;
            rows = null;
            mayAdd = null;
        }
    }

    public List<Row> getDocuments() {
        if (rows == null) {
            rows = caseId == null ? List.of() : load();
        }
        return rows;
    }

    public boolean isMayAdd() {
        if (mayAdd == null) {
            mayAdd = caseId != null && attachments.mayAdd(webCaller.get(), caseId);
        }
        return mayAdd;
    }

    public int getMaxMegabytes() {
        return attachments.maxMegabytes();
    }

    public long getMaxBytes() {
        return attachments.maxBytes();
    }

    /** What the browser says, before sending anything, about a file over the limit. */
    public String getTooLargeMessage() {
        return messages.text("documents.upload.tooLarge", getMaxMegabytes());
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** The upload's listener: stores the file or says, on the upload, why it was refused. */
    public void upload(FileUploadEvent event) {
        String target = event.getComponent().getClientId();
        UploadedFile file = event.getFile();
        try {
            CaseDocument stored = attachments.add(webCaller.get(), caseId, file.getFileName(), typedTitle(event), content(file));
            messages.info(target, messages.text("documents.uploaded", stored.getTitle(), FileSizes.format(stored.getSize()),
                    stored.getSha256()));
            title = null;
        } catch (InvalidInputException refused) {
            refused.problems().forEach(p -> messages.error(target, p.message()));
        } catch (NotPermittedException | CaseNotFoundException notAllowed) {
            messages.error(target, notAllowed instanceof NotPermittedException ? notAllowed.getMessage()
                    : messages.text("view.notFound.text"));
        }
        rows = null;
    }

    /**
     * The title typed beside the upload. The upload's event may fire before the title reaches
     * {@link #title}, so it is read from the title field: as submitted, else as converted.
     */
    private String typedTitle(FileUploadEvent event) {
        UIComponent field = event.getComponent().findComponent(TITLE_FIELD);
        if (field instanceof EditableValueHolder input) {
            Object typed = input.getSubmittedValue() != null ? input.getSubmittedValue() : input.getValue();
            return typed == null ? null : typed.toString();
        }
        return title;
    }

    /** At most the limit and one byte: enough to refuse a larger file without holding all of it. */
    private byte[] content(UploadedFile file) {
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, attachments.maxBytes() + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Row> load() {
        try {
            String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + DocumentDownload.PATH;
            return documents.list(webCaller.get(), caseId).stream().map(d -> new Row(d.getId(), d.getKind(), d.getNumber(),
                    d.getTitle(), d.getFileName(), ScanType.labelOf(d.getContentType()), d.getSize(), FileSizes.format(d.getSize()),
                    d.getSha256(), d.getCreatedBy(), d.getCreatedAt(), base + "/" + caseId + "/" + d.getId())).toList();
        } catch (CaseNotFoundException notVisible) {
            return List.of();
        }
    }
}
