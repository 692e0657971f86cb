package dev.tracking.spring.web.api;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.permission.RoleGrant;
import dev.tracking.core.port.in.permission.GrantFeatureCommand;
import dev.tracking.core.port.in.permission.SetOverrideCommand;
import dev.tracking.spring.web.api.dto.EffectiveFeaturesResponse;
import dev.tracking.spring.web.api.dto.FeaturesResponse;
import dev.tracking.spring.web.api.dto.ListResponse;
import dev.tracking.spring.web.api.dto.RoleFeaturesResponse;
import dev.tracking.spring.web.api.dto.RoleGrantResponse;
import dev.tracking.spring.web.api.dto.SetOverrideRequest;
import dev.tracking.spring.web.api.dto.UserOverrideResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who may do what: role grants, user overrides, effective features. Everything but {@code /me} needs
 * {@code admin.permissions}; changes take effect on this node at once, on others within the permission cache's TTL.
 */
@RestController
@RequestMapping(path = ApiPaths.BASE + "/permissions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Permissions", description = "Role grants, user overrides and effective features")
public class PermissionController {

    private final TrackingPlatform platform;

    public PermissionController(TrackingPlatform platform) {
        this.platform = platform;
    }

    @GetMapping("/me")
    @Operation(summary = "What I may do", description = "Needs no feature: the signed-in user's effective features.")
    public FeaturesResponse myFeatures() {
        return new FeaturesResponse(sorted(platform.permissions().myFeatures()));
    }

    @GetMapping("/features")
    @Operation(summary = "Every feature code known", description = "Needs admin.permissions.")
    public FeaturesResponse features() {
        return new FeaturesResponse(platform.permissions().features());
    }

    @GetMapping("/roles")
    @Operation(summary = "Every role with the features it grants", description = "Needs admin.permissions.")
    public ListResponse<RoleFeaturesResponse> roles() {
        return new ListResponse<>(ApiMapper.byRole(platform.permissions().grants()).entrySet().stream()
                .map(e -> new RoleFeaturesResponse(e.getKey(), e.getValue())).toList());
    }

    @GetMapping("/roles/{role}")
    @Operation(summary = "One role's features", description = "Needs admin.permissions. An unknown role grants "
            + "nothing.")
    public RoleFeaturesResponse role(@PathVariable String role) {
        return new RoleFeaturesResponse(role, platform.permissions().grants().stream()
                .filter(g -> g.role().equals(role)).map(RoleGrant::feature).sorted().toList());
    }

    @PutMapping("/roles/{role}/features/{feature}")
    @Operation(summary = "Grant a role a feature", description = "Needs admin.permissions. 400 for an unknown "
            + "feature, 409 when the role has it already.")
    public ResponseEntity<RoleGrantResponse> grant(@PathVariable String role, @PathVariable String feature) {
        RoleGrant grant = platform.permissions().grant(new GrantFeatureCommand(role, feature));
        return ResponseEntity.status(HttpStatus.CREATED).body(ApiMapper.grant(grant));
    }

    @DeleteMapping("/roles/{role}/features/{feature}")
    @Operation(summary = "Take a feature from a role", description = "Needs admin.permissions. 404 when the role "
            + "does not have it.")
    public ResponseEntity<Void> revoke(@PathVariable String role, @PathVariable String feature) {
        platform.permissions().revoke(new GrantFeatureCommand(role, feature));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/users/{userId}/overrides")
    @Operation(summary = "A user's overrides", description = "Needs admin.permissions.")
    public ListResponse<UserOverrideResponse> overrides(@PathVariable String userId) {
        return new ListResponse<>(platform.permissions().overridesOf(userId).stream().map(ApiMapper::override)
                .toList());
    }

    @PutMapping(path = "/users/{userId}/overrides/{feature}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Grant or deny a user a feature", description = "Needs admin.permissions. A DENY beats a "
            + "GRANT, which beats the user's roles; expiresAt (optional) must lie in the future.")
    public UserOverrideResponse setOverride(@PathVariable String userId, @PathVariable String feature,
            @RequestBody SetOverrideRequest request) {
        return ApiMapper.override(platform.permissions().setOverride(new SetOverrideCommand(userId, feature,
                request.effect(), ApiMapper.instant(request.expiresAt()))));
    }

    @DeleteMapping("/users/{userId}/overrides/{feature}")
    @Operation(summary = "Remove a user's override", description = "Needs admin.permissions. 404 when there is none.")
    public ResponseEntity<Void> removeOverride(@PathVariable String userId, @PathVariable String feature) {
        platform.permissions().removeOverride(userId, feature);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/effective")
    @Operation(summary = "What a user holding roles may do now", description = "Needs admin.permissions.")
    public EffectiveFeaturesResponse effective(@RequestParam String userId,
            @RequestParam(name = "role", required = false) Set<String> roles) {
        if (userId.isBlank()) {
            throw new ValidationException("userId", "must not be blank");
        }
        Set<String> given = roles == null ? Set.of() : new TreeSet<>(roles);
        return new EffectiveFeaturesResponse(userId, given,
                sorted(platform.permissions().effectiveFeatures(userId, given)));
    }

    private static List<String> sorted(Set<String> features) {
        return features.stream().sorted().toList();
    }
}
