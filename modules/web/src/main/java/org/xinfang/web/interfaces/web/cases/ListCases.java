package org.xinfang.web.interfaces.web.cases;

import org.primefaces.model.StreamedContent;
import org.xinfang.core.application.export.ListExports;
import org.xinfang.web.interfaces.web.Downloads;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.xinfang.api.model.Channel;
import org.primefaces.component.datatable.DataTable;
import org.xinfang.core.application.cases.CaseService;
import org.xinfang.core.application.cases.SavedFilters;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.RecordNotFoundException;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.procedure.ClockReading;
import org.xinfang.core.application.procedure.ProcedureEngine;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseQuery;
import org.xinfang.core.domain.model.cases.Page;
import org.xinfang.core.domain.model.cases.SavedCaseFilter;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * The case list: the caller's cases a page at a time, filtered and sorted in the database by the
 * case service (which also keeps the list to the caller's units).
 */
@Named
@ViewScoped
public class ListCases implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 20;

    private static final String TABLE_ID = "cases:table";

    @Inject
    private ProcedureEngine engine;

    @Inject
    private CaseService cases;

    @Inject
    private WebCaller webCaller;

    @Inject
    private UiMessages messages;

    @Inject
    private IdentityDisclosure disclosure;

    @Inject
    private ListExports exports;

    @Inject
    private SavedFilters savedFilterService;

    /** What the filter bar holds; applied to the list by {@link #search()}. */
    private String status;
    private Channel channel;
    private LocalDate receivedFrom;
    private LocalDate receivedTo;
    private String text;
    private CaseQuery.Due due;

    private Filter applied = Filter.NONE;

    /** The saved filter picked in the drop-down, and the name the bar is to be saved under. */
    private Long savedFilterId;
    private String filterName;
    private transient List<SavedCaseFilter> savedFilters;

    private final CaseListModel model = new CaseListModel();

    /** The filters the list shows, kept apart from the bar so a half-typed bar never reaches a query. */
    record Filter(String status, Channel channel, LocalDate from, LocalDate to, String text, CaseQuery.Due due) implements Serializable {
        static final Filter NONE = new Filter(null, null, null, null, null, null);
    }

    /**
     * Opens the list already filtered when the address asks for it ({@code ?due=overdue}), as the home
     * page's counts link here; an unknown value is ignored rather than shown as an error page.
     */
    public void openWith(String dueParameter) {
        if (dueParameter != null && !FacesContext.getCurrentInstance().isPostback()) {
            Arrays.stream(CaseQuery.Due.values()).filter(d -> d.name().equals(dueParameter)).findFirst().ifPresent(d -> {
                due = d;
                applied = new Filter(null, null, null, null, null, d);
            });
        }
    }

    public void search() {
        if (receivedFrom != null && receivedTo != null && receivedFrom.isAfter(receivedTo)) {
            messages.error("cases:receivedTo", messages.text("list.filter.dateOrder"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        applied = new Filter(status, channel, receivedFrom, receivedTo, text == null || text.isBlank() ? null : text.trim(), due);
        firstPage();
    }

    /** The list as it shows now (the filters applied, the table's sort, every page) as an Excel workbook. */
    public StreamedContent export() {
        return Downloads.xlsx(exports.cases(webCaller.get(), query(0, CaseQuery.MAX_LIMIT)), exports.fileName("cases"));
    }

    private CaseQuery query(int first, int pageSize) {
        return new CaseQuery(applied.status(), applied.channel(), applied.from(), applied.to(), applied.text(), applied.due(),
                model.sortField, model.ascending, first, pageSize);
    }

    public void reset() {
        status = null;
        channel = null;
        receivedFrom = null;
        receivedTo = null;
        text = null;
        due = null;
        savedFilterId = null;
        applied = Filter.NONE;
        firstPage();
    }

    /** Saves the bar as it is applied now, with the table's sort, under the name typed. */
    public void saveFilter() {
        search();
        if (FacesContext.getCurrentInstance().isValidationFailed()) {
            return;
        }
        try {
            SavedFilters.Saved saved = savedFilterService.save(webCaller.get(), filterName, query(0, PAGE_SIZE));
            savedFilterId = saved.filter().getId();
            savedFilters = null;
            filterName = null;
            messages.info(null, messages.text(saved.replaced() ? "list.saved.replaced" : "list.saved.done", saved.filter().getName()));
        } catch (InvalidInputException refused) {
            messages.refused("list.saved.", refused);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Puts the saved filter picked in the drop-down into the bar and the list, sort included. */
    public void applySavedFilter() {
        if (savedFilterId == null) {
            return;
        }
        try {
            CaseQuery saved = savedFilterService.get(webCaller.get(), savedFilterId).query(PAGE_SIZE);
            status = saved.status();
            channel = saved.channel();
            receivedFrom = saved.receivedFrom();
            receivedTo = saved.receivedTo();
            text = saved.text();
            due = saved.due();
            model.sortField = saved.sortBy();
            model.ascending = saved.ascending();
            applied = new Filter(status, channel, receivedFrom, receivedTo, text, due);
            showSort(saved.sortBy(), saved.ascending());
            firstPage();
        } catch (RecordNotFoundException gone) {
            savedFilterId = null;
            savedFilters = null;
            messages.error(null, gone.getMessage());
        }
    }

    public void deleteSavedFilter() {
        if (savedFilterId == null) {
            return;
        }
        try {
            String name = savedFilterService.get(webCaller.get(), savedFilterId).getName();
            savedFilterService.delete(webCaller.get(), savedFilterId);
            messages.info(null, messages.text("list.saved.deleted", name));
        } catch (RecordNotFoundException gone) {
            messages.error(null, gone.getMessage());
        }
        savedFilterId = null;
        savedFilters = null;
    }

    /** The person's saved filters, read once for the view and again after each change to them. */
    public List<SavedCaseFilter> getSavedFilters() {
        if (savedFilters == null) {
            savedFilters = savedFilterService.of(webCaller.get());
        }
        return savedFilters;
    }

    /** Marks the table's column of {@code field} as sorted (and the others not), so its header shows the saved sort. */
    private static void showSort(CaseQuery.SortField field, boolean ascending) {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE_ID);
        if (table instanceof DataTable data) {
            data.getSortByAsMap().values().forEach(meta -> meta.setOrder(!field.name().equals(meta.getField()) ? SortOrder.UNSORTED
                    : ascending ? SortOrder.ASCENDING : SortOrder.DESCENDING));
        }
    }

    /** New filters start at the first page; page 7 of the old result may not exist in the new one. */
    private static void firstPage() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE_ID);
        if (table instanceof UIData data) {
            data.setFirst(0);
        }
    }

    /**
     * Pages of cases for the PrimeFaces table. The table asks for the count before the rows; within
     * one request both come from one service call, so a page costs one count and one page query, and
     * its next deadlines are read once.
     */
    public class CaseListModel extends LazyDataModel<Case> {

        private static final long serialVersionUID = 1L;

        private CaseQuery.SortField sortField = CaseQuery.SortField.receivedOn;
        private boolean ascending;
        private transient List<Case> rows = List.of();
        private transient Map<Long, ClockReading> deadlines = Map.of();

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) fetch(0, PAGE_SIZE).total();
        }

        @Override
        public List<Case> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            // The table's own sort when it has one; else the sort the list was opened or last saved with.
            sortBy.values().stream().filter(SortMeta::isActive).findFirst().flatMap(ListCases::sortFieldOf)
                    .ifPresent(s -> {
                        sortField = s.field;
                        ascending = s.ascending;
                    });
            Page<Case> page = fetch(first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @SuppressWarnings("unchecked")
        private Page<Case> fetch(int first, int pageSize) {
            CaseQuery query = query(first, Math.min(Math.max(pageSize, 1), CaseQuery.MAX_LIMIT));
            Map<Object, Object> request = FacesContext.getCurrentInstance().getAttributes();
            Page<Case> page = (Page<Case>) request.get(query);
            if (page == null) {
                page = cases.list(webCaller.get(), query);
                request.put(query, page);
                rows = page.items();
                deadlines = engine.nextDeadlines(rows);
            }
            return page;
        }

        @Override
        public String getRowKey(Case row) {
            return String.valueOf(row.getId());
        }

        @Override
        public Case getRowData(String rowKey) {
            return rows == null ? null : rows.stream().filter(c -> String.valueOf(c.getId()).equals(rowKey)).findFirst().orElse(null);
        }
    }

    private record Sort(CaseQuery.SortField field, boolean ascending) {
    }

    /** The table's sort as the service's; columns the service cannot sort by are ignored. */
    private static Optional<Sort> sortFieldOf(SortMeta meta) {
        return Arrays.stream(CaseQuery.SortField.values()).filter(f -> f.name().equals(meta.getField())).findFirst()
                .map(f -> new Sort(f, meta.getOrder().isAscending()));
    }

    /** The subject as everyone may read it: a sealed reporter named in it by their pseudonym. */
    public String subjectOf(Case c) {
        return disclosure.redact(c, c.getSubject());
    }

    /** The case's most pressing running clock, or null when none runs. */
    public ClockReading deadline(Case c) {
        return model.deadlines.get(c.getId());
    }

    public CaseListModel getModel() {
        return model;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public LocalDate getReceivedFrom() {
        return receivedFrom;
    }

    public void setReceivedFrom(LocalDate receivedFrom) {
        this.receivedFrom = receivedFrom;
    }

    public LocalDate getReceivedTo() {
        return receivedTo;
    }

    public void setReceivedTo(LocalDate receivedTo) {
        this.receivedTo = receivedTo;
    }

    public CaseQuery.Due getDue() {
        return due;
    }

    public void setDue(CaseQuery.Due due) {
        this.due = due;
    }

    public CaseQuery.Due[] getDueChoices() {
        return CaseQuery.Due.values();
    }

    public Long getSavedFilterId() {
        return savedFilterId;
    }

    public void setSavedFilterId(Long savedFilterId) {
        this.savedFilterId = savedFilterId;
    }

    public String getFilterName() {
        return filterName;
    }

    public void setFilterName(String filterName) {
        this.filterName = filterName;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
