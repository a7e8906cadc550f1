package io.asyncgen.it.demo;

import java.util.List;
import java.util.function.Function;

/**
 * A conversation item as the demo tells it apart, whatever the vendor: each vendor's conversation
 * reads its generated {@code ConversationItem} into one of these, for the transcript and for the
 * function calls a response asks for.
 */
sealed interface Item {
    /** A message from {@code role} ({@code user}, {@code assistant}; null when the item says none). */
    record Message(String id, String role) implements Item {}

    /** A call of tool {@code name} with the JSON {@code arguments}, answered by the output of {@code callId}. */
    record FunctionCall(String id, String callId, String name, String arguments) implements Item {}

    /** The output of a tool, sent back for a function call. */
    record FunctionCallOutput(String id) implements Item {}

    /** Any other item, by its wire {@code type}. */
    record Other(String type) implements Item {}

    /** What the transcript says about it: {@code item_0003 message (user)}, {@code item_0004 function_call get_weather}. */
    default String description() {
        if (this instanceof Message message) {
            return message.id() + " message (" + (message.role() == null ? "?" : message.role()) + ")";
        }
        if (this instanceof FunctionCall call) {
            return call.id() + " function_call " + call.name();
        }
        if (this instanceof FunctionCallOutput output) {
            return output.id() + " function_call_output";
        }
        return ((Other) this).type();
    }

    /** A response's output items, each read by {@code read}; none when the response says none (null). */
    static <T> List<Item> all(List<T> output, Function<T, Item> read) {
        return output == null ? List.of() : output.stream().map(read).toList();
    }
}
