package io.asyncgen.core.model;

import java.util.Locale;

/**
 * What the service does with an operation's messages. AsyncAPI 3.x says it outright ({@code
 * action: send | receive}); AsyncAPI 2.x says it from the same side with other words: {@code
 * publish} lists what the application receives, {@code subscribe} what it sends. A document
 * written from a client's side ({@link Perspective#CLIENT}) says the opposite; the linker turns its
 * actions around, so an operation's action is always the service's.
 */
public enum Action {
    /** Messages the application receives (2.x {@code publish}): a client sends them. */
    RECEIVE,
    /** Messages the application sends (2.x {@code subscribe}): a client receives them. */
    SEND;

    /** The direction of this operation's messages for code playing {@code role}. */
    public Direction direction(Role role) {
        boolean applicationReceives = this == RECEIVE;
        boolean weAreTheApplication = role == Role.SERVER;
        return applicationReceives == weAreTheApplication ? Direction.INBOUND : Direction.OUTBOUND;
    }

    /** The other side of the exchange: what answers an operation does. */
    public Action opposite() {
        return this == RECEIVE ? SEND : RECEIVE;
    }

    /** The AsyncAPI 3.x keyword, {@code send} or {@code receive}. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The AsyncAPI 2.x keyword, {@code publish} (receive) or {@code subscribe} (send). */
    public String keyword2x() {
        return this == RECEIVE ? "publish" : "subscribe";
    }

    /** The keyword a document of {@code asyncapiVersion} uses for this action. */
    public String keyword(String asyncapiVersion) {
        return asyncapiVersion.startsWith("2.") ? keyword2x() : keyword();
    }
}
