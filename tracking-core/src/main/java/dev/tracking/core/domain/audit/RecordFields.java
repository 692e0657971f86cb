package dev.tracking.core.domain.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a domain record into its fields as text, by path: nested records become {@code details.consignee.name},
 * lists {@code details.flights[0].eta}, maps {@code metadata.key}. Values are leaves when they are not records,
 * collections or maps (text, numbers, enums, times, identifiers such as an AWB number), written with
 * {@code toString()}, which the domain's value types keep canonical. Only the JDK is used (record reflection).
 */
public final class RecordFields {

    /**
     * Each record class's components and accessors, looked up once per class: asking the class for them on every
     * entry cost more than the rest of the audit entry together. A cache of what the JVM knows about classes, keyed
     * by class; it holds no state of the application.
     */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private RecordFields() {
    }

    /** Every field of a record by path; null values are kept as null. */
    public static Map<String, String> of(Object record) {
        Map<String, String> fields = new TreeMap<>();
        flatten("", record, fields);
        return fields;
    }

    /**
     * What changed from {@code before} to {@code after} (either may be null, for an insert or a delete), leaving
     * out the fields named in {@code ignored} (such as {@code version}), redacting what {@code redaction} says.
     */
    public static Map<String, FieldChange> diff(Object before, Object after, Collection<String> ignored,
            Redaction redaction) {
        Map<String, String> old = before == null ? Map.of() : of(before);
        Map<String, String> now = after == null ? Map.of() : of(after);
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        java.util.SortedSet<String> paths = new java.util.TreeSet<>(old.keySet());
        paths.addAll(now.keySet());
        for (String path : paths) {
            if (ignored.contains(path)) {
                continue;
            }
            String was = old.get(path);
            String is = now.get(path);
            if (java.util.Objects.equals(was, is)) {
                continue;
            }
            changes.put(path, redaction.redacts(path) ? FieldChange.redacted(was, is) : new FieldChange(was, is));
        }
        return changes;
    }

    private static void flatten(String path, Object value, Map<String, String> fields) {
        if (value == null) {
            if (!path.isEmpty()) {
                fields.put(path, null);
            }
            return;
        }
        Shape shape = SHAPES.get(value.getClass());
        if (shape.flattened()) {
            for (int i = 0; i < shape.names().length; i++) {
                flatten(join(path, shape.names()[i]), read(shape.accessors()[i], value), fields);
            }
        } else if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                flatten(path + "[" + i++ + "]", element, fields);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, element) -> flatten(join(path, String.valueOf(key)), element, fields));
        } else {
            fields.put(path, value.toString());
        }
    }

    private static Object read(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " of " + record.getClass(), e);
        }
    }

    /**
     * How a class is flattened: a record that is not a value type, by its components; anything else is a leaf.
     *
     * @param flattened whether the class is such a record
     */
    private record Shape(boolean flattened, String[] names, Method[] accessors) {

        static Shape of(Class<?> type) {
            if (!type.isRecord() || isValueType(type)) {
                return new Shape(false, new String[0], new Method[0]);
            }
            RecordComponent[] components = type.getRecordComponents();
            String[] names = new String[components.length];
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                names[i] = components[i].getName();
                accessors[i] = components[i].getAccessor();
            }
            return new Shape(true, names, accessors);
        }

        /** Identifiers, measures and ids print as one canonical value, not as their parts. */
        private static boolean isValueType(Class<?> type) {
            String pkg = type.getPackageName();
            return pkg.endsWith(".domain.identifier") || pkg.endsWith(".domain.measure")
                    || (pkg.endsWith(".domain.common") && type.getSimpleName().endsWith("Id"));
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
