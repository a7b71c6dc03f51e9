package org.xinfang.core.domain.model.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.xinfang.api.model.Channel;

/**
 * A filter of the case list that one person saved under a name (我的筛选): the filter bar and the sort
 * as they were. It holds no window; applying it starts at the first page.
 */
@Entity
@Table(name = "saved_case_filter")
public class SavedCaseFilter {

    /** The longest name a saved filter may have: what fits in the list's drop-down. */
    public static final int MAX_NAME = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "status", length = 48)
    private String status;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", length = 16)
    private Channel channel;

    @Column(name = "received_from")
    private LocalDate receivedFrom;

    @Column(name = "received_to")
    private LocalDate receivedTo;

    @Column(name = "search_text", length = 100)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "due", length = 16)
    private CaseQuery.Due due;

    @Enumerated(EnumType.STRING)
    @Column(name = "sort_field", nullable = false, length = 16)
    private CaseQuery.SortField sortField;

    @Column(name = "ascending", nullable = false)
    private boolean ascending;

    @Column(name = "saved_at", nullable = false)
    private LocalDateTime savedAt;

    protected SavedCaseFilter() {
    }

    public SavedCaseFilter(String username, String name) {
        this.username = username;
        this.name = name;
    }

    /** Keeps the filters and sort of {@code query} (not its window). */
    public void keep(CaseQuery query, LocalDateTime now) {
        status = query.status();
        channel = query.channel();
        receivedFrom = query.receivedFrom();
        receivedTo = query.receivedTo();
        text = query.text();
        due = query.due();
        sortField = query.sortBy();
        ascending = query.ascending();
        savedAt = now;
    }

    /** The saved filter as a query of the list's first page of {@code limit} rows. */
    public CaseQuery query(int limit) {
        return new CaseQuery(status, channel, receivedFrom, receivedTo, text, due, sortField, ascending, 0, limit);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getName() {
        return name;
    }

    public LocalDateTime getSavedAt() {
        return savedAt;
    }
}
