package dev.tracking.core.port.in.job;

import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.job.JobCriteria;
import dev.tracking.core.port.in.common.PageRequest;

/** A page of the job list, latest run time first. */
public record ListJobsCommand(JobCriteria criteria, PageRequest page) {

    public ListJobsCommand {
        criteria = criteria == null ? JobCriteria.any() : criteria;
        page = page == null ? PageRequest.firstPage() : page;
        if (criteria.runAtFrom() != null && criteria.runAtTo() != null
                && !criteria.runAtFrom().isBefore(criteria.runAtTo())) {
            throw new ValidationException("runAtTo", "must be after runAtFrom");
        }
    }

    public static ListJobsCommand firstPage(JobCriteria criteria) {
        return new ListJobsCommand(criteria, null);
    }

    public ListJobsCommand withPage(PageRequest newPage) {
        return new ListJobsCommand(criteria, newPage);
    }
}
