package dev.tracking.core.domain.permission;

/**
 * The permission features: what a user may do. Each use case checks one. Hosts may add their own feature codes
 * (lower case, dot-separated) to the {@code features} table and check them in their own code.
 */
public enum Feature {
    MAWB_READ("mawb.read", "See MAWBs and their containers"),
    MAWB_WRITE("mawb.write", "Create and change MAWBs"),
    HAWB_READ("hawb.read", "See HAWBs"),
    HAWB_WRITE("hawb.write", "Create and change HAWBs"),
    EVENTS_READ("events.read", "See event timelines"),
    EVENTS_WRITE("events.write", "Record status events"),
    WORKFLOW_READ("workflow.read", "See workflow status"),
    WORKFLOW_ADVANCE("workflow.advance", "Advance a MAWB's workflow"),
    WORKFLOW_ADMIN("workflow.admin", "Define workflows"),
    ATTACHMENTS_READ("attachments.read", "See and download attachments"),
    ATTACHMENTS_WRITE("attachments.write", "Upload attachments"),
    BILLS_READ("bills.read", "See bills"),
    BILLS_WRITE("bills.write", "Create, pay and void bills"),
    CARRIERS_WRITE("carriers.write", "Register and change carriers"),
    FILETYPES_WRITE("filetypes.write", "Register and change file types"),
    DASHBOARD_READ("dashboard.read", "See the dashboard"),
    JOBS_READ("jobs.read", "See scheduled jobs"),
    JOBS_RETRY("jobs.retry", "Retry failed or dead jobs"),
    JOBS_CANCEL("jobs.cancel", "Cancel jobs"),
    AUDIT_READ("audit.read", "Read the audit log"),
    AUDIT_EXPORT("audit.export", "Export the audit log"),
    AUDIT_VERIFY("audit.verify", "Verify the audit chain"),
    ADMIN_PERMISSIONS("admin.permissions", "Manage roles and user overrides");

    private final String code;
    private final String description;

    Feature(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The code stored in the database and named in errors, such as {@code mawb.write}. */
    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    /** Whether {@code code} is a well-formed feature code: lower case letters, digits, dots, dashes, underscores. */
    public static boolean isWellFormed(String code) {
        return code != null && code.matches("[a-z][a-z0-9_.-]{0,63}");
    }
}
