package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.audit.FieldChange;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An audit entry's {@code changes} and {@code context} as the JSON objects their columns hold: changes as
 * {@code {"path": {"before": ..., "after": ...}}} with a missing value written as JSON {@code null} (never left out),
 * context as {@code {"key": "value"}}. Built and read as trees, so that a host's mapper settings (such as leaving nulls
 * out) change nothing.
 */
final class AuditJson {

    private static final String BEFORE = "before";
    private static final String AFTER = "after";

    private final JsonMapper mapper;

    AuditJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    String writeChanges(Map<String, FieldChange> changes) {
        ObjectNode root = mapper.createObjectNode();
        changes.forEach((path, change) -> {
            ObjectNode values = root.putObject(path);
            values.put(BEFORE, change.before());
            values.put(AFTER, change.after());
        });
        return mapper.writeValueAsString(root);
    }

    Map<String, FieldChange> readChanges(String json) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        objectIn(json, "changes").properties().forEach(property -> {
            JsonNode values = property.getValue();
            if (!values.isObject()) {
                throw new IllegalStateException("audit changes hold no object for " + property.getKey());
            }
            changes.put(property.getKey(), new FieldChange(text(values.get(BEFORE)), text(values.get(AFTER))));
        });
        return changes;
    }

    String writeContext(Map<String, String> context) {
        ObjectNode root = mapper.createObjectNode();
        context.forEach(root::put);
        return mapper.writeValueAsString(root);
    }

    Map<String, String> readContext(String json) {
        Map<String, String> context = new LinkedHashMap<>();
        objectIn(json, "context").properties().forEach(p -> context.put(p.getKey(), text(p.getValue())));
        return context;
    }

    private JsonNode objectIn(String json, String column) {
        JsonNode root = json == null ? mapper.createObjectNode() : mapper.readTree(json);
        if (!root.isObject()) {
            throw new IllegalStateException("the audit log's " + column + " column holds no JSON object");
        }
        return root;
    }

    /** A text value; null for JSON null or a missing property. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw new IllegalStateException("audit JSON holds " + node.getNodeType() + " where text belongs");
        }
        return node.stringValue();
    }
}
