package dev.tracking.core.port.in.filetype;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.filetype.FileType;
import java.util.Set;

/**
 * Register a file type ({@code expectedVersion} 0) or change one (the version read).
 */
public record SaveFileTypeCommand(String code, String name, Set<String> extensions, Set<String> mediaTypes,
        long maxSizeBytes, long expectedVersion) {

    public SaveFileTypeCommand {
        Check.start().that(expectedVersion >= 0, "expectedVersion", "must not be negative").orThrow();
        FileType validated = new FileType(code, name, extensions, mediaTypes, maxSizeBytes, expectedVersion);
        code = validated.code();
        name = validated.name();
        extensions = validated.extensions();
        mediaTypes = validated.mediaTypes();
    }

    public static SaveFileTypeCommand register(String code, String name, Set<String> extensions,
            Set<String> mediaTypes, long maxSizeBytes) {
        return new SaveFileTypeCommand(code, name, extensions, mediaTypes, maxSizeBytes, 0);
    }

    public FileType toFileType() {
        return new FileType(code, name, extensions, mediaTypes, maxSizeBytes, expectedVersion);
    }
}
