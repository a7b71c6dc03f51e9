package org.xinfang.core.domain.model.cases;

import java.util.List;

/** One page of a longer list, with the total for the pager. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }
}
