package org.xinfang.web.interfaces.rest.cases;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the case list and the total for the pager. */
@Schema(name = "CasePage")
public record CasePage(List<CaseSummary> items, @Schema(description = "All matching cases, not only this page") long total,
                       int offset, int limit) {
}
