package dev.tracking.core.domain.audit;

import java.lang.reflect.InvocationTargetException;
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
        } else if (value.getClass().isRecord() && !isValueType(value)) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                flatten(join(path, component.getName()), read(component, value), fields);
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

    /** Identifiers, measures and ids print as one canonical value, not as their parts. */
    private static boolean isValueType(Object value) {
        String pkg = value.getClass().getPackageName();
        return pkg.endsWith(".domain.identifier") || pkg.endsWith(".domain.measure")
                || (pkg.endsWith(".domain.common") && value.getClass().getSimpleName().endsWith("Id"));
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
