package com.example;

import com.example.azure.ClientEventCodec;
import com.example.azure.ResponseCancelEvent;
import com.example.events.SayEvent;
import com.example.events.ShoutEvent;
import java.time.OffsetDateTime;

/** Uses code from both executions: the Azure document from the spec jar, and an overlaid local one. */
public final class App {
    private App() {}

    public static String cancel() {
        return ClientEventCodec.encode(ResponseCancelEvent.builder().build());
    }

    public static String shout() {
        return com.example.events.ClientEventCodec.encode(
                ShoutEvent.builder().text("hey").build());
    }

    public static OffsetDateTime sentAt(SayEvent event) {
        return event.sentAt();
    }
}
