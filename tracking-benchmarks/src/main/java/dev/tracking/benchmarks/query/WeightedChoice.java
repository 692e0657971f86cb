package dev.tracking.benchmarks.query;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;

/** Picks items at random in proportion to their weights. Immutable. */
final class WeightedChoice<T> {

    private final List<T> items;
    private final long[] cumulative;

    WeightedChoice(List<T> items, ToIntFunction<T> weight) {
        this.items = List.copyOf(items);
        this.cumulative = new long[items.size()];
        long sum = 0;
        for (int i = 0; i < items.size(); i++) {
            sum += weight.applyAsInt(items.get(i));
            cumulative[i] = sum;
        }
    }

    T pick(SplittableRandom random) {
        long ticket = random.nextLong(cumulative[cumulative.length - 1]);
        int index = Arrays.binarySearch(cumulative, ticket + 1);
        return items.get(index >= 0 ? index : -index - 1);
    }

    /** The share of the item among all, between 0 and 1. */
    double share(T item) {
        int index = items.indexOf(item);
        long weight = cumulative[index] - (index == 0 ? 0 : cumulative[index - 1]);
        return (double) weight / cumulative[cumulative.length - 1];
    }
}
