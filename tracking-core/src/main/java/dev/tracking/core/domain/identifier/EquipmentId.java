package dev.tracking.core.domain.identifier;

/** What carries the cargo: an ocean container (ISO 6346) or an air unit load device (ULD). */
public sealed interface EquipmentId permits ContainerNumber, UldId {

    /** The canonical text, such as {@code CSQU3054383} or {@code PMC72534QR}. */
    String value();

    /** Parses either kind: an ISO 6346 container number when the fourth character is U, J or Z, else a ULD id. */
    static EquipmentId parse(String text, String field) {
        String compact = text == null ? "" : text.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
        if (compact.length() == 11 && compact.substring(0, 3).chars().allMatch(Character::isLetter)
                && "UJZ".indexOf(compact.charAt(3)) >= 0) {
            return ContainerNumber.parse(text, field);
        }
        return UldId.parse(text, field);
    }
}
