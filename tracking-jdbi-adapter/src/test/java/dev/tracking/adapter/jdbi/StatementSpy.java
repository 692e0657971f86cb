package dev.tracking.adapter.jdbi;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * A data source that records what the adapter does with its prepared statements: each {@code addBatch},
 * {@code executeBatch}, {@code execute...} and {@code setFetchSize} call, with the statement's SQL; how many rows it
 * read from their result sets; and the connections it handed out.
 */
final class StatementSpy {

    /** One call on a prepared statement; {@code setFetchSize} is recorded as {@code setFetchSize(<size>)}. */
    record Call(String sql, String method) {

        boolean isExecution() {
            return method.startsWith("execute");
        }

        boolean sqlContains(String text) {
            return sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").contains(text.toLowerCase(Locale.ROOT));
        }
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicLong> rowsRead = new ConcurrentHashMap<>();
    private final DataSource dataSource;

    StatementSpy(DataSource target) {
        this.dataSource = proxy(DataSource.class, target, (method, result, args) -> method.getName()
                .equals("getConnection") ? connection((Connection) result) : result);
    }

    DataSource dataSource() {
        return dataSource;
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    void reset() {
        calls.clear();
        rowsRead.clear();
    }

    /** The connection handed out last (the one of the current unit of work, in a single-threaded test). */
    Connection lastConnection() {
        return connections.get(connections.size() - 1);
    }

    /** How many rows were read (a {@code next()} that found one) from results of statements whose SQL contains it. */
    long rowsReadOf(String text) {
        return rowsRead.entrySet().stream().filter(e -> new Call(e.getKey(), "").sqlContains(text))
                .mapToLong(e -> e.getValue().get()).sum();
    }

    /** The calls of statements whose SQL contains {@code text} (case and whitespace ignored). */
    List<Call> callsOf(String text) {
        return calls.stream().filter(c -> c.sqlContains(text)).toList();
    }

    /** How many statements were executed (a batch counting once). */
    long executions() {
        return calls.stream().filter(Call::isExecution).count();
    }

    private Connection connection(Connection target) {
        Connection connection = proxy(Connection.class, target, (method, result, args) -> method.getName()
                .equals("prepareStatement") ? statement((PreparedStatement) result, (String) args[0]) : result);
        connections.add(connection);
        return connection;
    }

    private PreparedStatement statement(PreparedStatement target, String sql) {
        return proxy(PreparedStatement.class, target, (method, result, args) -> {
            String name = method.getName();
            if (name.equals("addBatch") || name.startsWith("execute")) {
                calls.add(new Call(sql, name));
            } else if (name.equals("setFetchSize")) {
                calls.add(new Call(sql, name + "(" + args[0] + ")"));
            }
            return result instanceof ResultSet rs ? resultSet(rs, sql) : result;
        });
    }

    private ResultSet resultSet(ResultSet target, String sql) {
        AtomicLong rows = rowsRead.computeIfAbsent(sql, s -> new AtomicLong());
        return proxy(ResultSet.class, target, (method, result, args) -> {
            if (method.getName().equals("next") && Boolean.TRUE.equals(result)) {
                rows.incrementAndGet();
            }
            return result;
        });
    }

    @FunctionalInterface
    private interface AfterCall {
        Object apply(Method method, Object result, Object[] args);
    }

    private static <T> T proxy(Class<T> type, T target, AfterCall after) {
        return type.cast(Proxy.newProxyInstance(StatementSpy.class.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> {
                    try {
                        return after.apply(method, method.invoke(target, args), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }
}
