package dev.tracking.scheduler;

import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobClaim;
import dev.tracking.core.port.out.JobStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A job store that counts the claims made on it and keeps what each asked for. */
final class WatchedJobStore extends DelegatingJobStore {

    private final AtomicInteger claims = new AtomicInteger();
    private final List<JobClaim> claimRequests = new CopyOnWriteArrayList<>();

    WatchedJobStore(JobStore delegate) {
        super(delegate);
    }

    @Override
    public List<Job> claimDue(JobClaim claim) {
        claimRequests.add(claim);
        List<Job> claimed = super.claimDue(claim);
        claims.incrementAndGet();
        return claimed;
    }

    /** How many claims have returned so far. */
    int claims() {
        return claims.get();
    }

    List<JobClaim> claimRequests() {
        return List.copyOf(claimRequests);
    }

    /** Waits until {@code count} more claims than now have returned: that many polls happened. */
    void awaitMoreClaims(int count) {
        int target = claims() + count;
        Await.until(count + " more claims", () -> claims() >= target);
    }
}
