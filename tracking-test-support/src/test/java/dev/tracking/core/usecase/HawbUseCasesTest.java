package dev.tracking.core.usecase;

import static dev.tracking.core.usecase.PlatformFixture.ACTOR;
import static dev.tracking.core.usecase.PlatformFixture.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.HawbId;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.domain.common.VersionConflictException;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.hawb.HawbCreated;
import dev.tracking.core.domain.hawb.HawbCriteria;
import dev.tracking.core.domain.hawb.HawbDetails;
import dev.tracking.core.domain.hawb.HawbSort;
import dev.tracking.core.domain.hawb.HawbSortField;
import dev.tracking.core.domain.hawb.HawbUpdated;
import dev.tracking.core.domain.identifier.HawbNumber;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.measure.Weight;
import dev.tracking.core.domain.status.ShipmentStatus;
import dev.tracking.core.port.in.common.Page;
import dev.tracking.core.port.in.common.PageRequest;
import dev.tracking.core.port.in.hawb.CreateHawbCommand;
import dev.tracking.core.port.in.hawb.ListHawbsCommand;
import dev.tracking.core.port.in.hawb.UpdateHawbCommand;
import dev.tracking.testsupport.TestData;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HawbUseCasesTest {

    private PlatformFixture fx;
    private Mawb mawb;

    @BeforeEach
    void setUp() {
        fx = new PlatformFixture();
        fx.registerLufthansa();
        mawb = fx.createMawb(1234567);
        fx.forgetPublished();
    }

    // ---------------------------------------------------------------------------------------------------- create

    @Test
    void createStoresTheHawbUnderItsMawbAtVersionOneInStatusCreated() {
        HawbDetails details = TestData.hawbDetails();

        Hawb created = fx.platform.hawbs().create(new CreateHawbCommand(mawb.id(), HawbNumber.parse("ham0042"),
                details));

        assertThat(created.mawbId()).isEqualTo(mawb.id());
        assertThat(created.number()).isEqualTo(new HawbNumber("HAM0042"));
        assertThat(created.details()).isEqualTo(details);
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.status()).isEqualTo(ShipmentStatus.CREATED);
        assertThat(created.statusAsOf()).isNull();
        assertThat(created.createdAt()).isEqualTo(fx.now());
        assertThat(created.updatedAt()).isEqualTo(fx.now());
        assertThat(fx.platform.hawbs().get(created.id())).isEqualTo(created);
    }

    @Test
    void createPublishesHawbCreated() {
        Hawb created = fx.createHawb(mawb, "HAM0042");

        assertThat(fx.published()).singleElement().isInstanceOfSatisfying(HawbCreated.class, event -> {
            assertThat(event.hawb()).isEqualTo(created);
            assertThat(event.actor()).isEqualTo(ACTOR.userId());
            assertThat(event.at()).isEqualTo(fx.now());
        });
    }

    @Test
    void createUnderAMissingMawbIsNotFoundAndStoresNothing() {
        MawbId missing = MawbId.of(UUID.fromString("0192f3e4-5b6c-7d8e-9f00-112233445566"));

        assertThatThrownBy(() -> fx.createHawb(TestData.hawbBuilder(missing, "HAM0042")))
                .isInstanceOf(NotFoundException.class);

        assertThat(list(new HawbCriteria(missing, null, null))).isEmpty();
        assertThat(list(HawbCriteria.any())).isEmpty();
        assertThat(fx.published()).isEmpty();
    }

    @Test
    void createRefusesANumberTakenWithinTheSameMawbWhateverItsCase() {
        Hawb first = fx.createHawb(mawb, "HAM0042");
        fx.forgetPublished();

        DuplicateException duplicate = catchThrowableOfType(DuplicateException.class,
                () -> fx.createHawb(TestData.hawbBuilder(mawb, "ham0042").pieces(7)));

        assertThat(duplicate.field()).isEqualTo("hawbNumber");
        assertThat(list(HawbCriteria.of(mawb.id()))).containsExactly(first);
        assertThat(fx.published()).isEmpty();
    }

    @Test
    void createAcceptsTheSameNumberUnderAnotherMawb() {
        Mawb other = fx.createMawb(7654321);
        Hawb first = fx.createHawb(mawb, "HAM0042");

        Hawb second = fx.createHawb(other, "HAM0042");

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(list(HawbCriteria.of(mawb.id()))).containsExactly(first);
        assertThat(list(HawbCriteria.of(other.id()))).containsExactly(second);
    }

    // ---------------------------------------------------------------------------------------------------- update

    @Test
    void updateWithTheVersionReadReplacesTheDetailsAndPublishesHawbUpdated() {
        Hawb created = fx.createHawb(mawb, "HAM0042");
        fx.forgetPublished();
        fx.advance(Duration.ofMinutes(3));
        HawbDetails changed = TestData.hawbBuilder(mawb, "HAM0042").pieces(4).weight(Weight.kg("400"))
                .description("Gear pumps and seals").build().details();

        Hawb updated = fx.platform.hawbs().update(new UpdateHawbCommand(created.id(), 1, changed));

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.details()).isEqualTo(changed);
        assertThat(updated.number()).isEqualTo(created.number());
        assertThat(updated.mawbId()).isEqualTo(created.mawbId());
        assertThat(updated.createdAt()).isEqualTo(created.createdAt());
        assertThat(updated.updatedAt()).isEqualTo(fx.now());
        assertThat(fx.platform.hawbs().get(created.id())).isEqualTo(updated);
        assertThat(fx.published()).singleElement().isInstanceOfSatisfying(HawbUpdated.class, event -> {
            assertThat(event.before()).isEqualTo(created);
            assertThat(event.after()).isEqualTo(updated);
            assertThat(event.actor()).isEqualTo(ACTOR.userId());
        });
    }

    @Test
    void updateWithAStaleVersionIsAConflictAndChangesNothing() {
        Hawb created = fx.createHawb(mawb, "HAM0042");
        Hawb current = fx.platform.hawbs().update(new UpdateHawbCommand(created.id(), 1,
                TestData.hawbBuilder(mawb, "HAM0042").pieces(4).build().details()));
        fx.forgetPublished();

        assertThatThrownBy(() -> fx.platform.hawbs().update(new UpdateHawbCommand(created.id(), 1,
                TestData.hawbBuilder(mawb, "HAM0042").pieces(5).build().details())))
                .isInstanceOf(VersionConflictException.class);

        assertThat(fx.platform.hawbs().get(created.id())).isEqualTo(current);
        assertThat(fx.published()).isEmpty();
    }

    @Test
    void updateBasedOnAVersionReadBeforeAnEventMovedTheStatusIsAConflict() {
        Hawb created = fx.createHawb(mawb, "HAM0042");
        fx.record(ShipmentRef.of(created.id()), "RCS", OffsetDateTime.parse("2025-03-14T08:00:00+01:00"), "FRA");

        assertThatThrownBy(() -> fx.platform.hawbs().update(
                new UpdateHawbCommand(created.id(), 1, created.details())))
                .isInstanceOf(VersionConflictException.class);
        assertThat(fx.platform.hawbs().get(created.id()).status()).isEqualTo(ShipmentStatus.RECEIVED);
    }

    @Test
    void updateOfAMissingHawbIsNotFound() {
        assertThatThrownBy(() -> fx.platform.hawbs().update(
                new UpdateHawbCommand(HawbId.of(UUID.randomUUID()), 1, TestData.hawbDetails())))
                .isInstanceOf(NotFoundException.class);
    }

    // ------------------------------------------------------------------------------------------------------- get

    @Test
    void getReturnsTheStoredHawbAndAMissingOneIsNotFound() {
        Hawb created = fx.createHawb(mawb, "HAM0042");

        assertThat(fx.platform.hawbs().get(created.id())).isEqualTo(created);
        assertThatThrownBy(() -> fx.platform.hawbs().get(HawbId.of(UUID.randomUUID())))
                .isInstanceOf(NotFoundException.class);
    }

    // ------------------------------------------------------------------------------------------------------ list

    @Test
    void listByMawbReturnsOnlyItsHawbsPageByPageInNumberOrder() {
        Mawb other = fx.createMawb(7654321);
        for (String number : List.of("H5", "H1", "H4", "H2", "H3")) {
            fx.createHawb(mawb, number);
        }
        fx.createHawb(other, "H0");
        fx.createHawb(other, "H6");
        ListHawbsCommand command = new ListHawbsCommand(HawbCriteria.of(mawb.id()),
                new HawbSort(HawbSortField.HAWB_NUMBER, SortDirection.ASC), PageRequest.first(2));

        List<Page<Hawb>> pages = walk(command);

        assertThat(pages).extracting(p -> p.items().size()).containsExactly(2, 2, 1);
        assertThat(pages.stream().flatMap(p -> p.items().stream()).map(h -> h.number().value()))
                .containsExactly("H1", "H2", "H3", "H4", "H5");
    }

    @Test
    void listIsNewestFirstByDefaultAndPagesWithoutRepeatingWhileHawbsAreCreated() {
        List<Hawb> created = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            created.add(fx.createHawb(mawb, "H" + i));
            fx.advance(Duration.ofSeconds(1));
        }
        ListHawbsCommand command = new ListHawbsCommand(HawbCriteria.of(mawb.id()), null, PageRequest.first(2));
        List<Hawb> seen = new ArrayList<>();
        int next = 100;
        while (true) {
            Page<Hawb> page = fx.platform.hawbs().list(command);
            seen.addAll(page.items());
            fx.createHawb(mawb, "N" + next++);
            fx.advance(Duration.ofSeconds(1));
            if (!page.hasNext()) {
                break;
            }
            command = command.withPage(command.page().next(page.nextCursor()));
        }

        List<Hawb> newestFirst = new ArrayList<>(created);
        java.util.Collections.reverse(newestFirst);
        assertThat(seen).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void listFiltersByStatusAndByTextInTheNumberOrConsigneeName() {
        Hawb received = fx.createHawb(TestData.hawbBuilder(mawb, "HAM0042").consignee("Pacific Rim Traders"));
        Hawb plain = fx.createHawb(mawb, "MUC0001");
        fx.record(ShipmentRef.of(received.id()), "RCS", OffsetDateTime.parse("2025-03-14T08:00:00+01:00"), "FRA");

        assertThat(list(new HawbCriteria(mawb.id(), Set.of(ShipmentStatus.RECEIVED), null)))
                .extracting(Hawb::id).containsExactly(received.id());
        assertThat(list(new HawbCriteria(mawb.id(), null, "pacific"))).extracting(Hawb::id)
                .containsExactly(received.id());
        assertThat(list(new HawbCriteria(mawb.id(), null, "muc00"))).extracting(Hawb::id)
                .containsExactly(plain.id());
    }

    @Test
    void listRefusesACursorOfAnotherSortAndAPageLimitOutOfBounds() {
        for (int i = 1; i <= 3; i++) {
            fx.createHawb(mawb, "H" + i);
        }
        String cursor = fx.platform.hawbs().list(new ListHawbsCommand(HawbCriteria.of(mawb.id()),
                new HawbSort(HawbSortField.HAWB_NUMBER, SortDirection.ASC), PageRequest.first(1))).nextCursor();

        assertRejected(() -> fx.platform.hawbs().list(new ListHawbsCommand(HawbCriteria.of(mawb.id()),
                HawbSort.NEWEST_FIRST, new PageRequest(cursor, 1))), "cursor");
        assertRejected(() -> fx.platform.hawbs().list(new ListHawbsCommand(null, null, new PageRequest(null, 0))),
                "limit");
        assertRejected(() -> fx.platform.hawbs().list(new ListHawbsCommand(null, null, new PageRequest(null, 201))),
                "limit");
    }

    // --------------------------------------------------------------------------------------------------- helpers

    private List<Hawb> list(HawbCriteria criteria) {
        return walk(new ListHawbsCommand(criteria, new HawbSort(HawbSortField.HAWB_NUMBER, SortDirection.ASC),
                PageRequest.first(PageRequest.MAX_LIMIT))).stream().flatMap(p -> p.items().stream()).toList();
    }

    private List<Page<Hawb>> walk(ListHawbsCommand first) {
        List<Page<Hawb>> pages = new ArrayList<>();
        ListHawbsCommand command = first;
        while (true) {
            Page<Hawb> page = fx.platform.hawbs().list(command);
            pages.add(page);
            if (!page.hasNext()) {
                return pages;
            }
            assertThat(pages).as("paging ends").hasSizeLessThan(1000);
            command = command.withPage(command.page().next(page.nextCursor()));
        }
    }
}
