package dev.tracking.spring.web.api;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.audit.AuditAction;
import dev.tracking.core.domain.audit.AuditCriteria;
import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.port.in.audit.SearchAuditCommand;
import dev.tracking.spring.web.api.dto.AuditEntryResponse;
import dev.tracking.spring.web.api.dto.ChainVerificationResponse;
import dev.tracking.spring.web.api.dto.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The tamper-evident audit log: searching, a record's history, a streamed CSV export, verifying the chain. */
@RestController
@RequestMapping(path = ApiPaths.BASE + "/audit-log")
@Tag(name = "Audit log", description = "Who changed which record how, and when")
public class AuditController {

    /** The media type of the export. */
    public static final String TEXT_CSV = "text/csv";

    private static final Logger LOG = LoggerFactory.getLogger(AuditController.class);
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final TrackingPlatform platform;
    private final Clock clock;

    public AuditController(TrackingPlatform platform, ObjectProvider<Clock> clock) {
        this.platform = platform;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Search the audit log", description = "Needs audit.read. Every filter optional (recordId "
            + "only with entity, such as MAWB); from inclusive, to exclusive; newest first unless direction=ASC.")
    public PageResponse<AuditEntryResponse> search(
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String recordId,
            @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @RequestParam(required = false) SortDirection direction,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        AuditCriteria criteria = new AuditCriteria(entity, recordId, action, actor, ApiMapper.instant(from),
                ApiMapper.instant(to));
        return Lists.page(platform.audit().search(new SearchAuditCommand(criteria, direction,
                Lists.page(cursor, limit))), ApiMapper::audit);
    }

    @GetMapping(path = "/records/{entity}/{recordId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A record's history", description = "Needs audit.read. Every change of one record, oldest "
            + "first unless direction=DESC; entity such as MAWB, HAWB, BILL, CARRIER.")
    public PageResponse<AuditEntryResponse> history(@PathVariable String entity, @PathVariable String recordId,
            @RequestParam(required = false) SortDirection direction,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        AuditCriteria criteria = AuditCriteria.historyOf(entity, recordId);
        return Lists.page(platform.audit().search(new SearchAuditCommand(criteria,
                direction == null ? SortDirection.ASC : direction, Lists.page(cursor, limit))), ApiMapper::audit);
    }

    @GetMapping(path = "/export", produces = TEXT_CSV)
    @Operation(summary = "Export the audit log as CSV", description = "Needs audit.export. The matching entries, "
            + "oldest first, as RFC 4180 CSV with a header row, streamed from the store; cells that a spreadsheet "
            + "would run as formulas are prefixed with an apostrophe.",
            responses = @ApiResponse(responseCode = "200", description = "the CSV file",
                    content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string"))))
    public void export(
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String recordId,
            @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            HttpServletResponse response) throws IOException {
        AuditCriteria criteria = new AuditCriteria(entity, recordId, action, actor, ApiMapper.instant(from),
                ApiMapper.instant(to));
        String fileName = "audit-log-" + FILE_STAMP.format(clock.instant().atOffset(ZoneOffset.UTC)) + ".csv";
        response.setContentType(TEXT_CSV + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        try {
            long rows = platform.audit().exportCsv(criteria, out);
            out.flush();
            LOG.debug("Exported {} audit entries", rows);
        } catch (RuntimeException e) {
            if (!response.isCommitted()) {
                response.reset();
            }
            throw e;
        }
    }

    @GetMapping(path = "/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Verify the audit chain", description = "Needs audit.verify. Checks each entry's hash and "
            + "link over [from, to); without to, also that the last entry is the chain's head.")
    public ChainVerificationResponse verify(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to) {
        return ApiMapper.verification(platform.audit().verify(ApiMapper.instant(from), ApiMapper.instant(to)));
    }
}
