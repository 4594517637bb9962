package io.kumofleet.kumo;

/**
 * Takes a streamed body chunk by chunk, as it arrives. The bytes are only valid during the call:
 * the array is reused for the next chunk. Throwing stops the body (the connection is closed) and
 * fails the stream with what was thrown.
 */
@FunctionalInterface
public interface BodyChunks {

    void accept(byte[] bytes, int offset, int length);
}
