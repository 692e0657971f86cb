package dev.tracking.spring.autoconfigure;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;

/** {@link ConditionalOnTrackingPersistence}: the adapter chosen by {@code tracking.persistence}, or by the class path. */
final class OnTrackingPersistenceCondition extends SpringBootCondition {

    static final String PROPERTY = "tracking.persistence";
    static final String JDBI_ADAPTER = "dev.tracking.adapter.jdbi.JdbiPersistence";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Map<String, Object> attributes = metadata.getAnnotationAttributes(
                ConditionalOnTrackingPersistence.class.getName());
        TrackingProperties.Persistence wanted = (TrackingProperties.Persistence) attributes.get("value");
        ConditionMessage.Builder message = ConditionMessage.forCondition(ConditionalOnTrackingPersistence.class,
                wanted.name().toLowerCase(Locale.ROOT));
        String configured = context.getEnvironment().getProperty(PROPERTY, "auto").strip();
        String normalized = configured.replace("-", "").replace("_", "").toUpperCase(Locale.ROOT);
        if (normalized.isEmpty() || normalized.equals(TrackingProperties.Persistence.AUTO.name())) {
            if (wanted == TrackingProperties.Persistence.JDBI) {
                return ConditionOutcome.match(message.because(PROPERTY + " is auto, and Jdbi is preferred"));
            }
            boolean jdbiPresent = ClassUtils.isPresent(JDBI_ADAPTER, context.getClassLoader());
            return jdbiPresent
                    ? ConditionOutcome.noMatch(message.because(PROPERTY + " is auto and the Jdbi adapter, preferred, "
                            + "is on the class path"))
                    : ConditionOutcome.match(message.because(PROPERTY + " is auto and the Jdbi adapter is not on the "
                            + "class path"));
        }
        if (normalized.equals(wanted.name())) {
            return ConditionOutcome.match(message.because(PROPERTY + " is " + configured));
        }
        return ConditionOutcome.noMatch(message.because(PROPERTY + " is " + configured));
    }
}
