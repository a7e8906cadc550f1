package io.asyncgen.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.runtime.ConnectFailedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Close codes go on where the other side's library may send them, and become the nearest code where not. */
class CloseCodesTest {
    @Test
    void codesTowardUpstreamAreTheOnesTheJdkClientMaySend() {
        Map<Integer, Integer> mapped = new LinkedHashMap<>();
        for (int code :
                new int[] {1000, 1001, 1002, 1003, 1005, 1007, 1008, 1009, 1010, 1011, 1012, 1014, 3000, 4999}) {
            mapped.put(code, CloseCodes.towardUpstream(code));
        }
        assertEquals(
                Map.ofEntries(
                        Map.entry(1000, 1000),
                        Map.entry(1001, 1001),
                        Map.entry(1002, 1001),
                        Map.entry(1003, 1001),
                        Map.entry(1005, 1000),
                        Map.entry(1007, 1001),
                        Map.entry(1008, 1008),
                        Map.entry(1009, 1001),
                        Map.entry(1010, 1001),
                        Map.entry(1011, 1011),
                        Map.entry(1012, 1001),
                        Map.entry(1014, 1001),
                        Map.entry(3000, 3000),
                        Map.entry(4999, 4999)),
                mapped);
    }

    @Test
    void codesTowardTheClientAreEveryCodeAServerMaySend() {
        Map<Integer, Integer> mapped = new LinkedHashMap<>();
        for (int code : new int[] {1000, 1003, 1004, 1005, 1007, 1011, 1012, 1013, 1014, 1015, 4001}) {
            mapped.put(code, CloseCodes.towardClient(code));
        }
        assertEquals(
                Map.ofEntries(
                        Map.entry(1000, 1000),
                        Map.entry(1003, 1003),
                        Map.entry(1004, 1014),
                        Map.entry(1005, 1000),
                        Map.entry(1007, 1007),
                        Map.entry(1011, 1011),
                        Map.entry(1012, 1012),
                        Map.entry(1013, 1013),
                        Map.entry(1014, 1014),
                        Map.entry(1015, 1014),
                        Map.entry(4001, 4001)),
                mapped);
    }

    @Test
    void aLongReasonIsCutToWhatACloseFrameHoldsBetweenCharacters() {
        String reason = "é".repeat(100);

        String cut = CloseCodes.reason(reason);

        assertEquals(122, cut.getBytes(StandardCharsets.UTF_8).length);
        assertEquals("é".repeat(61), cut);
    }

    @Test
    void theClientLearnsTheStatusOfARefusedUpgradeAndNothingElse() {
        ConnectFailedException refused = new ConnectFailedException(
                "wss://my-res.openai.azure.com/openai/v1/realtime",
                401,
                "the server refused the WebSocket upgrade with HTTP 401",
                null);

        assertEquals("upstream refused the connection: HTTP 401", CloseCodes.upstreamFailure(refused, false));
        assertEquals("upstream unreachable", CloseCodes.upstreamFailure(new IOException("connection refused"), false));
        assertEquals("upstream connection failed", CloseCodes.upstreamFailure(new IOException("reset"), true));
    }
}
