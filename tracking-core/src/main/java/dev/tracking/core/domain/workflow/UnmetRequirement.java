package dev.tracking.core.domain.workflow;

/**
 * One reason a MAWB may not enter a step yet.
 *
 * @param requirement a stable code, such as {@code DOCUMENT:COMMERCIAL_INVOICE} or {@code CONDITION:ISC_PAID}
 * @param message     what is missing, in words a user can act on
 */
public record UnmetRequirement(String requirement, String message) {
}
