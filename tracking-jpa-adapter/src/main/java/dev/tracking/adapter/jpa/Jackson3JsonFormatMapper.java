package dev.tracking.adapter.jpa;

import java.lang.reflect.Type;
import java.util.Objects;
import org.hibernate.type.format.AbstractJsonFormatMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hibernate's JSON {@link org.hibernate.type.format.FormatMapper} on Jackson 3. Hibernate 7.2's own Jackson mapper
 * is Jackson 2 ({@code com.fasterxml.jackson}) only; this one writes and reads JSON attributes (the events' metadata)
 * with the adapter's {@link JsonMapper}. Hibernate binds the text with its JSON JDBC type for the dialect:
 * {@code jsonb} on PostgreSQL, {@code JSON} on H2, so a JSON object is stored, not a JSON string.
 */
final class Jackson3JsonFormatMapper extends AbstractJsonFormatMapper {

    private final JsonMapper jsonMapper;

    Jackson3JsonFormatMapper(JsonMapper jsonMapper) {
        this.jsonMapper = Objects.requireNonNull(jsonMapper, "jsonMapper");
    }

    @Override
    protected <T> T fromString(CharSequence json, Type type) {
        return jsonMapper.readValue(json.toString(), jsonMapper.constructType(type));
    }

    @Override
    protected <T> String toString(T value, Type type) {
        return jsonMapper.writerFor(jsonMapper.constructType(type)).writeValueAsString(value);
    }
}
