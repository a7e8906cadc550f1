package io.asyncgen.it.demo;

import io.asyncgen.it.stub.Script;
import java.util.List;

/**
 * The user's turns of the demo conversation, whatever the vendor: a turn sends the user's message
 * and asks for a response; while a response ends with function calls, it runs the tool here and
 * sends its output back before asking again. What goes on the wire is the vendor's {@link Client},
 * written with that vendor's generated client.
 */
final class ConversationTurns {
    /** The session's instructions. */
    static final String INSTRUCTIONS = "You are a concise assistant. For weather questions call get_weather.";
    /** The description of the {@link Script#WEATHER_TOOL} tool the session offers. */
    static final String WEATHER_DESCRIPTION = "The current weather in a city.";
    /** The JSON Schema of its arguments. */
    static final String WEATHER_PARAMETERS =
            "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}";

    /** The client events of a turn, sent with one vendor's generated client. */
    interface Client {
        /** Sends {@code conversation.item.create} with the user's text. */
        void sendUserMessage(String text);

        /** Sends {@code response.create} and waits for the {@code response.done} that ends the response: its output items. */
        List<Item> createResponse();

        /** Sends {@code conversation.item.create} with the {@code function_call_output} of call {@code callId}. */
        void sendFunctionCallOutput(String callId, String output);
    }

    private final Transcript out;
    private final Client client;

    ConversationTurns(Transcript out, Client client) {
        this.out = out;
        this.client = client;
    }

    /** One user turn, up to the response that needs no tool. */
    void take(String text) {
        out.said("user", text);
        out.sent("conversation.item.create", "message (user)");
        client.sendUserMessage(text);
        while (true) {
            out.sent("response.create", null);
            List<Item.FunctionCall> calls = client.createResponse().stream()
                    .filter(Item.FunctionCall.class::isInstance)
                    .map(Item.FunctionCall.class::cast)
                    .toList();
            if (calls.isEmpty()) {
                return;
            }
            for (Item.FunctionCall call : calls) {
                String output = Script.weather(call.arguments());
                out.said("tool", call.name() + "(" + call.arguments() + ") = " + output);
                out.sent("conversation.item.create", "function_call_output for " + call.callId());
                client.sendFunctionCallOutput(call.callId(), output);
            }
        }
    }
}
