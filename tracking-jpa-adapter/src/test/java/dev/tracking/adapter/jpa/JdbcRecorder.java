package dev.tracking.adapter.jpa;

import java.lang.reflect.InvocationHandler;
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
 * Wraps a {@link DataSource} so that tests see what reaches the driver: every prepared statement executed, alone or
 * as a JDBC batch of how many rows, and the fetch size it had. Hibernate's statistics count statements, not batches;
 * this shows the batches.
 */
final class JdbcRecorder {

    /**
     * One execution: a statement run alone ({@code batched} false, one row) or a batch of {@code rows}, with the fetch
     * size set on the statement when it ran (0: the driver's default).
     */
    record Execution(String sql, boolean batched, int rows, int fetchSize) {

        boolean inserts(String table) {
            return sql.toLowerCase(Locale.ROOT).matches("(?s)insert into ([a-z0-9_]+\\.)?" + table + "\\b.*");
        }

        /** Whether the statement reads or writes {@code table} (by name, in any clause). */
        boolean touches(String table) {
            return sql.toLowerCase(Locale.ROOT).matches("(?s).*\\b" + table + "\\b.*");
        }
    }

    private final List<Execution> executions = new CopyOnWriteArrayList<>();
    private final DataSource dataSource;

    JdbcRecorder(DataSource target) {
        this.dataSource = proxy(DataSource.class, target, (method, args) -> {
            Object result = method.invoke(target, args);
            return method.getName().equals("getConnection") ? connection((Connection) result) : result;
        });
    }

    DataSource dataSource() {
        return dataSource;
    }

    void clear() {
        executions.clear();
    }

    List<Execution> executions() {
        return List.copyOf(executions);
    }

    /** The executions that read or write {@code table}. */
    List<Execution> on(String table) {
        return executions.stream().filter(e -> e.touches(table)).toList();
    }

    /** The executions that insert into {@code table}. */
    List<Execution> insertsInto(String table) {
        return executions.stream().filter(e -> e.inserts(table)).toList();
    }

    private Connection connection(Connection target) {
        return proxy(Connection.class, target, (method, args) -> {
            Object result = method.invoke(target, args);
            if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement statement) {
                return statement(statement, (String) args[0]);
            }
            return result;
        });
    }

    private PreparedStatement statement(PreparedStatement target, String sql) {
        int[] pending = {0};
        return proxy(PreparedStatement.class, target, (method, args) -> {
            switch (method.getName()) {
                case "addBatch" -> pending[0]++;
                case "executeBatch" -> {
                    executions.add(new Execution(sql, true, pending[0], target.getFetchSize()));
                    pending[0] = 0;
                }
                case "execute", "executeUpdate", "executeQuery", "executeLargeUpdate" -> {
                    if (args == null || args.length == 0) {
                        executions.add(new Execution(sql, false, 1, target.getFetchSize()));
                    }
                }
                default -> {
                }
            }
            return method.invoke(target, args);
        });
    }

    @FunctionalInterface
    private interface Call {
        Object invoke(Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return method.invoke(target, args);
            }
            try {
                return call.invoke(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(JdbcRecorder.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
