package io.asyncgen.core.model;

import io.asyncgen.core.diagnostic.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * What answers an operation (AsyncAPI 3.x {@code reply}): the messages that may come back, the
 * channel they come on and, when the reply's address is chosen at run time, where the request
 * says it. A request is matched to its reply by the {@link Message#correlationId()} of the
 * messages when they declare one, else by arrival order.
 *
 * @param channel the key of the reply channel (the operation's own channel when the reply names
 *     none)
 * @param channelAddress the reply channel's address; empty when it is unknown until run time
 * @param address the reply address object: a runtime expression naming where in the request the
 *     address is written ({@code $message.header#/replyTo})
 * @param messages the reply's messages: those listed, else every message of the reply channel
 */
public record Reply(
        String channel,
        Optional<String> channelAddress,
        Optional<ReplyAddress> address,
        List<Message> messages,
        SourceLocation source) {

    public Reply {
        messages = List.copyOf(messages);
    }

    /** A reply address: the runtime expression of its {@code location}. */
    public record ReplyAddress(String location, Optional<String> description, SourceLocation source) {}
}
