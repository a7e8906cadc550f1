package io.asyncgen.core.codegen;

import com.palantir.javapoet.ClassName;
import io.asyncgen.core.naming.ReservedTypeNames;

/**
 * Class names of the asyncgen runtime ({@code io.asyncgen:asyncgen-runtime}) that generated code
 * uses: the one place that knows its packages.
 */
final class RuntimeTypes {
    private static final String API = "io.asyncgen.runtime";
    private static final String INTERNAL = "io.asyncgen.runtime.internal";

    static final ClassName JSON_SUPPORT = ClassName.get(INTERNAL, ReservedTypeNames.JSON_SUPPORT);
    static final ClassName AS_RECEIVED = ClassName.get(INTERNAL, "AsReceived");
    static final ClassName TAGS = ClassName.get(INTERNAL, "Tags");
    static final ClassName WIRE_SERIALIZER = ClassName.get(INTERNAL, "WireSerializer");
    static final ClassName WIRE_DESERIALIZER = ClassName.get(INTERNAL, "WireDeserializer");
    static final ClassName PROTOCOL = ClassName.get(INTERNAL, "Protocol");
    static final ClassName ENDPOINT_SUPPORT = ClassName.get(INTERNAL, "EndpointSupport");
    static final ClassName CREDENTIAL_SLOT = ENDPOINT_SUPPORT.nestedClass("CredentialSlot");
    static final ClassName DECODE_EXCEPTION = ClassName.get(API, ReservedTypeNames.DECODE_EXCEPTION);
    static final ClassName EVENT_HANDLER = ClassName.get(API, "EventHandler");
    static final ClassName SESSION = ClassName.get(API, "Session");
    static final ClassName CLIENT_BUILDER = ClassName.get(API, "ClientBuilder");
    static final ClassName TRANSPORT = ClassName.get(API, "Transport");
    static final ClassName JDK_TRANSPORT = ClassName.get(API, "JdkWebSocketTransport");
    static final ClassName FRAME = ClassName.get(API, "Frame");
    static final ClassName HANDSHAKE = ClassName.get(API, "Handshake");
    static final ClassName CREDENTIAL = ClassName.get(API, "Credential");

    private RuntimeTypes() {}
}
