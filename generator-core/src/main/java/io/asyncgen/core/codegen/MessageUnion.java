package io.asyncgen.core.codegen;

import io.asyncgen.core.model.Action;
import io.asyncgen.core.model.Connection;
import io.asyncgen.core.model.Message;
import java.util.List;

/**
 * The messages of one connection that travel one way (what the application receives, or what it sends), as
 * one union, with the names of the codec, handler and dispatcher generated for it.
 */
record MessageUnion(
        Connection connection,
        Action action,
        UnionShape shape,
        List<Message> messages,
        String codecName,
        String handlerName,
        String dispatcherName) {

    MessageUnion {
        messages = List.copyOf(messages);
    }
}
