package dev.concdemo.support.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an enum option in any case and names the choices in lower case, as users type
 * them ("expected one of thread, process, not 'x'"). Subclass it per enum, with a no-arg
 * constructor, and name the subclass in {@code @Option(converter = ...)}.
 */
public abstract class EnumConverter<E extends Enum<E>> implements ITypeConverter<E> {
    private final Class<E> type;

    protected EnumConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public E convert(String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(value) || e.toString().equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() ->
                        new TypeConversionException("expected one of " + choices(type) + ", not '" + value + "'"));
    }

    /** "thread, process": the constants as users type them (their toString, where it is lower case). */
    public static String choices(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> e.toString().equals(e.toString().toLowerCase(Locale.ROOT))
                        ? e.toString()
                        : e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
