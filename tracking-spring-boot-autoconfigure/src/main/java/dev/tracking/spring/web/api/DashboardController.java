package dev.tracking.spring.web.api;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.spring.web.api.dto.DashboardResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's figures. */
@RestController
@RequestMapping(path = ApiPaths.BASE + "/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Dashboard", description = "The numbers a forwarder's day starts with")
public class DashboardController {

    private final TrackingPlatform platform;

    public DashboardController(TrackingPlatform platform) {
        this.platform = platform;
    }

    @GetMapping("/stats")
    @Operation(summary = "Dashboard statistics", description = "Needs dashboard.read. MAWBs by status, arriving "
            + "today, last free day within 3 days and overdue (each destination's local date), open ISC bills.")
    public DashboardResponse statistics() {
        return ApiMapper.dashboard(platform.dashboard().statistics());
    }
}
