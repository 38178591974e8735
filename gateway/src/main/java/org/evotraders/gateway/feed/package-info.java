/**
 * What the gateway streams: a run's events rendered once into the original protocol's messages.
 * Start at {@link org.evotraders.gateway.feed.RunFeed}, the port the gateway reads; {@link
 * org.evotraders.gateway.feed.EventFeed} implements it over a live event log or a replay ({@link
 * org.evotraders.gateway.feed.RunReplay}); {@link org.evotraders.gateway.feed.WireTranslator} turns
 * each event into messages. {@link org.evotraders.gateway.feed.SwitchableFeed} is the feed of a
 * gateway that serves run after run.
 */
package org.evotraders.gateway.feed;
