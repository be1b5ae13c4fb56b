package dev.concdemo.support.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** The one JSON document a measuring scenario prints with --json: its result record, indented. */
public final class Json {
    private Json() {}

    /** Built on first use only, so runs without --json never load Jackson. */
    private static final class Holder {
        static final ObjectMapper MAPPER =
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    public static String write(Object value) {
        try {
            return Holder.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code value}'s fields after {@code head}'s and before {@code tail}'s; a field in the head
     * or the tail takes their value, in their place.
     */
    static Object around(Map<String, Object> head, Object value, Map<String, Object> tail) {
        ObjectNode body = Holder.MAPPER.valueToTree(value);
        ObjectNode all = Holder.MAPPER.createObjectNode();
        head.forEach((k, v) -> all.set(k, Holder.MAPPER.valueToTree(v)));
        body.properties().forEach(e -> {
            if (!all.has(e.getKey()) && !tail.containsKey(e.getKey())) {
                all.set(e.getKey(), e.getValue());
            }
        });
        tail.forEach((k, v) -> all.set(k, Holder.MAPPER.valueToTree(v)));
        return all;
    }

    public static void print(PrintWriter out, Object value) {
        out.println(write(value));
        out.flush();
    }
}
