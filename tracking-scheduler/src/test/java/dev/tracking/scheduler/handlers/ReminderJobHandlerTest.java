package dev.tracking.scheduler.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.application.ReminderJobs;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.PermissionDeniedException;
import dev.tracking.core.domain.reminder.ReminderKind;
import dev.tracking.core.port.in.reminder.FireReminderCommand;
import dev.tracking.core.port.in.reminder.ReminderOutcome;
import dev.tracking.scheduler.JobContext;
import dev.tracking.scheduler.PermanentJobFailure;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ReminderJobHandlerTest {

    private static final MawbId MAWB = MawbId.of(UUID.fromString("0195a0c4-7d3e-7000-8000-000000000001"));
    private static final Instant FIRE_AT = Instant.parse("2025-03-18T14:00:00Z");

    private final List<FireReminderCommand> fired = new CopyOnWriteArrayList<>();

    @Test
    void firesTheReminderThePayloadDescribes() {
        ReminderJobHandler handler = new ReminderJobHandler(command -> {
            fired.add(command);
            return ReminderOutcome.sent();
        });

        handler.handle(context(Map.of("kind", "LAST_FREE_DAY", "mawbId", MAWB.toString(), "fireAt",
                FIRE_AT.toString())));

        assertThat(handler.type()).isEqualTo("reminder").isEqualTo(ReminderJobs.TYPE);
        assertThat(fired).containsExactly(new FireReminderCommand(ReminderKind.LAST_FREE_DAY, MAWB, FIRE_AT));
    }

    @Test
    void aSkippedReminderCompletesToo() {
        ReminderJobHandler handler = new ReminderJobHandler(command -> ReminderOutcome.skipped("the ISC is paid"));

        handler.handle(context(Map.of("kind", "ISC_PAYMENT", "mawbId", MAWB.toString(), "fireAt",
                FIRE_AT.toString())));
    }

    @Test
    void aPayloadThatDescribesNoReminderIsAPermanentFailure() {
        ReminderJobHandler handler = new ReminderJobHandler(command -> {
            fired.add(command);
            return ReminderOutcome.sent();
        });

        assertThatThrownBy(() -> handler.handle(context(Map.of("kind", "BIRTHDAY", "mawbId", MAWB.toString(),
                "fireAt", FIRE_AT.toString())))).isInstanceOf(PermanentJobFailure.class).hasMessageContaining("kind");
        assertThatThrownBy(() -> handler.handle(context(Map.of("kind", "PICKUP", "mawbId", MAWB.toString(),
                "fireAt", "tomorrow")))).isInstanceOf(PermanentJobFailure.class).hasMessageContaining("fireAt");
        assertThatThrownBy(() -> handler.handle(context(Map.of())))
                .isInstanceOf(PermanentJobFailure.class);
        assertThat(fired).isEmpty();
    }

    @Test
    void aRefusedPermissionIsPermanentAndAnyOtherFailureIsRetried() {
        Map<String, String> payload = Map.of("kind", "PICKUP", "mawbId", MAWB.toString(), "fireAt",
                FIRE_AT.toString());

        assertThatThrownBy(() -> new ReminderJobHandler(command -> {
            throw new PermissionDeniedException("workflow.advance", "anonymous");
        }).handle(context(payload))).isInstanceOf(PermanentJobFailure.class).hasMessageContaining("workflow.advance");
        assertThatThrownBy(() -> new ReminderJobHandler(command -> {
            throw new IllegalStateException("database down");
        }).handle(context(payload))).isInstanceOf(IllegalStateException.class).isNotInstanceOf(
                PermanentJobFailure.class);
    }

    private static JobContext context(Map<String, String> payload) {
        return new JobContext(UUID.randomUUID(), "reminder", payload, 1, 5, "reminder:key", FIRE_AT);
    }
}
