package dev.tracking.adapter.jpa;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One changed field as the {@code changes} column holds it: {@code {"before": ..., "after": ...}}, both always
 * written, a missing value as JSON {@code null}, in that order. The annotations pin the shape whatever the host's
 * {@code JsonMapper} is configured to do by default (leave nulls out, sort properties, rename them), so that the JSON
 * is the same as the Jdbi adapter writes.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"before", "after"})
record AuditChangeJson(@JsonProperty("before") String before, @JsonProperty("after") String after) {
}
