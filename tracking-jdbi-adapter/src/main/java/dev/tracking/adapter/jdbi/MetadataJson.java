package dev.tracking.adapter.jdbi;

import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A flat map of strings as the JSON object its column holds: an event's {@code metadata}, a job's {@code payload}.
 */
final class MetadataJson {

    private static final TypeReference<Map<String, String>> FLAT_OBJECT = new TypeReference<>() {
    };

    private final JsonMapper mapper;

    MetadataJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    String write(Map<String, String> metadata) {
        return mapper.writeValueAsString(metadata);
    }

    Map<String, String> read(String json) {
        return json == null ? Map.of() : mapper.readValue(json, FLAT_OBJECT);
    }
}
