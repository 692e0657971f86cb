package dev.tracking.sample.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.common.Actor;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The demo data, as a user of the API sees it right after start-up: a dozen MAWBs on seeded carriers at every step of
 * the SOP, with HAWBs, documents, events and bills; seeding again adds nothing.
 */
class DemoDataSeederTest extends SampleApplicationTestSupport {

    @Autowired
    DemoDataSeeder seeder;

    @Test
    void aDozenDemoMawbsStandAtEveryStepOfTheSop() {
        SampleHttp http = http();
        List<DemoDataSeeder.Shipment> demo = DemoDataSeeder.demoShipments();
        assertThat(demo).hasSize(DemoDataSeeder.MAWB_COUNT);

        Map<String, String> stepByAwb = new HashMap<>();
        for (DemoDataSeeder.Shipment shipment : demo) {
            JsonNode mawb = http.get("viewer", "/api/v1/mawbs/by-number/" + shipment.awbNumber()).expect(200).json();
            JsonNode workflow = http.get("viewer", "/api/v1/workflows/mawb/" + mawb.get("id").asString())
                    .expect(200).json();
            stepByAwb.put(shipment.awbNumber(), workflow.at("/currentStep/code").asString());
        }
        assertThat(stepByAwb).hasSize(12);
        demo.forEach(shipment -> assertThat(stepByAwb).containsEntry(shipment.awbNumber(), shipment.target()));
        assertThat(new HashSet<>(stepByAwb.values())).containsExactlyInAnyOrder("PRE_ALERT", "DOCS_COMPLETE",
                "ARRIVED", "ISC_PAID", "CUSTOMS_RELEASED", "PICKUP_SCHEDULED", "DELIVERED", "CLOSED");
    }

    @Test
    void theDemoMawbsCarryHousesDocumentsEventsBillsAndEquipment() {
        SampleHttp http = http();
        Set<String> carriers = new HashSet<>();
        Set<String> billStates = new HashSet<>();
        Set<String> equipmentKinds = new HashSet<>();
        int houses = 0;
        int documents = 0;
        Set<String> eventCodes = new HashSet<>();
        for (DemoDataSeeder.Shipment shipment : DemoDataSeeder.demoShipments()) {
            JsonNode mawb = http.get("operator", "/api/v1/mawbs/by-number/" + shipment.awbNumber()).expect(200)
                    .json();
            String id = mawb.get("id").asString();
            carriers.add(mawb.get("carrier").asString());
            mawb.get("equipment").forEach(e -> equipmentKinds.add(e.get("kind").asString()));
            houses += http.get("operator", "/api/v1/hawbs?mawbId=" + id).expect(200).json().get("items").size();
            JsonNode attachments = http.get("operator", "/api/v1/mawbs/" + id + "/attachments").expect(200).json()
                    .get("items");
            documents += attachments.size();
            http.get("operator", "/api/v1/mawbs/" + id + "/events").expect(200).json().get("items")
                    .forEach(e -> eventCodes.add(e.get("code").asString()));
            http.get("operator", "/api/v1/bills?mawbId=" + id).expect(200).json().get("items")
                    .forEach(b -> billStates.add(b.get("type").asString() + ":" + b.get("status").asString()));
        }
        assertThat(carriers).contains("LH", "EK", "SQ");
        assertThat(houses).isGreaterThanOrEqualTo(6);
        assertThat(documents).isGreaterThan(30);
        assertThat(eventCodes).contains("DEP", "ARR", "RCF", "CCD", "DLV", "WORKFLOW_STEP");
        assertThat(billStates).contains("ISC:OPEN", "ISC:PAID");
        assertThat(equipmentKinds).containsExactlyInAnyOrder("CONTAINER", "ULD");
    }

    @Test
    void aDemoDocumentDownloadsAsThePdfThatWasStored() {
        SampleHttp http = http();
        String awb = DemoDataSeeder.demoShipments().get(2).awbNumber();
        String id = http.get("viewer", "/api/v1/mawbs/by-number/" + awb).expect(200).json().get("id").asString();
        JsonNode attachment = http.get("viewer", "/api/v1/mawbs/" + id + "/attachments").expect(200).json()
                .get("items").get(0);

        SampleHttp.Reply content = http.get("viewer", "/api/v1/attachments/" + attachment.get("id").asString()
                + "/content").expect(200);

        assertThat(content.contentType()).startsWith("application/pdf");
        assertThat(new String(content.bytes(), 0, 8, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-1.4");
        assertThat(content.bytes()).hasSize(attachment.get("sizeBytes").asInt());
    }

    @Test
    void theDashboardShowsTheDemoShipments() {
        JsonNode stats = http().get("viewer", "/api/v1/dashboard/stats").expect(200).json();

        assertThat(stats.get("openIscBillCount").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(stats.get("lastFreeDayOverdue").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(stats.get("lastFreeDayWithin3Days").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void seedingAgainAddsNothing() throws Exception {
        int seeded = actors.callAs(Actor.user("test", "admin"), seeder::seedIfEmpty);

        assertThat(seeded).isZero();
        for (DemoDataSeeder.Shipment shipment : DemoDataSeeder.demoShipments()) {
            http().get("viewer", "/api/v1/mawbs/by-number/" + shipment.awbNumber()).expect(200);
        }
    }

    @Test
    void theDemoDataIsAuditedAsTheDemoDataUser() {
        JsonNode entries = http().get("admin", "/api/v1/audit-log?actor=" + DemoDataSeeder.SEEDER + "&limit=5")
                .expect(200).json().get("items");

        assertThat(entries.size()).isGreaterThan(0);
    }
}
