package io.asyncgen.runtime.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.asyncgen.runtime.DecodeException;
import java.io.IOException;

/**
 * Jackson's streaming parser over one text, without checked exceptions (generated readers declare
 * none, on Jackson 2 as on Jackson 3): what Jackson finds wrong leaves as {@link Malformed}, which
 * {@link JsonReader#decode} turns into a {@code DecodeException}. Knows where its text starts in
 * the text a whole message is ({@link #tokenStart}).
 */
final class TokenReader {
    private static final ObjectMapper MAPPER = JsonText.mapper();

    private final JsonParser parser;
    private final String text;
    /** Where this parser's text starts in the message's text. */
    private final int base;

    private TokenReader(JsonParser parser, String text, int base) {
        this.parser = parser;
        this.text = text;
        this.base = base;
    }

    /** A reader of {@code text}, which starts at {@code base} in the message's text, on its first token. */
    static TokenReader of(String text, int base) {
        try {
            TokenReader reader = new TokenReader(MAPPER.createParser(text), text, base);
            reader.parser.nextToken();
            return reader;
        } catch (IOException e) {
            throw new Malformed(e);
        }
    }

    /** The text of {@code source} from {@code start} to {@code end} as a tree, numbers as written. */
    static JsonNode span(String source, int start, int end) {
        TokenReader text = of(source.substring(start, end), start);
        try {
            return text.tree();
        } finally {
            text.close();
        }
    }

    JsonToken token() {
        return parser.currentToken();
    }

    /** The token after the current one (null at the end of the text). */
    JsonToken next() {
        try {
            return parser.nextToken();
        } catch (IOException e) {
            throw new Malformed(e);
        }
    }

    /** Skips the array or object the parser is on to its last token (nothing for any other token). */
    void skip() {
        try {
            parser.skipChildren();
        } catch (IOException e) {
            throw new Malformed(e);
        }
    }

    /** Where the current token starts in the message's text. */
    int tokenStart() {
        // ParserBase knows it without making a location object: one past the token's first character, for the
        // brackets this is asked at (checked, so that another parser's way of counting cannot go unnoticed)
        if (parser instanceof ParserBase known) {
            long offset = known.getTokenCharacterOffset() - 1;
            if (offset >= 0 && offset < text.length() && isBracket(text.charAt((int) offset))) {
                return base + (int) offset;
            }
        }
        return base + (int) parser.currentTokenLocation().getCharOffset();
    }

    private static boolean isBracket(char c) {
        return c == '{' || c == '}' || c == '[' || c == ']';
    }

    String text() {
        try {
            return parser.getText();
        } catch (IOException e) {
            throw new Malformed(e);
        }
    }

    /** The string value the parser is on as the value of {@code tags} it equals, else null; makes no string. */
    JsonNode textIn(Tags tags) {
        try {
            return tags.find(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
        } catch (IOException e) {
            throw new Malformed(e);
        }
    }

    /** Whether the string value the parser is on equals {@code expected}; makes no string. */
    boolean textEquals(String expected) {
        try {
            int length = parser.getTextLength();
            if (length != expected.length()) {
                return false;
            }
            char[] text = parser.getTextCharacters();
            int offset = parser.getTextOffset();
            for (int i = 0; i < length; i++) {
                if (text[offset + i] != expected.charAt(i)) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new Malformed(e);
        }
    }

    String name() {
        try {
            return parser.currentName();
        } catch (IOException e) {
            throw new Malformed(e);
        }
    }

    /** The value the parser is on as a tree, numbers as written; the parser is left on its last token. */
    JsonNode tree() {
        try {
            return JsonText.read(parser);
        } catch (IOException e) {
            throw new Malformed(e);
        }
    }

    JsonParser.NumberType numberType() {
        try {
            return parser.getNumberType();
        } catch (IOException e) {
            throw new Malformed(e);
        }
    }

    long longValue() {
        try {
            return parser.getLongValue();
        } catch (IOException e) {
            throw new Malformed(e);
        }
    }

    double doubleValue() {
        try {
            return parser.getDoubleValue();
        } catch (IOException e) {
            throw new Malformed(e);
        }
    }

    /** What is wrong with text after the value read, null when there is none. */
    DecodeException trailing(String json) {
        try {
            return JsonText.trailing(parser, json);
        } catch (IOException e) {
            throw new Malformed(e);
        }
    }

    void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new Malformed(e);
        }
    }

    /** Jackson's complaint about the text, carried out of readers that declare no exception. */
    static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed(Exception cause) {
            super(cause);
        }
    }
}
