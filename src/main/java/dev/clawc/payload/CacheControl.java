package dev.clawc.payload;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clawc.config.Route;
import dev.clawc.config.Route.Marker;
import dev.clawc.config.Route.Where;

/** The {@code cache_control} objects a route's cache plan puts into Anthropic-style bodies. */
final class CacheControl {

    private CacheControl() {
    }

    /** The cache_control object for the plan's marker at {@code where}, or null when the plan has none there. */
    static ObjectNode at(Route route, Where where) {
        for (Marker m : route.cache().markers()) {
            if (m.where() == where) {
                ObjectNode cc = NativePayloadData.NODES.objectNode().put("type", "ephemeral");
                if (m.ttl() != null) {
                    cc.put("ttl", m.ttl());
                }
                return cc;
            }
        }
        return null;
    }
}
