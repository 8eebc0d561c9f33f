package dev.clawc.json5;

import dev.clawc.diag.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An object. Members are kept in source order, duplicates included; lookups by name see the last
 * occurrence, because that is the one OpenClaw's JSON5 parser keeps.
 */
public final class Json5Object implements Json5Value {
    private final Span span;
    private final List<Json5Member> members;
    private final List<Comment> comments;
    private Map<String, Json5Member> byName;

    public Json5Object(Span span, List<Json5Member> members, List<Comment> comments) {
        this.span = span;
        this.members = members;
        this.comments = comments;
    }

    @Override
    public Span span() {
        return span;
    }

    @Override
    public List<Comment> comments() {
        return comments;
    }

    @Override
    public String kind() {
        return "object";
    }

    /** All members in source order, duplicates included. */
    public List<Json5Member> members() {
        return members;
    }

    /** The member that wins for this name (the last one written), or null. */
    public Json5Member member(String name) {
        Map<String, Json5Member> index = byName;
        if (index == null) {
            index = new HashMap<>(members.size() * 2);
            for (Json5Member member : members) {
                index.put(member.name(), member);
            }
            byName = index;
        }
        return index.get(name);
    }

    /** The value that wins for this name, or null. */
    public Json5Value get(String name) {
        Json5Member member = member(name);
        return member == null ? null : member.value();
    }

    public boolean isEmpty() {
        return members.isEmpty();
    }
}
