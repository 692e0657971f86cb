package dev.tracking.spring.web.api;

import dev.tracking.core.domain.common.VersionConflictException;
import dev.tracking.spring.web.ApiProblemException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic locking over HTTP. A record's ETag is its version as a strong entity tag, {@code "3"}; an update names
 * the version it read in {@code If-Match}. A version that is no longer current answers 412. Without {@code If-Match}
 * an update answers 428, unless {@code tracking.web.require-if-match=false}, which lets it overwrite the current
 * version. {@code If-Match: *} updates whatever version is current; weak tags never match (RFC 9110 compares strongly).
 */
public class ConditionalRequests {

    private static final Pattern STRONG_TAG = Pattern.compile("\"(\\d{1,18})\"");

    private final boolean ifMatchRequired;

    public ConditionalRequests(boolean ifMatchRequired) {
        this.ifMatchRequired = ifMatchRequired;
    }

    /** The ETag of a record at {@code version}: {@code "3"}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an update is based on.
     *
     * @param ifMatch        the header, or null
     * @param currentVersion reads the record's current version (for {@code *}, several tags, or no header when that is
     *                       allowed)
     * @throws ApiProblemException 428 without the header (when it is required), 412 when no tag can match
     */
    public long expectedVersion(String ifMatch, LongSupplier currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            if (ifMatchRequired) {
                throw ApiProblemException.preconditionRequired();
            }
            return currentVersion.getAsLong();
        }
        Set<Long> versions = new LinkedHashSet<>();
        for (String tag : ifMatch.split(",")) {
            String trimmed = tag.strip();
            if (trimmed.equals("*")) {
                return currentVersion.getAsLong();
            }
            Matcher matcher = STRONG_TAG.matcher(trimmed);
            if (matcher.matches()) {
                long version = Long.parseLong(matcher.group(1));
                if (version > 0) {
                    versions.add(version);
                }
            }
        }
        if (versions.isEmpty()) {
            throw ApiProblemException.preconditionFailed(
                    "If-Match " + ifMatch.strip() + " names no version of this record; send the ETag you read");
        }
        if (versions.size() == 1) {
            return versions.iterator().next();
        }
        long current = currentVersion.getAsLong();
        if (!versions.contains(current)) {
            throw stale(current);
        }
        return current;
    }

    /** Runs an update based on the version of {@code If-Match}; a stale version answers 412 instead of 409. */
    public <T> T update(Supplier<T> update) {
        try {
            return update.get();
        } catch (VersionConflictException e) {
            throw ApiProblemException.preconditionFailed(e.getMessage() + "; read it again and retry with its ETag");
        }
    }

    private static ApiProblemException stale(long current) {
        return ApiProblemException.preconditionFailed(
                "the record is at version " + current + " now; read it again and retry with its ETag");
    }
}
