package dev.tracking.scheduler;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** Default instance names: the host name and a random suffix, unique even for several instances on one host. */
final class InstanceNames {

    private static final int MAX_HOST_LENGTH = TrackingScheduler.Builder.MAX_INSTANCE_NAME_LENGTH - 9;

    private InstanceNames() {
    }

    static String generate() {
        String host = hostName();
        if (host.length() > MAX_HOST_LENGTH) {
            host = host.substring(0, MAX_HOST_LENGTH);
        }
        return host + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    private static String hostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name == null || name.isBlank() ? "localhost" : name;
        } catch (UnknownHostException | SecurityException e) {
            return "localhost";
        }
    }
}
