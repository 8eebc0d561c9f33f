package dev.clawc.payload;

/** Builds the request of one API kind (openai-completions, anthropic-messages, ...). */
public interface BodyBuilder {

    /** The request OpenClaw sends on this route, with margin notes; or a refusal when it sends none. */
    Explanation build(RequestContext context);
}
