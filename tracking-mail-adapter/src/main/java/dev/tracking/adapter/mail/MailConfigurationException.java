package dev.tracking.adapter.mail;

import java.util.List;

/**
 * The mail adapter was configured with something it cannot work with: a missing host, an address that does not parse,
 * a password without a user name. {@link #problems()} names every problem found, not only the first.
 */
public final class MailConfigurationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    MailConfigurationException(String what, List<String> problems) {
        super(what + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Throws when {@code problems} is not empty. */
    static void throwIfAny(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new MailConfigurationException(what, problems);
        }
    }

    /** Every problem found, in the order they were checked. */
    public List<String> problems() {
        return problems;
    }
}
