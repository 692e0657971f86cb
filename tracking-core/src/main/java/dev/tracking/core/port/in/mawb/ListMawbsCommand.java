package dev.tracking.core.port.in.mawb;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.mawb.MawbCriteria;
import dev.tracking.core.domain.mawb.MawbSort;
import dev.tracking.core.port.in.common.PageRequest;

/** List MAWBs matching criteria, in an order, one page at a time. */
public record ListMawbsCommand(MawbCriteria criteria, MawbSort sort, PageRequest page) {

    public ListMawbsCommand {
        criteria = criteria == null ? MawbCriteria.any() : criteria;
        sort = sort == null ? MawbSort.NEWEST_FIRST : sort;
        page = page == null ? PageRequest.firstPage() : page;
    }

    public static ListMawbsCommand firstPage(MawbCriteria criteria) {
        return new ListMawbsCommand(criteria, null, null);
    }

    public ListMawbsCommand withPage(PageRequest newPage) {
        Check.required(newPage, "page");
        return new ListMawbsCommand(criteria, sort, newPage);
    }
}
