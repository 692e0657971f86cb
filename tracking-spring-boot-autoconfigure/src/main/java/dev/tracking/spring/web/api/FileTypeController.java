package dev.tracking.spring.web.api;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.filetype.FileType;
import dev.tracking.core.port.in.filetype.SaveFileTypeCommand;
import dev.tracking.spring.web.ApiProblemException;
import dev.tracking.spring.web.api.dto.FileTypeRequest;
import dev.tracking.spring.web.api.dto.FileTypeResponse;
import dev.tracking.spring.web.api.dto.ListResponse;
import dev.tracking.spring.web.api.dto.UpdateFileTypeRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The kinds of documents the platform accepts, with their extensions, media types and size limits. */
@RestController
@RequestMapping(path = ApiPaths.BASE + "/file-types", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "File types", description = "Kinds of documents and what each accepts")
public class FileTypeController {

    private final TrackingPlatform platform;
    private final ConditionalRequests conditional;

    public FileTypeController(TrackingPlatform platform, ConditionalRequests conditional) {
        this.platform = platform;
        this.conditional = conditional;
    }

    @GetMapping
    @Operation(summary = "List file types", description = "Needs attachments.read.")
    public ListResponse<FileTypeResponse> list() {
        return new ListResponse<>(platform.fileTypes().list().stream().map(ApiMapper::fileType).toList());
    }

    @GetMapping("/{code}")
    @Operation(summary = "Read a file type", description = "Needs attachments.read. The ETag is its version.")
    public ResponseEntity<FileTypeResponse> get(@PathVariable String code) {
        FileType fileType = platform.fileTypes().get(code);
        return ResponseEntity.ok().eTag(ConditionalRequests.etag(fileType.version()))
                .body(ApiMapper.fileType(fileType));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a file type", description = "Needs filetypes.write. 409 when the code exists.")
    public ResponseEntity<FileTypeResponse> register(@RequestBody FileTypeRequest request) {
        Fields f = new Fields();
        f.present(request.maxSizeBytes(), "maxSizeBytes");
        f.orThrow();
        FileType fileType = platform.fileTypes().save(SaveFileTypeCommand.register(request.code(), request.name(),
                request.extensions(), request.mediaTypes(), request.maxSizeBytes()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{code}")
                        .buildAndExpand(fileType.code()).toUri())
                .eTag(ConditionalRequests.etag(fileType.version()))
                .body(ApiMapper.fileType(fileType));
    }

    @PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a file type", description = "Needs filetypes.write and If-Match with the ETag read.")
    public ResponseEntity<FileTypeResponse> update(@PathVariable String code,
            @Parameter(description = "the ETag read, such as \"3\"")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody UpdateFileTypeRequest request) {
        long expected = conditional.expectedVersion(ifMatch, () -> platform.fileTypes().get(code).version());
        if (expected < 1) {
            throw ApiProblemException.preconditionFailed("If-Match names no version of this file type");
        }
        Fields f = new Fields();
        f.present(request.maxSizeBytes(), "maxSizeBytes");
        f.orThrow();
        FileType fileType = conditional.update(() -> platform.fileTypes().save(new SaveFileTypeCommand(code,
                request.name(), request.extensions(), request.mediaTypes(), request.maxSizeBytes(), expected)));
        return ResponseEntity.ok().eTag(ConditionalRequests.etag(fileType.version()))
                .body(ApiMapper.fileType(fileType));
    }
}
