package dev.tracking.benchmarks.query;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A data source that notes, while recording, the SQL of every statement an adapter prepares and the values bound to
 * it, so that the exact statement can be run again under {@code EXPLAIN}. It passes everything else through.
 */
final class StatementRecorder {

    /** A statement as executed: its SQL and the {@code set*} calls that bound its parameters, in order. */
    record Captured(String sql, List<Binding> bindings) {

        /** Binds the same values to another statement (the SQL under EXPLAIN has the same parameters). */
        void bindTo(PreparedStatement statement) throws Exception {
            for (Binding binding : bindings) {
                binding.method().invoke(statement, binding.arguments());
            }
        }

        String describeBindings() {
            List<String> values = new ArrayList<>();
            for (Binding binding : bindings) {
                Object[] args = binding.arguments();
                values.add(args.length > 1 ? args[0] + "=" + args[1] : binding.method().getName());
            }
            return String.join(", ", values);
        }
    }

    record Binding(Method method, Object[] arguments) {
    }

    private final DataSource target;
    private final List<Captured> captured = new ArrayList<>();
    private volatile boolean recording;

    StatementRecorder(DataSource target) {
        this.target = target;
    }

    DataSource dataSource() {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = call(target, method, args);
                    return result instanceof Connection c ? connection(c) : result;
                });
    }

    /** Forgets what was recorded and records from now on. */
    synchronized void start() {
        captured.clear();
        recording = true;
    }

    /** Stops recording and returns the statements executed since {@link #start()}, in order. */
    synchronized List<Captured> stop() {
        recording = false;
        return List.copyOf(captured);
    }

    private synchronized void add(Captured statement) {
        if (recording) {
            captured.add(statement);
        }
    }

    private Connection connection(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = call(connection, method, args);
                    if (result instanceof PreparedStatement statement && method.getName().equals("prepareStatement")) {
                        return statement(statement, (String) args[0]);
                    }
                    return result;
                });
    }

    private PreparedStatement statement(PreparedStatement statement, String sql) {
        List<Binding> bindings = new ArrayList<>();
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                bindings.add(new Binding(method, args.clone()));
            } else if (name.equals("clearParameters")) {
                bindings.clear();
            } else if (name.startsWith("execute") && (args == null || args.length == 0)) {
                add(new Captured(sql, List.copyOf(bindings)));
            }
            return call(statement, method, args);
        };
        return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, handler);
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
