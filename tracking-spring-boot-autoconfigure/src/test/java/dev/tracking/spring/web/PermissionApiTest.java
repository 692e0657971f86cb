package dev.tracking.spring.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class PermissionApiTest extends ApiTestSupport {

    private static final String PERMISSIONS = BASE + "/permissions";

    @Test
    void tells_every_user_their_own_features() throws Exception {
        mvc.perform(get(PERMISSIONS + "/me").with(uploader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.features", hasSize(1)))
                .andExpect(jsonPath("$.features[0]").value("attachments.write"));
    }

    @Test
    void lists_features_and_roles() throws Exception {
        getAsAdmin(PERMISSIONS + "/features").andExpect(jsonPath("$.features", hasItem("mawb.write")));
        getAsAdmin(PERMISSIONS + "/roles")
                .andExpect(jsonPath("$.items[?(@.role == 'viewer')].features[*]", hasItem("mawb.read")));
        getAsAdmin(PERMISSIONS + "/roles/viewer")
                .andExpect(jsonPath("$.role").value("viewer"))
                .andExpect(jsonPath("$.features", hasItem("audit.read")))
                .andExpect(jsonPath("$.features", not(hasItem("mawb.write"))));
    }

    @Test
    void grants_and_revokes_a_role_feature() throws Exception {
        String role = "clerk-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(put(PERMISSIONS + "/roles/" + role + "/features/bills.read").with(admin()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.role").value(role))
                .andExpect(jsonPath("$.grantedBy").value("anna"));
        mvc.perform(put(PERMISSIONS + "/roles/" + role + "/features/bills.read").with(admin()))
                .andExpect(problem(409, "duplicate"));
        mvc.perform(get(BASE + "/dashboard/stats").with(as("cleo", role)))
                .andExpect(jsonPath("$.feature").value("dashboard.read"));
        mvc.perform(delete(PERMISSIONS + "/roles/" + role + "/features/bills.read").with(admin()))
                .andExpect(status().isNoContent());
        mvc.perform(delete(PERMISSIONS + "/roles/" + role + "/features/bills.read").with(admin()))
                .andExpect(problem(404, "not-found"));
        mvc.perform(put(PERMISSIONS + "/roles/" + role + "/features/no.such.feature").with(admin()))
                .andExpect(invalid("feature"));
        mvc.perform(put(PERMISSIONS + "/roles/" + role + "/features/NOT A CODE").with(admin()))
                .andExpect(invalid("feature"));
    }

    @Test
    void sets_lists_and_removes_user_overrides_that_take_effect_at_once() throws Exception {
        String user = "olaf-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(get(BASE + "/dashboard/stats").with(as(user, WebTestApplication.VIEWER)))
                .andExpect(status().isOk());
        mvc.perform(put(PERMISSIONS + "/users/" + user + "/overrides/dashboard.read").with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"effect\": \"DENY\", \"expiresAt\": \"2025-03-17T12:00:00+01:00\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.effect").value("DENY"))
                .andExpect(jsonPath("$.expiresAt").value("2025-03-17T11:00:00Z"));
        mvc.perform(get(BASE + "/dashboard/stats").with(as(user, WebTestApplication.VIEWER)))
                .andExpect(problem(403, "permission-denied"))
                .andExpect(jsonPath("$.feature").value("dashboard.read"));
        getAsAdmin(PERMISSIONS + "/users/" + user + "/overrides")
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].feature").value("dashboard.read"));
        mvc.perform(get(PERMISSIONS + "/effective").with(admin()).param("userId", user).param("role", "viewer"))
                .andExpect(jsonPath("$.features", not(hasItem("dashboard.read"))))
                .andExpect(jsonPath("$.features", hasItem("mawb.read")));
        mvc.perform(delete(PERMISSIONS + "/users/" + user + "/overrides/dashboard.read").with(admin()))
                .andExpect(status().isNoContent());
        mvc.perform(delete(PERMISSIONS + "/users/" + user + "/overrides/dashboard.read").with(admin()))
                .andExpect(problem(404, "not-found"));
        mvc.perform(get(BASE + "/dashboard/stats").with(as(user, WebTestApplication.VIEWER)))
                .andExpect(status().isOk());
    }

    @Test
    void names_bad_override_fields() throws Exception {
        mvc.perform(put(PERMISSIONS + "/users/someone/overrides/mawb.read").with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"effect\": \"MAYBE\"}"))
                .andExpect(invalid("effect"));
        mvc.perform(put(PERMISSIONS + "/users/someone/overrides/mawb.read").with(admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(invalid("effect"));
        mvc.perform(put(PERMISSIONS + "/users/someone/overrides/mawb.read").with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"effect\": \"GRANT\", \"expiresAt\": \"2020-01-01T00:00:00Z\"}"))
                .andExpect(invalid("expiresAt"));
        mvc.perform(get(PERMISSIONS + "/effective").with(admin())).andExpect(invalid("userId"));
    }

    @Test
    void answers_403_naming_admin_permissions() throws Exception {
        mvc.perform(get(PERMISSIONS + "/roles").with(viewer()))
                .andExpect(problem(403, "permission-denied"))
                .andExpect(jsonPath("$.feature").value("admin.permissions"));
        mvc.perform(put(PERMISSIONS + "/roles/viewer/features/mawb.write").with(viewer()))
                .andExpect(jsonPath("$.feature").value("admin.permissions"));
    }
}
