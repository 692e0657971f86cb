package dev.tracking.core.port.in.hawb;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.hawb.HawbCriteria;
import dev.tracking.core.domain.hawb.HawbSort;
import dev.tracking.core.port.in.common.PageRequest;

/** List HAWBs matching criteria, in an order, one page at a time. */
public record ListHawbsCommand(HawbCriteria criteria, HawbSort sort, PageRequest page) {

    public ListHawbsCommand {
        criteria = criteria == null ? HawbCriteria.any() : criteria;
        sort = sort == null ? HawbSort.NEWEST_FIRST : sort;
        page = page == null ? PageRequest.firstPage() : page;
    }

    public ListHawbsCommand withPage(PageRequest newPage) {
        Check.required(newPage, "page");
        return new ListHawbsCommand(criteria, sort, newPage);
    }
}
