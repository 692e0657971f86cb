package dev.tracking.spring.web.api;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.workflow.WorkflowDefinition;
import dev.tracking.core.port.in.workflow.AdvanceWorkflowCommand;
import dev.tracking.spring.web.api.dto.AdvanceWorkflowRequest;
import dev.tracking.spring.web.api.dto.DefineWorkflowRequest;
import dev.tracking.spring.web.api.dto.WorkflowDefinitionDto;
import dev.tracking.spring.web.api.dto.WorkflowStatusResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The SOP workflows of MAWBs and their definitions. */
@RestController
@RequestMapping(path = ApiPaths.BASE + "/workflows", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Workflows", description = "A MAWB's SOP workflow: where it stands, advancing it; versioned definitions")
public class WorkflowController {

    private final TrackingPlatform platform;

    public WorkflowController(TrackingPlatform platform) {
        this.platform = platform;
    }

    @GetMapping("/mawb/{id}")
    @Operation(summary = "A MAWB's workflow status", description = "Needs workflow.read. The current step, the steps "
            + "entered with who and when, the next step and what keeps the MAWB from it, the upcoming reminders.")
    public WorkflowStatusResponse status(@PathVariable UUID id) {
        return ApiMapper.workflow(platform.workflows().status(MawbId.of(id)));
    }

    @PostMapping(path = "/mawb/{id}/advance", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Advance a MAWB to its next step", description = "Needs the feature the next step names "
            + "(by default workflow.advance). 409 stale-step when the MAWB is not at expectedStep (nothing moves), "
            + "409 unmet-requirements listing every requirement that does not hold, 400 at the last step.")
    public WorkflowStatusResponse advance(@PathVariable UUID id, @RequestBody AdvanceWorkflowRequest request) {
        return ApiMapper.workflow(platform.workflows().advance(
                new AdvanceWorkflowCommand(MawbId.of(id), request.expectedStep())));
    }

    @GetMapping("/definitions/{code}")
    @Operation(summary = "The latest version of a workflow definition", description = "Needs workflow.read.")
    public WorkflowDefinitionDto latest(@PathVariable String code) {
        return ApiMapper.definition(platform.workflows().latestDefinition(code));
    }

    @GetMapping("/definitions/{code}/versions/{version}")
    @Operation(summary = "One version of a workflow definition", description = "Needs workflow.read.")
    public WorkflowDefinitionDto version(@PathVariable String code, @PathVariable int version) {
        return ApiMapper.definition(platform.workflows().definition(code, version));
    }

    @PostMapping(path = "/definitions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Define the next version of a workflow", description = "Needs workflow.admin. MAWBs keep "
            + "the version they started on; new MAWBs start on the latest.")
    public ResponseEntity<WorkflowDefinitionDto> define(@RequestBody DefineWorkflowRequest request) {
        if (request.code() == null) {
            throw new ValidationException("code", "must be given");
        }
        WorkflowDefinition definition = platform.workflows().define(ApiMapper.define(request));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{code}/versions/{version}")
                        .buildAndExpand(definition.code(), definition.version()).toUri())
                .body(ApiMapper.definition(definition));
    }
}
