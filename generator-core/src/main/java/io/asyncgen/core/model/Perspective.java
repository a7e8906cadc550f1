package io.asyncgen.core.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The side a document is written from. The AsyncAPI rule is that a document describes the
 * application that offers the channels, the service ({@link #SERVER}): in 2.x its {@code publish}
 * lists what the service receives, in 3.x {@code action: receive} says so. Many published
 * documents describe a client of the service instead ({@link #CLIENT}): their {@code publish} (or
 * {@code receive}) lists what the service sends. The option {@code perspective}, or
 * {@code x-perspective} at the top of the document, says which; the model is always the service's.
 */
public enum Perspective {
    /** The document describes the service (the AsyncAPI rule; the default). */
    SERVER,
    /** The document describes a client of the service: every operation's action is turned around. */
    CLIENT;

    /** The extension at the top of a document that names its perspective. */
    public static final String EXTENSION = "x-perspective";

    /** What the service does with an operation's messages, for an action written in a document of this perspective. */
    public Action serviceAction(Action written) {
        return this == SERVER ? written : written.opposite();
    }

    /** The keyword ({@code publish}/{@code subscribe}, {@code send}/{@code receive}) a document of this perspective writes for {@code serviceAction}. */
    public String writtenKeyword(Action serviceAction, String asyncapiVersion) {
        return serviceAction(serviceAction).keyword(asyncapiVersion);
    }

    /** {@code server} or {@code client}, as options and the extension write it. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The perspective called {@code keyword} ({@code server} or {@code client}, any case). */
    public static Optional<Perspective> of(String keyword) {
        for (Perspective perspective : values()) {
            if (perspective.keyword().equalsIgnoreCase(keyword == null ? "" : keyword.strip())) {
                return Optional.of(perspective);
            }
        }
        return Optional.empty();
    }
}
