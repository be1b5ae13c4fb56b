package dev.concdemo.support.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

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

    public static void print(PrintWriter out, Object value) {
        out.println(write(value));
        out.flush();
    }
}
