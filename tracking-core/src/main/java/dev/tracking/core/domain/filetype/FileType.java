package dev.tracking.core.domain.filetype;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.common.FieldViolation;
import dev.tracking.core.domain.common.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A kind of document the platform accepts, such as the MAWB itself, a commercial invoice or a delivery order.
 *
 * @param code         capital letters, digits and underscores, such as {@code COMMERCIAL_INVOICE}
 * @param extensions   allowed file name endings, lower case without the dot, such as {@code pdf}
 * @param mediaTypes   allowed media types, such as {@code application/pdf}
 * @param maxSizeBytes the largest file accepted
 */
public record FileType(String code, String name, Set<String> extensions, Set<String> mediaTypes, long maxSizeBytes,
        long version) {

    public FileType {
        code = Check.requiredText(code, "code", 40).toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z][A-Z0-9_]*")) {
            throw new ValidationException("code", "must be capital letters, digits and underscores");
        }
        name = Check.requiredText(name, "name", 200);
        extensions = normalize(extensions, "extensions", "[a-z0-9]{1,10}");
        mediaTypes = normalize(mediaTypes, "mediaTypes", "[a-z]+/[a-z0-9.+-]+");
        if (extensions.isEmpty()) {
            throw new ValidationException("extensions", "must name at least one extension");
        }
        if (maxSizeBytes <= 0) {
            throw new ValidationException("maxSizeBytes", "must be greater than zero");
        }
    }

    /** Every reason a file would be refused; empty when it is acceptable. */
    public List<FieldViolation> check(String fileName, String mediaType, long sizeBytes) {
        List<FieldViolation> violations = new ArrayList<>();
        String extension = extensionOf(fileName);
        if (!extensions.contains(extension)) {
            violations.add(new FieldViolation("fileName",
                    code + " files must end in one of " + extensions + ", not '" + extension + "'"));
        }
        if (!mediaTypes.isEmpty() && (mediaType == null
                || !mediaTypes.contains(mediaType.toLowerCase(Locale.ROOT)))) {
            violations.add(new FieldViolation("mediaType", code + " files must be one of " + mediaTypes));
        }
        if (sizeBytes <= 0) {
            violations.add(new FieldViolation("sizeBytes", "must be greater than zero"));
        } else if (sizeBytes > maxSizeBytes) {
            violations.add(new FieldViolation("sizeBytes",
                    code + " files may be at most " + maxSizeBytes + " bytes, not " + sizeBytes));
        }
        return violations;
    }

    public FileType withVersion(long newVersion) {
        return new FileType(code, name, extensions, mediaTypes, maxSizeBytes, newVersion);
    }

    private static String extensionOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Set<String> normalize(Set<String> values, String field, String pattern) {
        Set<String> result = new TreeSet<>();
        if (values != null) {
            for (String value : values) {
                String normalized = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
                if (normalized.startsWith(".")) {
                    normalized = normalized.substring(1);
                }
                if (!normalized.matches(pattern)) {
                    throw new ValidationException(field, "'" + value + "' is not well-formed");
                }
                result.add(normalized);
            }
        }
        return java.util.Collections.unmodifiableSet(result);
    }
}
