package dev.tracking.spring.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the REST API ({@code tracking.web.*}). What file types accept (extensions, media types, size) is set on
 * each file type; {@link #maxUploadSize} caps every upload besides. The servlet container's multipart limits
 * ({@code spring.servlet.multipart.max-file-size} and {@code max-request-size}, 1 MB and 10 MB by default) must be at
 * least as large, or the container refuses larger uploads first (also with 413).
 */
@ConfigurationProperties("tracking.web")
public class TrackingWebProperties {

    /** Whether the REST API under /api/v1 is served. */
    private boolean enabled = true;

    /** The largest document an upload may carry, whatever its file type allows. */
    private DataSize maxUploadSize = DataSize.ofMegabytes(20);

    /**
     * Whether updates need If-Match with the ETag read (428 without it). When false, an update without If-Match
     * overwrites whatever version is current.
     */
    private boolean requireIfMatch = true;

    /** The OpenAPI document's title, unless the host defines its own OpenAPI bean. */
    private String title = "Tracking API";

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public DataSize getMaxUploadSize() {
        return maxUploadSize;
    }

    public void setMaxUploadSize(DataSize maxUploadSize) {
        this.maxUploadSize = maxUploadSize;
    }

    public boolean isRequireIfMatch() {
        return requireIfMatch;
    }

    public void setRequireIfMatch(boolean requireIfMatch) {
        this.requireIfMatch = requireIfMatch;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
