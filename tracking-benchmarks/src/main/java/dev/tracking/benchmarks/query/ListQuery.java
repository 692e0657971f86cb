package dev.tracking.benchmarks.query;

import dev.tracking.core.domain.mawb.MawbCriteria;
import dev.tracking.core.domain.mawb.MawbSort;
import dev.tracking.core.port.in.common.PageRequest;
import dev.tracking.core.port.in.mawb.ListMawbsCommand;
import java.util.Set;

/**
 * One MAWB list a user asks for.
 *
 * @param intended the indexes meant to serve it (any of them)
 * @param deep     whether a deep keyset page is measured too
 */
record ListQuery(String name, MawbCriteria criteria, MawbSort sort, Set<String> intended, boolean deep) {

    ListMawbsCommand command(String cursor, int pageSize) {
        return new ListMawbsCommand(criteria, sort, new PageRequest(cursor, pageSize));
    }
}
