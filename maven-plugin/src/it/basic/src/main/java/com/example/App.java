package com.example;

import com.example.events.ClientEventCodec;
import com.example.events.SayEvent;

/** Uses the generated code, so compiling proves it exists and fits. */
public final class App {
    private App() {}

    public static String hello() {
        return ClientEventCodec.encode(SayEvent.builder().text("hello").build());
    }
}
