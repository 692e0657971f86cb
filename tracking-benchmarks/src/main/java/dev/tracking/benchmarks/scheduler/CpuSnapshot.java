package dev.tracking.benchmarks.scheduler;

import dev.tracking.benchmarks.BenchDatabase;
import dev.tracking.benchmarks.BenchDatabaseKind;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time used so far by this JVM and by each process of the PostgreSQL server (its backends and background
 * processes, as {@code pg_stat_activity} lists them); none for H2, which runs in the JVM.
 *
 * @param jvmNanos       this process
 * @param serverProcesses the CPU nanoseconds of each server process, by pid
 */
record CpuSnapshot(long jvmNanos, Map<Long, Long> serverProcesses) {

    CpuSnapshot {
        serverProcesses = Map.copyOf(serverProcesses);
    }

    static CpuSnapshot of(BenchDatabase database) {
        long jvm = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                .getProcessCpuTime();
        return new CpuSnapshot(jvm, database.kind() == BenchDatabaseKind.POSTGRESQL ? serverProcesses(database)
                : Map.of());
    }

    private static Map<Long, Long> serverProcesses(BenchDatabase database) {
        Map<Long, Long> nanos = new HashMap<>();
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet pids = statement.executeQuery("SELECT pid FROM pg_stat_activity")) {
            while (pids.next()) {
                long pid = pids.getLong(1);
                ProcessHandle.of(pid)
                        .flatMap(process -> process.info().totalCpuDuration())
                        .ifPresent(cpu -> nanos.put(pid, cpu.toNanos()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not list the database server's processes", e);
        }
        return nanos;
    }

    /**
     * The CPU time used since {@code before}: the JVM's, and that of the server processes alive now (a process that
     * exited in between, such as an autovacuum worker, is not counted).
     */
    CpuTime since(CpuSnapshot before) {
        long server = 0;
        for (Map.Entry<Long, Long> process : serverProcesses.entrySet()) {
            server += Math.max(0, process.getValue() - before.serverProcesses.getOrDefault(process.getKey(), 0L));
        }
        return new CpuTime(jvmNanos - before.jvmNanos, server);
    }
}
