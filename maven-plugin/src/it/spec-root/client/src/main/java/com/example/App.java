package com.example;

import com.example.servicea.Event;
import com.example.servicea.EventCodec;
import com.example.servicea.SayEvent;

/** Uses what was generated from a document whose messages live in a sibling folder. */
public final class App {
    private App() {}

    public static String say(String json) throws Exception {
        Event event = EventCodec.decode(json);
        return event instanceof SayEvent say ? say.text() : "";
    }
}
