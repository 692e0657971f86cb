package dev.tracking.adapter.jdbi;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/**
 * A data source that records what the adapter does with its prepared statements: each {@code addBatch},
 * {@code executeBatch} and {@code execute...} call, with the statement's SQL.
 */
final class StatementSpy {

    /** One call on a prepared statement. */
    record Call(String sql, String method) {

        boolean isExecution() {
            return method.startsWith("execute");
        }

        boolean sqlContains(String text) {
            return sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").contains(text.toLowerCase(Locale.ROOT));
        }
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();
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
        return proxy(Connection.class, target, (method, result, args) -> method.getName().equals("prepareStatement")
                ? statement((PreparedStatement) result, (String) args[0]) : result);
    }

    private PreparedStatement statement(PreparedStatement target, String sql) {
        return proxy(PreparedStatement.class, target, (method, result, args) -> {
            String name = method.getName();
            if (name.equals("addBatch") || name.startsWith("execute")) {
                calls.add(new Call(sql, name));
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
