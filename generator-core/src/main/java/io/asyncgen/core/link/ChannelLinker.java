package io.asyncgen.core.link;

import io.asyncgen.core.diagnostic.Diagnostics;
import io.asyncgen.core.model.Channel;
import io.asyncgen.core.model.Perspective;
import io.asyncgen.core.read.MapNode;
import io.asyncgen.core.read.SpecDocuments;
import java.util.List;

/**
 * What the channel linkers of AsyncAPI 2.x ({@link PublishSubscribeLinker}) and 3.x
 * ({@link OperationsLinker}) work with: the documents, where problems go, the linkers of schemas,
 * messages and servers, the parts every operation has, and the side the document is written from.
 */
abstract class ChannelLinker {
    final SpecDocuments documents;
    final Diagnostics diagnostics;
    final SchemaLinker schemas;
    final MessageLinker messages;
    final EnvironmentLinker environment;
    final OperationParts parts;
    final Perspective perspective;
    final ChannelParameters channelParameters;

    ChannelLinker(
            SpecDocuments documents,
            Diagnostics diagnostics,
            SchemaLinker schemas,
            MessageLinker messages,
            EnvironmentLinker environment,
            Perspective perspective) {
        this.documents = documents;
        this.diagnostics = diagnostics;
        this.schemas = schemas;
        this.messages = messages;
        this.environment = environment;
        this.parts = new OperationParts(documents, schemas);
        this.perspective = perspective;
        this.channelParameters = new ChannelParameters(documents, diagnostics, schemas);
    }

    /** Every channel of the document whose root is {@code root}, with its operations. */
    abstract List<Channel> channels(MapNode root);
}
