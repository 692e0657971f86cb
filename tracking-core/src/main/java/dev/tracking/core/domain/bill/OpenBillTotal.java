package dev.tracking.core.domain.bill;

import java.math.BigDecimal;
import java.util.Currency;

/** How many bills of a type are open in one currency, and what they add up to. */
public record OpenBillTotal(Currency currency, long count, BigDecimal total) {
}
