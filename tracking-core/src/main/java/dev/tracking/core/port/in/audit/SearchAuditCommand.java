package dev.tracking.core.port.in.audit;

import dev.tracking.core.domain.audit.AuditCriteria;
import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.port.in.common.PageRequest;

/**
 * Find audit entries, one page at a time, newest first unless {@code direction} is ASC (oldest first).
 */
public record SearchAuditCommand(AuditCriteria criteria, SortDirection direction, PageRequest page) {

    public SearchAuditCommand {
        criteria = criteria == null ? AuditCriteria.any() : criteria;
        direction = direction == null ? SortDirection.DESC : direction;
        page = page == null ? PageRequest.firstPage() : page;
    }

    public static SearchAuditCommand newestFirst(AuditCriteria criteria) {
        return new SearchAuditCommand(criteria, SortDirection.DESC, null);
    }

    public SearchAuditCommand withPage(PageRequest newPage) {
        return new SearchAuditCommand(criteria, direction, newPage);
    }
}
