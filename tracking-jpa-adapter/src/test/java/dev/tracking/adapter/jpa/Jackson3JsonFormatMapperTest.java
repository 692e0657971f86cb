package dev.tracking.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Type;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class Jackson3JsonFormatMapperTest {

    private static final Type METADATA = new TypeReference<Map<String, String>>() { }.getType();

    private final Jackson3JsonFormatMapper mapper = new Jackson3JsonFormatMapper(JsonMapper.builder().build());

    @Test
    void writesAFlatObjectOfStrings() {
        String json = mapper.toString(new TreeMap<>(Map.of("handler", "Swissport", "備考", "東京行き")), METADATA);

        assertThat(json).isEqualTo("{\"handler\":\"Swissport\",\"備考\":\"東京行き\"}");
    }

    @Test
    void readsItBack() {
        Map<String, String> read = mapper.fromString("{\"empty\":\"\",\"quote\":\"\\\"q\\\"\"}", METADATA);

        assertThat(read).containsExactlyInAnyOrderEntriesOf(Map.of("empty", "", "quote", "\"q\""));
    }
}
