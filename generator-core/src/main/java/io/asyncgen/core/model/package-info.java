/**
 * The linked, immutable model of an AsyncAPI document: {@link io.asyncgen.core.model.AsyncApi}
 * -> {@link io.asyncgen.core.model.Connection} -> {@link io.asyncgen.core.model.Channel} ->
 * {@link io.asyncgen.core.model.Operation} -> {@link io.asyncgen.core.model.Message} ->
 * {@link io.asyncgen.core.model.TypeDef}. Every {@code $ref} is resolved, traits are applied,
 * {@code allOf} is merged and every named type has a stable, collision-free Java-ready name.
 *
 * <p>The perspective: a document describes the <em>application</em> (for the realtime APIs, the
 * server). AsyncAPI 3.x says it outright: {@code action: send} lists what the application sends
 * (a client receives it), {@code action: receive} what it receives (a client sends it). AsyncAPI
 * 2.x says the same with other words: {@code publish} lists the messages the application
 * receives, {@code subscribe} those it sends. Both become an {@link io.asyncgen.core.model.Action};
 * {@link io.asyncgen.core.model.Action#direction(Role)} applies the rule for either role.
 */
package io.asyncgen.core.model;
