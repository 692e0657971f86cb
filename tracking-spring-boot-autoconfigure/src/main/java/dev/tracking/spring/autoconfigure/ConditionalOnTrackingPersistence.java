package dev.tracking.spring.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * Matches when {@code tracking.persistence} chooses the adapter: set to it, or {@code auto} (or unset) and the adapter
 * is the preferred one on the class path (Jdbi before JPA). Whether the adapter itself is on the class path is for a
 * {@code @ConditionalOnClass} beside it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Documented
@Conditional(OnTrackingPersistenceCondition.class)
@interface ConditionalOnTrackingPersistence {

    /** The adapter this configuration sets up: {@code JDBI} or {@code JPA}. */
    TrackingProperties.Persistence value();
}
