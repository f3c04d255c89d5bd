package io.complaints.platform.text;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Every string read from JSON is plain text (see {@link Texts#firstForbidden}): a NUL or an
 * escape sequence never reaches a store, a log or a screen, whichever field it came in.
 */
public class PlainTextModule extends SimpleModule {

    public PlainTextModule() {
        super("plain-text");
        addDeserializer(String.class, new PlainStringDeserializer());
    }

    /** Thrown for a string holding a character that text may not hold. */
    public static class ControlCharacterException extends InvalidFormatException {
        ControlCharacterException(JsonParser parser, String value) {
            super(parser, "a text holds a control character", value, String.class);
        }
    }

    private static final class PlainStringDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && Texts.firstForbidden(value) >= 0) {
                throw new ControlCharacterException(parser, value);
            }
            return value;
        }
    }
}
