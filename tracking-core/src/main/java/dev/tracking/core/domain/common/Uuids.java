package dev.tracking.core.domain.common;

import java.util.UUID;

/** UUID helpers shared by the id types. */
public final class Uuids {

    /**
     * Compares as the databases do: the 16 bytes unsigned, most significant first. ({@link UUID#compareTo} compares
     * signed longs, which disagrees for half of all UUIDs.)
     */
    public static int compare(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    public static UUID parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field, "must be given");
        }
        try {
            UUID uuid = UUID.fromString(text.strip());
            if (!uuid.toString().equalsIgnoreCase(text.strip())) {
                throw new IllegalArgumentException("not canonical");
            }
            return uuid;
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "must be a UUID such as 0192f3e4-5b6c-7d8e-9f00-112233445566");
        }
    }

    private Uuids() {
    }
}
