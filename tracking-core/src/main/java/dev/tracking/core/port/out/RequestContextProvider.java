package dev.tracking.core.port.out;

import dev.tracking.core.domain.audit.RequestContext;

/** Tells what the host knows about the current request or job, for the audit log. Default: nothing. */
@FunctionalInterface
public interface RequestContextProvider {

    RequestContext current();

    static RequestContextProvider none() {
        return RequestContext::empty;
    }
}
