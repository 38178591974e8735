package org.evotraders.gateway.feed;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The original's {@code initial_state.state} and the sequence number of the last event it reflects:
 * a client that receives it continues with the events after {@code seq}.
 */
public record Snapshot(long seq, ObjectNode state) {}
