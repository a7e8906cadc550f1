package io.asyncgen.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.Operation;
import io.asyncgen.core.testing.SpecBuilder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InlineTypeNamesTest {

    @Test
    void aPlaceSuggestsParentAndPropertyItemsValuesAndBases() {
        assertEquals("SessionTurnDetection", InlineTypeNames.member("Session", "turn_detection"));
        assertEquals(
                List.of("ToolsItem", "MetadataValue", "EventBase"),
                List.of(
                        InlineTypeNames.items("Tools"),
                        InlineTypeNames.values("Metadata"),
                        InlineTypeNames.allOfBase("Event")));
        assertEquals(
                List.of("HelloPayload", "HelloHeaders", "V1ListenQuery", "V1ListenHeaders"),
                List.of(
                        InlineTypeNames.payload("Hello"),
                        InlineTypeNames.headers("Hello"),
                        InlineTypeNames.bindingQuery("V1Listen"),
                        InlineTypeNames.bindingHeaders("V1Listen")));
    }

    @Test
    void operationMessagesAreNamedFromTheOperationElseTheChannelAndKeyword() {
        assertEquals(
                "SendEventMessage", InlineTypeNames.operationMessage(Optional.of("sendEvent"), "V1Talk", "publish"));
        assertEquals(
                "V1TalkSubscribeMessage", InlineTypeNames.operationMessage(Optional.empty(), "V1Talk", "subscribe"));
        assertEquals(
                List.of("AskMessage", "AskReplyMessage"),
                List.of(InlineTypeNames.operationMessage("ask"), InlineTypeNames.replyMessage("ask")));
    }

    @Test
    void inlineUnionMembersAreNamedFromWhatTheyAreAndNumberedOnlyWhenEqual() {
        assertEquals("RetentionRatioTruncation", InlineTypeNames.fixedUnionMember("Truncation", "retention_ratio"));
        assertEquals("AutoTruncation", InlineTypeNames.fixedUnionMember("Truncation", "auto_truncation"));
        assertEquals(
                List.of("LimitMember", "LimitChoice", "LimitMode", "LimitList", "LimitObject", "LimitValue"),
                List.of(InlineTypeNames.UnionMemberKind.values()).stream()
                        .map(kind -> InlineTypeNames.unionMember("Limit", kind))
                        .toList());
        assertEquals(
                List.of("LimitObject1", "LimitMode", "LimitObject3"),
                InlineTypeNames.numberedWhereEqual(List.of("LimitObject", "LimitMode", "LimitObject")));
    }

    @Test
    void aPropertysInlineSchemaAndA2xOperationsMessagesGetTheirSuggestedNames() {
        AsyncApi api = SpecBuilder.document("""
        channels:
          /v1/talk:
            publish:
              message:
                payload:
                  type: object
                  properties:
                    turn_detection: {type: object, properties: {silence_ms: {type: integer}}}
        """).link();

        Operation publish = api.connections().get(0).operations().get(0);
        assertEquals("V1TalkPublishMessage", publish.messages().get(0).key());
        assertEquals(
                List.of("V1TalkPublishMessagePayload", "V1TalkPublishMessagePayloadTurnDetection"),
                List.copyOf(api.types().keySet()).stream().sorted().toList());
    }
}
