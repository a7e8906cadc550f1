package io.asyncgen.core.codegen;

import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.testing.SpecBuilder;
import java.util.List;

/** Small documents for the client/server skeleton tests. */
final class SkeletonSpecs {
    /**
     * One connection both ways, two servers (one with a defaulted variable), a channel parameter, ws
     * query parameters and a header, three credentials (a header key, a bearer token and a query key),
     * and a binary message each way beside the JSON ones.
     */
    static final String CHAT = """
      asyncapi: 2.6.0
      info: {title: Chat, version: '1'}
      servers:
        production:
          url: chat.example.com/{region}
          protocol: wss
          variables:
            region: {default: eu, enum: [eu, us]}
          security: [{chatKey: []}, {token: []}, {signature: []}]
        local:
          url: ws://localhost:{port}
          protocol: ws
          variables:
            port: {description: The port the local server listens on.}
      channels:
        /rooms/{room}:
          parameters:
            room: {schema: {type: string}}
          bindings:
            ws:
              query:
                type: object
                required: [version, user]
                properties:
                  version: {type: string, default: '2'}
                  user: {type: string}
                  lang: {type: string}
              headers:
                type: object
                properties:
                  X-Trace: {type: string}
          publish:
            operationId: sendChatCommand
            message:
              oneOf:
                - name: say
                  payload: {type: object, title: Say, required: [type, text],
                    properties: {type: {const: say}, text: {type: string}}}
                - name: leave
                  payload: {type: object, title: Leave, required: [type], properties: {type: {const: leave}}}
                - name: voice
                  summary: Audio from the microphone.
                  payload: {type: string, format: binary}
          subscribe:
            operationId: receiveChatEvent
            message:
              oneOf:
                - name: said
                  payload: {type: object, title: Said, required: [type, text],
                    properties: {type: {const: said}, text: {type: string}}}
                - name: left
                  payload: {type: object, title: Left, required: [type],
                    properties: {type: {const: left}, who: {type: string}}}
                - name: speech
                  contentType: application/octet-stream
                  payload: {}
      components:
        securitySchemes:
          chatKey: {type: httpApiKey, in: header, name: X-Chat-Key}
          token: {type: http, scheme: bearer}
          signature: {type: httpApiKey, in: query, name: sig}
      """;

    /**
     * Names that could collide: schemas called {@code Transport} and {@code RootClient}, a connection
     * at {@code /} that only receives, one that only sends, basic credentials, no servers.
     */
    static final String EDGES = """
      asyncapi: 2.6.0
      info: {title: Edges, version: '1'}
      channels:
        /:
          subscribe:
            message:
              payload: {$ref: '#/components/schemas/Transport'}
        /commands:
          publish:
            security: [{basicAuth: []}]
            message:
              payload: {$ref: '#/components/schemas/RootClient'}
      components:
        securitySchemes:
          basicAuth: {type: http, scheme: basic}
        schemas:
          Transport:
            type: object
            properties: {mode: {type: string}}
          RootClient:
            type: object
            properties: {name: {type: string}}
      """;

    private SkeletonSpecs() {}

    static AsyncApi link(String yaml) {
        return SpecBuilder.spec(yaml).link();
    }

    static List<GeneratedFile> generate(String yaml, GeneratedRole role) {
        return new JavaGenerator(GenerationOptions.of("com.example.gen", role, "spec.yaml")).generate(link(yaml));
    }
}
