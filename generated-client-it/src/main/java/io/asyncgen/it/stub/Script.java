package io.asyncgen.it.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the stub assistant says, whatever the wire protocol: a canned text answer, or a call of the
 * {@code get_weather} tool when the user asks about the weather and the session offers that tool.
 * Deterministic, so tests and the demo transcript can rely on it.
 */
public final class Script {
    /** The one tool the script knows how to call. */
    public static final String WEATHER_TOOL = "get_weather";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CITY = Pattern.compile("\\bin ([A-Z][\\p{L}-]+(?: [A-Z][\\p{L}-]+)*)");

    private Script() {}

    /** What to answer. */
    public sealed interface Reply permits Say, Call {}

    /** Speak or write {@code text}. */
    public record Say(String text) implements Reply {}

    /** Call tool {@code name} with the JSON {@code arguments}. */
    public record Call(String name, String arguments) implements Reply {}

    /** What the script answers in a conversation: the user's last message, or the output of the tool it called. */
    public sealed interface Turn permits UserMessage, ToolOutput {}

    /** The user said {@code text} (empty when the message holds no text, such as audio) in item {@code itemId}. */
    public record UserMessage(String itemId, String text) implements Turn {
        /** The message of item {@code itemId} whose parts hold {@code texts} (null for a part without text). */
        public static UserMessage of(String itemId, List<String> texts) {
            StringBuilder text = new StringBuilder();
            texts.stream().filter(Objects::nonNull).forEach(text::append);
            return new UserMessage(itemId, text.toString());
        }
    }

    /** The tool called last answered {@code output}. */
    public record ToolOutput(String output) implements Turn {}

    /**
     * The turn to answer: the newest item of {@code conversation} that is the user's message or a
     * tool's output, whatever the wire protocol's item types.
     *
     * @param read the turn an item is, or null for items the script does not answer (its own messages, calls)
     * @return null when there is none
     */
    public static <T> Turn lastTurn(List<T> conversation, Function<? super T, Turn> read) {
        for (int i = conversation.size() - 1; i >= 0; i--) {
            Turn turn = read.apply(conversation.get(i));
            if (turn != null) {
                return turn;
            }
        }
        return null;
    }

    /** The reply to {@code turn} (null: nothing said yet) in a session that offers {@code tools}. */
    public static Reply reply(Turn turn, List<String> tools) {
        if (turn instanceof ToolOutput output) {
            return reply(null, output.output(), tools);
        }
        return reply(turn == null ? null : ((UserMessage) turn).text(), null, tools);
    }

    /** The names of the function tools in a session's JSON ({@code tools[].name} where {@code type} is {@code function}). */
    public static List<String> functionTools(JsonNode session) {
        List<String> names = new ArrayList<>();
        for (JsonNode tool : session.path("tools")) {
            if ("function".equals(tool.path("type").asText()) && tool.hasNonNull("name")) {
                names.add(tool.get("name").asText());
            }
        }
        return names;
    }

    /**
     * The reply to the last thing in the conversation.
     *
     * @param userText the user's last message (null when there is none)
     * @param toolOutput the output of the last tool call, when the conversation ends with one
     * @param tools names of the tools the session offers
     */
    public static Reply reply(String userText, String toolOutput, List<String> tools) {
        if (toolOutput != null) {
            return new Say(weatherReport(toolOutput));
        }
        String text = userText == null ? "" : userText;
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("weather") && tools.contains(WEATHER_TOOL)) {
            Matcher city = CITY.matcher(text);
            ObjectNode arguments = JSON.createObjectNode().put("city", city.find() ? city.group(1) : "Paris");
            return new Call(WEATHER_TOOL, arguments.toString());
        }
        if (lower.contains("hello") || lower.contains("who are you")) {
            return new Say(
                    "Hello! I am the asyncgen stub server, answering from a script through the generated server code."
                            + " Ask me about the weather.");
        }
        if (text.isEmpty()) {
            return new Say("I am listening.");
        }
        return new Say("You said: " + text);
    }

    /** The local implementation of {@link #WEATHER_TOOL} the demo runs: fixed numbers per city. */
    public static String weather(String arguments) {
        String city = "Paris";
        try {
            JsonNode parsed = JSON.readTree(arguments);
            if (parsed.hasNonNull("city")) {
                city = parsed.get("city").asText();
            }
        } catch (IOException e) {
            // keep the default city: the model sent arguments that are not JSON
        }
        int temperature = 12 + Math.floorMod(city.hashCode(), 15);
        return JSON.createObjectNode()
                .put("city", city)
                .put("temperature_c", temperature)
                .put("conditions", "sunny")
                .toString();
    }

    private static String weatherReport(String toolOutput) {
        try {
            JsonNode output = JSON.readTree(toolOutput);
            if (output.has("city") && output.has("temperature_c")) {
                return "In " + output.get("city").asText() + " it is "
                        + output.get("temperature_c").asInt() + " °C and "
                        + output.path("conditions").asText("fine") + ".";
            }
        } catch (IOException e) {
            // not JSON: report it as it came
        }
        return "The tool said: " + toolOutput;
    }

    /** {@code text} cut into the pieces a model would stream: words with their leading space. */
    public static List<String> deltas(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                pieces.add(text.substring(start, i));
                start = i;
            }
        }
        return pieces;
    }

    /** {@code text} cut into {@code size}-character pieces (never inside a surrogate pair). */
    public static List<String> chunks(String text, int size) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + size);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end++;
            }
            pieces.add(text.substring(start, end));
            start = end;
        }
        return pieces;
    }
}
