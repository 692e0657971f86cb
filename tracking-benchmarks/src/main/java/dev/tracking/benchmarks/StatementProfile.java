package dev.tracking.benchmarks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * A data source wrapper that counts the statements an adapter sends and the time spent in them, per SQL text: where
 * a use case's time goes when the database, not the JVM, is the bottleneck. Enabled with {@code profile=true}.
 */
public final class StatementProfile {

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public DataSource wrap(DataSource dataSource) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(dataSource, method, args);
                    return result instanceof Connection c ? connection(c) : result;
                });
    }

    private Connection connection(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("commit")) {
                        long start = System.nanoTime();
                        try {
                            return invoke(connection, method, args);
                        } finally {
                            Entry entry = entries.computeIfAbsent("COMMIT", k -> new Entry());
                            entry.count.increment();
                            entry.nanos.add(System.nanoTime() - start);
                        }
                    }
                    Object result = invoke(connection, method, args);
                    if (result instanceof PreparedStatement ps && args != null && args[0] instanceof String sql) {
                        return statement(ps, PreparedStatement.class, sql);
                    }
                    if (result instanceof Statement s && !(result instanceof PreparedStatement)) {
                        return statement(s, Statement.class, null);
                    }
                    return result;
                });
    }

    private <S extends Statement> S statement(S statement, Class<S> type, String preparedSql) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (!method.getName().startsWith("execute")) {
                return invoke(statement, method, args);
            }
            String sql = preparedSql != null ? preparedSql
                    : args != null && args.length > 0 && args[0] instanceof String s ? s : "?";
            long start = System.nanoTime();
            try {
                return invoke(statement, method, args);
            } finally {
                Entry entry = entries.computeIfAbsent(sql.replaceAll("\\s+", " ").strip(), k -> new Entry());
                entry.count.increment();
                entry.nanos.add(System.nanoTime() - start);
            }
        };
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    public void reset() {
        entries.clear();
    }

    /** The statements by total time, most first. */
    public String summary(int limit) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%8s %9s  %s%n", "count", "ms", "sql"));
        entries.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Entry> e) -> e.getValue().nanos.sum()).reversed())
                .limit(limit)
                .forEach(e -> out.append(String.format(Locale.ROOT, "%8d %9.0f  %s%n", e.getValue().count.sum(),
                        e.getValue().nanos.sum() / 1e6, abbreviate(e.getKey()))));
        return out.toString();
    }

    private static String abbreviate(String sql) {
        return sql.length() <= 160 ? sql : sql.substring(0, 160) + "...";
    }

    private static final class Entry {
        final LongAdder count = new LongAdder();
        final LongAdder nanos = new LongAdder();
    }
}
