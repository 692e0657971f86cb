package dev.tracking.adapter.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A row of {@code file_types}; extensions and media types are comma-separated. Filled and read by {@link FileTypeMapper}. */
@Entity
@Table(name = "file_types")
class FileTypeEntity {

    @Id
    String code;

    String name;

    String extensions;

    String mediaTypes;

    long maxSizeBytes;

    @Version
    long version;
}
