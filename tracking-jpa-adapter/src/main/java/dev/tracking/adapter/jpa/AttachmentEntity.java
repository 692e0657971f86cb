package dev.tracking.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code attachments}: exactly one of {@code mawbId} and {@code hawbId} is set. */
@Entity
@Table(name = "attachments")
class AttachmentEntity {

    @Id
    UUID id;

    UUID mawbId;

    UUID hawbId;

    String fileType;

    String fileName;

    String mediaType;

    long sizeBytes;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 64)
    String sha256;

    String storageKey;

    String uploadedBy;

    Instant uploadedAt;
}
