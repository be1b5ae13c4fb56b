package dev.concdemo.support.jvm;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * How parent and child JVMs exchange typed messages: a record becomes one line,
 * {@code Start model=nio maxN=45 workers=1}, and back. Components may be strings, whole
 * numbers, decimals, booleans, enums or durations; a message type is a record or a sealed interface of
 * records (the line names which). Plain text on purpose: a cold child JVM pays ~12 ms to
 * start speaking it, against ~60 ms for jackson-core and ~300 ms for databind (measured).
 */
public final class Wire {
    private Wire() {}

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return new Shape(type);
        }
    };

    /** One record type: its components and canonical constructor, looked up once. */
    private static final class Shape {
        final RecordComponent[] components;
        final java.lang.reflect.Method[] accessors;
        final Constructor<?> constructor;

        Shape(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type.getName() + " is not a record");
            }
            components = type.getRecordComponents();
            accessors = Arrays.stream(components)
                    .map(RecordComponent::getAccessor)
                    .toArray(java.lang.reflect.Method[]::new);
            for (var accessor : accessors) {
                accessor.setAccessible(true); // a scenario's own message types are package-private
            }
            try {
                constructor = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The record as one line: its simple name, then {@code name=value} per component. */
    public static String encode(Object message) {
        Shape shape = SHAPES.get(message.getClass()); // fails on anything but a record
        StringJoiner line = new StringJoiner(" ");
        line.add(message.getClass().getSimpleName());
        for (int i = 0; i < shape.components.length; i++) {
            RecordComponent c = shape.components[i];
            try {
                Object value = shape.accessors[i].invoke(message);
                if (value != null
                        && !(value instanceof String
                                || value instanceof Number
                                || value instanceof Boolean
                                || value instanceof Enum<?>
                                || value instanceof java.time.Duration)) {
                    throw new IllegalArgumentException(
                            "a message cannot carry a " + value.getClass().getName() + " (" + c.getName() + ")");
                }
                if (value != null) {
                    line.add(c.getName() + "=" + escape(value instanceof Enum<?> e ? e.name() : value.toString()));
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
        return line.toString();
    }

    /** A line back into a message of {@code type} (a record, or a sealed interface whose records the line may name). */
    public static <T> T decode(String line, Class<T> type) {
        String[] words = line.strip().split(" ");
        Class<?> record = find(type, words[0]);
        if (record == null) {
            throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + line);
        }
        Shape shape = SHAPES.get(record);
        Map<String, String> fields = new HashMap<>();
        for (int i = 1; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            fields.put(words[i].substring(0, eq), unescape(words[i].substring(eq + 1)));
        }
        Object[] args = new Object[shape.components.length];
        for (int i = 0; i < args.length; i++) {
            RecordComponent c = shape.components[i];
            args[i] = parse(c.getType(), fields.get(c.getName()));
        }
        try {
            return type.cast(shape.constructor.newInstance(args));
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("cannot make a " + record.getSimpleName() + " of: " + line, e);
        }
    }

    private static Class<?> find(Class<?> type, String name) {
        if (type.isRecord()) {
            return type.getSimpleName().equals(name) ? type : null;
        }
        if (type.isSealed()) {
            for (Class<?> sub : type.getPermittedSubclasses()) {
                Class<?> found = find(sub, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parse(Class<?> type, String text) {
        if (text == null) {
            if (type.isPrimitive()) {
                throw new IllegalArgumentException("missing a value of type " + type);
            }
            return null;
        }
        if (type == String.class) {
            return text;
        } else if (type == int.class || type == Integer.class) {
            return Integer.parseInt(text);
        } else if (type == long.class || type == Long.class) {
            return Long.parseLong(text);
        } else if (type == double.class || type == Double.class) {
            return Double.parseDouble(text);
        } else if (type == boolean.class || type == Boolean.class) {
            return Boolean.parseBoolean(text);
        } else if (type == Duration.class) {
            return Duration.parse(text);
        } else if (type.isEnum()) {
            return Enum.valueOf((Class<Enum>) type, text);
        }
        throw new IllegalArgumentException("a message cannot carry a " + type.getName());
    }

    /** Spaces, '=', '%' and line breaks as %XX, so a value never splits the line. */
    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char ch : value.toCharArray()) {
            if (ch == ' ' || ch == '=' || ch == '%' || ch == '\n' || ch == '\r') {
                out.append('%').append(String.format("%02X", (int) ch));
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    private static String unescape(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '%' && i + 2 < value.length()) {
                out.append((char) Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
