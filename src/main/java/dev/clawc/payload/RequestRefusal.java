package dev.clawc.payload;

/** Thrown by a step when OpenClaw sends nothing on the route; the message says why (OpenClaw's own error where it has one). */
final class RequestRefusal extends RuntimeException {

    RequestRefusal(String message) {
        super(message, null, false, false);
    }
}
