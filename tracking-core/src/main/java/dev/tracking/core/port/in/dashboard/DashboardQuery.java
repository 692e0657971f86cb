package dev.tracking.core.port.in.dashboard;

/** The dashboard's figures. */
public interface DashboardQuery {

    DashboardStatistics statistics();
}
