package dev.tracking.spring.web.api;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.attachment.Attachment;
import dev.tracking.core.domain.common.AttachmentId;
import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.common.FieldViolation;
import dev.tracking.core.domain.common.HawbId;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.PermissionDeniedException;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.filetype.FileType;
import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.port.in.attachment.AddAttachmentCommand;
import dev.tracking.core.port.out.AttachmentStorage;
import dev.tracking.spring.web.ApiProblemException;
import dev.tracking.spring.web.ProblemTypes;
import dev.tracking.spring.web.TrackingWebProperties;
import dev.tracking.spring.web.api.dto.AttachmentResponse;
import dev.tracking.spring.web.api.dto.ListResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Documents against MAWBs and HAWBs. An upload is checked against its file type (media type: 415; size: 413; name:
 * 400), its bytes stored through the {@link AttachmentStorage}, then its metadata recorded; when the metadata is
 * refused the stored bytes are deleted again, so nothing is left half-written.
 */
@RestController
@RequestMapping(path = ApiPaths.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Attachments", description = "Uploading, listing and downloading documents")
public class AttachmentController {

    private static final Logger LOG = LoggerFactory.getLogger(AttachmentController.class);
    private static final String UPLOAD = "Needs attachments.write. Multipart form with `file` and `fileType` (a file "
            + "type code such as COMMERCIAL_INVOICE). 413 when the file is larger than the file type (or the "
            + "server) allows, 415 when its media type is not one the file type takes, 400 for a wrong extension.";

    private final TrackingPlatform platform;
    private final AttachmentStorage storage;
    private final long maxUploadBytes;

    public AttachmentController(TrackingPlatform platform, AttachmentStorage storage,
            TrackingWebProperties properties) {
        this.platform = platform;
        this.storage = storage;
        this.maxUploadBytes = properties.getMaxUploadSize().toBytes();
    }

    @PostMapping(path = "/mawbs/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a document to a MAWB", description = UPLOAD)
    public ResponseEntity<AttachmentResponse> uploadToMawb(@PathVariable UUID id,
            @RequestPart("file") MultipartFile file, @RequestParam("fileType") String fileType,
            HttpServletRequest request) {
        return upload(ShipmentRef.of(MawbId.of(id)), file, fileType, request);
    }

    @PostMapping(path = "/hawbs/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a document to a HAWB", description = UPLOAD)
    public ResponseEntity<AttachmentResponse> uploadToHawb(@PathVariable UUID id,
            @RequestPart("file") MultipartFile file, @RequestParam("fileType") String fileType,
            HttpServletRequest request) {
        return upload(ShipmentRef.of(HawbId.of(id)), file, fileType, request);
    }

    @GetMapping("/mawbs/{id}/attachments")
    @Operation(summary = "A MAWB's documents", description = "Needs attachments.read. Oldest first.")
    public ListResponse<AttachmentResponse> listForMawb(@PathVariable UUID id) {
        return list(ShipmentRef.of(MawbId.of(id)));
    }

    @GetMapping("/hawbs/{id}/attachments")
    @Operation(summary = "A HAWB's documents", description = "Needs attachments.read. Oldest first.")
    public ListResponse<AttachmentResponse> listForHawb(@PathVariable UUID id) {
        return list(ShipmentRef.of(HawbId.of(id)));
    }

    @GetMapping("/attachments/{id}")
    @Operation(summary = "A document's metadata", description = "Needs attachments.read.")
    public AttachmentResponse get(@PathVariable UUID id) {
        return ApiMapper.attachment(platform.attachments().get(AttachmentId.of(id)));
    }

    @GetMapping(path = "/attachments/{id}/content", produces = MediaType.ALL_VALUE)
    @Operation(summary = "Download a document", description = "Needs attachments.read. The bytes as uploaded, with "
            + "their media type.", responses = @ApiResponse(responseCode = "200", description = "the document",
                    content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE,
                            schema = @Schema(type = "string", format = "binary"))))
    public ResponseEntity<Resource> content(@PathVariable UUID id, WebRequest request) {
        Attachment attachment = platform.attachments().get(AttachmentId.of(id));
        String etag = "\"" + attachment.sha256() + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        InputStream content = storage.open(attachment.storageKey())
                .orElseThrow(() -> new NotFoundException("attachment content", attachment.id()));
        MediaType mediaType = mediaTypeOf(attachment.mediaType());
        return ResponseEntity.ok()
                .contentType(mediaType)
                .contentLength(attachment.sizeBytes())
                .eTag(etag)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content));
    }

    private ListResponse<AttachmentResponse> list(ShipmentRef owner) {
        return new ListResponse<>(platform.attachments().listFor(owner).stream().map(ApiMapper::attachment).toList());
    }

    private ResponseEntity<AttachmentResponse> upload(ShipmentRef owner, MultipartFile file, String fileTypeCode,
            HttpServletRequest request) {
        Set<String> features = platform.permissions().myFeatures();
        if (!features.contains(Feature.ATTACHMENTS_WRITE.code())) {
            throw new PermissionDeniedException(Feature.ATTACHMENTS_WRITE.code(),
                    request.getRemoteUser() == null ? "anonymous" : request.getRemoteUser());
        }
        String code = Check.requiredText(fileTypeCode, "fileType", 40).toUpperCase(Locale.ROOT);
        String fileName = fileNameOf(file);
        String mediaType = baseMediaType(file.getContentType());
        long limit = maxUploadBytes;
        if (features.contains(Feature.ATTACHMENTS_READ.code())) {
            FileType fileType = fileType(code);
            if (!fileType.mediaTypes().isEmpty() && (mediaType == null || !fileType.mediaTypes().contains(mediaType))) {
                throw ApiProblemException.unsupportedMediaType(mediaType, fileType.code(), fileType.mediaTypes());
            }
            limit = Math.min(limit, fileType.maxSizeBytes());
        }
        if (file.getSize() > limit) {
            throw ApiProblemException.payloadTooLarge(limit);
        }
        AttachmentStorage.StoredDocument stored = store(file, limit);
        Attachment attachment;
        try {
            attachment = platform.attachments().add(new AddAttachmentCommand(owner, code, fileName, mediaType,
                    stored.sizeBytes(), stored.sha256(), stored.storageKey()));
        } catch (RuntimeException e) {
            deleteQuietly(stored.storageKey());
            throw translate(e);
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path(ApiPaths.BASE + "/attachments/{id}").buildAndExpand(attachment.id()).toUri())
                .body(ApiMapper.attachment(attachment));
    }

    private FileType fileType(String code) {
        try {
            return platform.fileTypes().get(code);
        } catch (NotFoundException e) {
            throw new ValidationException("fileType", "unknown file type " + code);
        }
    }

    private AttachmentStorage.StoredDocument store(MultipartFile file, long limit) {
        CountingInputStream counted = null;
        AttachmentStorage.StoredDocument stored;
        try (CountingInputStream in = new CountingInputStream(file.getInputStream())) {
            counted = in;
            stored = storage.store(in, limit);
        } catch (ValidationException e) {
            if (counted != null && counted.count() > limit) {
                throw ApiProblemException.payloadTooLarge(limit);
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("the document could not be stored", e);
        }
        if (stored.sizeBytes() > limit) {
            deleteQuietly(stored.storageKey());
            throw ApiProblemException.payloadTooLarge(limit);
        }
        return stored;
    }

    /** The core's refusal of the file's media type or size as 415 or 413, like the checks made before storing. */
    private static RuntimeException translate(RuntimeException e) {
        if (e instanceof ValidationException v) {
            List<String> fields = v.violations().stream().map(FieldViolation::field).distinct().toList();
            if (fields.equals(List.of("mediaType"))) {
                return new ApiProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                        v.violations().get(0).message(), null);
            }
            if (fields.equals(List.of("sizeBytes"))) {
                return new ApiProblemException(HttpStatus.CONTENT_TOO_LARGE,
                        ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large",
                        v.violations().get(0).message(), null);
            }
            return new ValidationException(v.violations().stream()
                    .map(x -> x.field().equals("fileName") ? new FieldViolation("file", x.message()) : x)
                    .toList());
        }
        return e;
    }

    private void deleteQuietly(String storageKey) {
        try {
            storage.delete(storageKey);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not delete the stored document {} after its metadata was refused", storageKey, e);
        }
    }

    private static String fileNameOf(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name != null) {
            name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        }
        if (name == null || name.isEmpty()) {
            throw new ValidationException("file", "must have a file name");
        }
        return name;
    }

    private static String baseMediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static MediaType mediaTypeOf(String mediaType) {
        if (mediaType == null) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
        try {
            return MediaType.parseMediaType(mediaType);
        } catch (RuntimeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    /** Counts the bytes read through it, to tell the storage's size refusal from its other ones. */
    private static final class CountingInputStream extends FilterInputStream {

        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        long count() {
            return count;
        }
    }
}
