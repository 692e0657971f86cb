package dev.tracking.sample.boot;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.common.Actor;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.AwbNumber;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbDetails;
import dev.tracking.core.domain.measure.Weight;
import dev.tracking.core.domain.party.Party;
import dev.tracking.core.port.in.attachment.AddAttachmentCommand;
import dev.tracking.core.port.in.mawb.CreateMawbCommand;
import dev.tracking.core.port.out.AttachmentStorage;
import dev.tracking.spring.autoconfigure.ScopedActorProvider;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sample application as it is, on a random port, over an in-memory H2 database (one for every test class that
 * extends this one: they share the application context), with its demo data and its demo users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sample-test;DB_CLOSE_DELAY=-1",
    "tracking.attachments.directory=target/test-attachments",
    "tracking.scheduler.poll-interval=200ms"
})
abstract class SampleApplicationTestSupport {

    /** AWB serials of the MAWBs the tests create: 7 digits, apart from the demo data's. */
    private static final AtomicInteger SERIALS = new AtomicInteger(3_500_000);

    @LocalServerPort
    int port;

    @Autowired
    TrackingPlatform platform;

    @Autowired
    AttachmentStorage storage;

    @Autowired
    ScopedActorProvider actors;

    SampleHttp http() {
        return new SampleHttp("http://localhost:" + port);
    }

    /** A fresh AWB number on Lufthansa Cargo's prefix 020, with its check digit. */
    static String nextAwbNumber() {
        String serial = String.valueOf(SERIALS.incrementAndGet());
        return "020-" + serial + AwbNumber.checkDigitOf(serial);
    }

    /** The body of a request to create a MAWB under {@code awbNumber}. */
    static Map<String, Object> createMawbRequest(String awbNumber) {
        return Map.of(
                "awbNumber", awbNumber,
                "origin", "FRA",
                "destination", "ORD",
                "shipper", Map.of("name", "Rheinmetall Pumpen GmbH", "countryCode", "DE"),
                "consignee", Map.of("name", "Great Lakes Industrial Supply", "countryCode", "US"),
                "pieces", 4,
                "weight", Map.of("amount", "320.5", "unit", "KG"),
                "commodity", "Pump spare parts");
    }

    /** A new MAWB whose documents are complete, at PRE_ALERT: it may advance to DOCS_COMPLETE. */
    Mawb mawbReadyForDocsComplete() throws Exception {
        return actors.callAs(Actor.user("test-setup", "admin"), () -> {
            Mawb mawb = platform.mawbs().create(new CreateMawbCommand(AwbNumber.parse(nextAwbNumber()),
                    new MawbDetails(AirportCode.of("FRA"), AirportCode.of("ORD"), Party.named("Shipper GmbH"),
                            Party.named("Consignee Inc."), null, 2, Weight.kg("80"), null, null, List.of(), null,
                            null, List.of(), List.of())));
            for (String type : List.of("MAWB", "COMMERCIAL_INVOICE", "PACKING_LIST")) {
                byte[] pdf = DemoPdf.of(type, List.of("AWB " + mawb.number()));
                AttachmentStorage.StoredDocument stored = storage.store(new ByteArrayInputStream(pdf), pdf.length);
                platform.attachments().add(new AddAttachmentCommand(ShipmentRef.of(mawb.id()), type,
                        type.toLowerCase() + ".pdf", "application/pdf", stored.sizeBytes(), stored.sha256(),
                        stored.storageKey()));
            }
            return mawb;
        });
    }
}
