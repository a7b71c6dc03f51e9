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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

    /** The id of the "identifying" box beside the upload. */
    private static final String IDENTIFYING_FIELD = "attachmentIdentifying";

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
        private final boolean identifying;
        private final Long stepId;

        Row(Long id, DocumentKind kind, String number, String title, String fileName, String type, long size, String sizeText, String sha256, String createdBy, LocalDateTime createdAt, String href, boolean identifying, Long stepId) {
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
            this.identifying = identifying;
            this.stepId = stepId;
        }

        /** The step that issued this notice; null for an attachment. */
        public Long getStepId() {
            return stepId;
        }

        /** Marked on upload as showing who brought the case. */
        public boolean isIdentifying() {
            return identifying;
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
    private boolean identifying;
    /** The reason the keeper gave when revealing on this page; their links to identifying attachments carry it. */
    private String revealReason;

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

    /** The notice that step {@code stepId} issued, as this panel shows it (with its link when the user may open it); null when none. */
    public Row noticeOf(Long stepId) {
        return stepId == null ? null : getDocuments().stream()
                .filter(r -> r.getKind() == DocumentKind.NOTICE && stepId.equals(r.getStepId())).findFirst().orElse(null);
    }

    /**
     * A document's checksum for whoever compares a copy with the stored file: in the size's tooltip,
     * not as a column nobody else reads.
     */
    public String checksumOf(Row row) {
        return messages.text("documents.checksum", row.getSha256());
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

    /**
     * Called by the case page when its keeper has revealed the sealed identities: the identifying
     * attachments get their links, each opening logged as a reveal with the same reason.
     */
    void revealedWith(Long revealId, String reason) {
        this.revealReason = reason;
        rows = null;
    }

    public boolean isIdentifying() {
        return identifying;
    }

    public void setIdentifying(boolean identifying) {
        this.identifying = identifying;
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
            CaseDocument stored = attachments.add(webCaller.get(), caseId, file.getFileName(), typedTitle(event), content(file),
                    markedIdentifying(event));
            messages.info(target, messages.text("documents.uploaded", stored.getTitle(), FileSizes.format(stored.getSize()),
                    stored.getSha256()));
            title = null;
            identifying = false;
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

    /** The "identifying" box beside the upload, read as {@link #typedTitle} reads the title. */
    private boolean markedIdentifying(FileUploadEvent event) {
        UIComponent field = event.getComponent().findComponent(IDENTIFYING_FIELD);
        if (field instanceof EditableValueHolder input) {
            Object ticked = input.getSubmittedValue() != null ? input.getSubmittedValue() : input.getValue();
            return ticked != null && ("on".equals(ticked.toString()) || Boolean.parseBoolean(ticked.toString()));
        }
        return identifying;
    }

    /** At most the limit and one byte: enough to refuse a larger file without holding all of it. */
    private byte[] content(UploadedFile file) {
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, attachments.maxBytes() + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The link of a document: none when the caller may not open it (an identifying attachment of a
     * sealed case, unless they keep it), and for the keeper only after their reveal, with its reason.
     */
    private String href(String base, CaseDocuments.ShownDocument shown) {
        String href = base + "/" + caseId + "/" + shown.document().getId();
        if (!shown.openable()) {
            return null;
        }
        if (shown.sealed()) {
            return revealReason == null ? null : href + "?reason=" + URLEncoder.encode(revealReason, StandardCharsets.UTF_8);
        }
        return href;
    }

    private List<Row> load() {
        try {
            String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + DocumentDownload.PATH;
            return documents.shown(webCaller.get(), caseId).stream().map(shown -> {
                CaseDocument d = shown.document();
                return new Row(d.getId(), d.getKind(), d.getNumber(), shown.title(), shown.fileName(),
                        ScanType.labelOf(d.getContentType()), d.getSize(), FileSizes.format(d.getSize()), d.getSha256(),
                        d.getCreatedBy(), d.getCreatedAt(), href(base, shown), d.isIdentifying(), d.getStepId());
            }).toList();
        } catch (CaseNotFoundException notVisible) {
            return List.of();
        }
    }
}
