package dev.tracking.core.domain.reminder;

import java.util.Objects;

/** The reminder policies a platform runs, each replaceable; {@link #standard()} is the default US air-import set. */
public record ReminderPolicies(PreAlertPolicy preAlert, PickupReminderPolicy pickup,
        LastFreeDayAlertPolicy lastFreeDay, IscPaymentReminderPolicy iscPayment,
        EmptyReturnReminderPolicy emptyReturn) {

    public ReminderPolicies {
        Objects.requireNonNull(preAlert, "preAlert");
        Objects.requireNonNull(pickup, "pickup");
        Objects.requireNonNull(lastFreeDay, "lastFreeDay");
        Objects.requireNonNull(iscPayment, "iscPayment");
        Objects.requireNonNull(emptyReturn, "emptyReturn");
    }

    public static ReminderPolicies standard() {
        return new ReminderPolicies(new PreAlertPolicy(), PickupReminderPolicy.standard(),
                LastFreeDayAlertPolicy.standard(), IscPaymentReminderPolicy.standard(),
                EmptyReturnReminderPolicy.standard());
    }

    public ReminderPolicies withLastFreeDay(LastFreeDayAlertPolicy policy) {
        return new ReminderPolicies(preAlert, pickup, policy, iscPayment, emptyReturn);
    }

    public ReminderPolicies withIscPayment(IscPaymentReminderPolicy policy) {
        return new ReminderPolicies(preAlert, pickup, lastFreeDay, policy, emptyReturn);
    }

    public ReminderPolicies withEmptyReturn(EmptyReturnReminderPolicy policy) {
        return new ReminderPolicies(preAlert, pickup, lastFreeDay, iscPayment, policy);
    }

    public ReminderPolicies withPickup(PickupReminderPolicy policy) {
        return new ReminderPolicies(preAlert, policy, lastFreeDay, iscPayment, emptyReturn);
    }
}
