package io.asyncgen.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The window holds the reader while a slow receiver has too much unwritten, and only that long. */
class SendWindowTest {
    @Test
    void aFullWindowHoldsTheNextSendUntilAnEarlierOneWasWritten() throws Exception {
        SendWindow window = new SendWindow(100, Duration.ofSeconds(10));
        CompletableFuture<Void> first = new CompletableFuture<>();
        window.send(80, () -> first);
        CountDownLatch secondStarted = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try {
                window.send(30, () -> {
                    secondStarted.countDown();
                    return CompletableFuture.completedFuture(null);
                });
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        reader.start();

        assertFalse(
                secondStarted.await(200, TimeUnit.MILLISECONDS),
                "the second send started while 80 of 100 bytes were unwritten");
        first.complete(null);
        assertTrue(secondStarted.await(5, TimeUnit.SECONDS));
        reader.join(5000);
        assertEquals(0, window.inFlight());
    }

    @Test
    void oneFrameLargerThanTheWindowPassesWhenNothingElseIsInFlight() throws Exception {
        SendWindow window = new SendWindow(10, Duration.ofSeconds(10));
        CompletableFuture<Void> big = new CompletableFuture<>();

        window.send(1000, () -> big);

        assertEquals(1000, window.inFlight());
        big.complete(null);
        assertEquals(0, window.inFlight());
    }

    @Test
    void aReceiverThatTakesNothingForTheStallLimitFailsTheSend() throws Exception {
        SendWindow window = new SendWindow(10, Duration.ofMillis(300));
        window.send(10, CompletableFuture::new);

        IOException stalled =
                assertThrows(IOException.class, () -> window.send(1, () -> CompletableFuture.completedFuture(null)));
        assertEquals("the receiver took nothing for 300 ms while 10 bytes waited for it", stalled.getMessage());
    }

    @Test
    void closingWakesAWaitingReader() throws Exception {
        SendWindow window = new SendWindow(10, Duration.ofSeconds(30));
        window.send(10, CompletableFuture::new);
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                window.send(1, () -> CompletableFuture.completedFuture(null));
                failure.complete(null);
            } catch (IOException | InterruptedException e) {
                failure.complete(e);
            }
        });
        reader.start();
        Thread.sleep(100);

        window.close();

        assertEquals(
                "the connection is closing", failure.get(5, TimeUnit.SECONDS).getMessage());
    }
}
