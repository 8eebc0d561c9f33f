package dev.clawc.payload;

/**
 * The output limit a native request sends and why.
 *
 * @param tokens the limit sent, or null when the request carries none
 * @param note   where it comes from (or why none is sent), for the note
 */
record OutputLimit(Integer tokens, String note) {
}
