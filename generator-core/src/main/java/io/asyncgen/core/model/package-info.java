/**
 * The linked, immutable model of an AsyncAPI document: {@link io.asyncgen.core.model.AsyncApi}
 * -> {@link io.asyncgen.core.model.Connection} -> {@link io.asyncgen.core.model.Channel} ->
 * {@link io.asyncgen.core.model.Operation} -> {@link io.asyncgen.core.model.Message} ->
 * {@link io.asyncgen.core.model.TypeDef}. Every {@code $ref} is resolved, traits are applied,
 * {@code allOf} is merged and every named type has a stable, collision-free Java-ready name.
 *
 * <p>The AsyncAPI 2.x perspective: a document describes the <em>application</em> (for the realtime
 * APIs, the server). {@code publish} lists the messages the application receives, which a client
 * sends; {@code subscribe} lists the messages the application sends, which a client receives.
 * {@link io.asyncgen.core.model.Action#direction(Role)} applies that rule for either role.
 */
package io.asyncgen.core.model;
