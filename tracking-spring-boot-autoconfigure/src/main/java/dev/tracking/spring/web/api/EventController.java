package dev.tracking.spring.web.api;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.common.FieldViolation;
import dev.tracking.core.domain.common.HawbId;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.port.in.event.EventOutcome;
import dev.tracking.core.port.in.event.RecordEventCommand;
import dev.tracking.core.port.in.event.RecordEventsCommand;
import dev.tracking.spring.web.JsonBindingErrors;
import dev.tracking.spring.web.api.dto.EventOutcomeResponse;
import dev.tracking.spring.web.api.dto.EventResponse;
import dev.tracking.spring.web.api.dto.ListResponse;
import dev.tracking.spring.web.api.dto.RecordEventRequest;
import dev.tracking.spring.web.api.dto.RecordEventsRequest;
import dev.tracking.spring.web.api.dto.RecordEventsResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Status events of MAWBs and HAWBs. One route takes one event (a JSON object) or a batch (a JSON array, or an object
 * with an {@code events} array), recorded all or nothing.
 */
@RestController
@RequestMapping(path = ApiPaths.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Events", description = "Status events (FSU and custom codes) and timelines")
public class EventController {

    private static final String ONE_OR_MANY = "One event (an object), or a batch: an array of events or "
            + "`{\"events\": [...]}` (at most 1000), recorded all or nothing. A single recorded event answers 201, a "
            + "duplicate 200 with outcome DUPLICATE; a batch answers 200 with the outcome of each event.";

    private final TrackingPlatform platform;
    private final ObjectMapper mapper;

    public EventController(TrackingPlatform platform, ObjectMapper mapper) {
        this.platform = platform;
        this.mapper = mapper;
    }

    @PostMapping(path = "/mawbs/{id}/events", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record one event or a batch for a MAWB", description = "Needs events.write. " + ONE_OR_MANY,
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(
                    oneOf = {RecordEventRequest.class, RecordEventsRequest.class, RecordEventRequest[].class}))),
            responses = {
                @ApiResponse(responseCode = "201", description = "the event was recorded",
                        content = @Content(schema = @Schema(implementation = EventOutcomeResponse.class))),
                @ApiResponse(responseCode = "200", description = "a batch, or a duplicate single event",
                        content = @Content(schema = @Schema(oneOf = {RecordEventsResponse.class,
                            EventOutcomeResponse.class})))})
    public ResponseEntity<Object> recordForMawb(@PathVariable UUID id, @RequestBody JsonNode body) {
        return record(ShipmentRef.of(MawbId.of(id)), body);
    }

    @PostMapping(path = "/hawbs/{id}/events", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record one event or a batch for a HAWB", description = "Needs events.write. " + ONE_OR_MANY,
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(
                    oneOf = {RecordEventRequest.class, RecordEventsRequest.class, RecordEventRequest[].class}))),
            responses = {
                @ApiResponse(responseCode = "201", description = "the event was recorded",
                        content = @Content(schema = @Schema(implementation = EventOutcomeResponse.class))),
                @ApiResponse(responseCode = "200", description = "a batch, or a duplicate single event",
                        content = @Content(schema = @Schema(oneOf = {RecordEventsResponse.class,
                            EventOutcomeResponse.class})))})
    public ResponseEntity<Object> recordForHawb(@PathVariable UUID id, @RequestBody JsonNode body) {
        return record(ShipmentRef.of(HawbId.of(id)), body);
    }

    @GetMapping("/mawbs/{id}/events")
    @Operation(summary = "A MAWB's timeline", description = "Needs events.read. Events in the order they happened; "
            + "includeHouses adds the events of its HAWBs.")
    public ListResponse<EventResponse> mawbTimeline(@PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean includeHouses) {
        return new ListResponse<>(platform.events().timeline(ShipmentRef.of(MawbId.of(id)), includeHouses).stream()
                .map(ApiMapper::event).toList());
    }

    @GetMapping("/hawbs/{id}/events")
    @Operation(summary = "A HAWB's timeline", description = "Needs events.read.")
    public ListResponse<EventResponse> hawbTimeline(@PathVariable UUID id) {
        return new ListResponse<>(platform.events().timeline(ShipmentRef.of(HawbId.of(id)), false).stream()
                .map(ApiMapper::event).toList());
    }

    private ResponseEntity<Object> record(ShipmentRef subject, JsonNode body) {
        JsonNode batch = body.isArray() ? body
                : body.isObject() && body.has("events") && body.get("events").isArray() ? body.get("events") : null;
        if (batch != null) {
            if (batch.size() > RecordEventsCommand.MAX_EVENTS) {
                throw new ValidationException("events", "must hold at most " + RecordEventsCommand.MAX_EVENTS
                        + " events");
            }
            List<RecordEventCommand> commands = new ArrayList<>();
            List<FieldViolation> violations = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                String prefix = "events[" + i + "]";
                try {
                    commands.add(ApiMapper.event(subject, read(batch.get(i), prefix), prefix));
                } catch (ValidationException e) {
                    violations.addAll(e.violations());
                }
            }
            if (!violations.isEmpty()) {
                throw new ValidationException(violations);
            }
            return ResponseEntity.ok(ApiMapper.outcomes(platform.events().recordAll(new RecordEventsCommand(commands))));
        }
        if (!body.isObject()) {
            throw new ValidationException(JsonBindingErrors.BODY, "must be an event object or an array of events");
        }
        EventOutcome outcome = platform.events().record(ApiMapper.event(subject, read(body, null), null));
        HttpStatus status = outcome.outcome() == EventOutcome.Outcome.RECORDED ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).body(ApiMapper.outcome(outcome));
    }

    private RecordEventRequest read(JsonNode node, String prefix) {
        if (node == null || !node.isObject()) {
            throw new ValidationException(prefix == null ? JsonBindingErrors.BODY : prefix, "must be an event object");
        }
        try {
            return mapper.treeToValue(node, RecordEventRequest.class);
        } catch (JacksonException e) {
            throw JsonBindingErrors.toValidationException(e, prefix);
        }
    }
}
