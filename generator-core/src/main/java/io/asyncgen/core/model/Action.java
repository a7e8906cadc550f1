package io.asyncgen.core.model;

/**
 * The AsyncAPI 2.x operation keyword, which speaks from the described application's side.
 */
public enum Action {
  /** Messages the application receives: a client sends them. */
  PUBLISH,
  /** Messages the application sends: a client receives them. */
  SUBSCRIBE;

  /** The direction of this operation's messages for code playing {@code role}. */
  public Direction direction(Role role) {
    boolean applicationReceives = this == PUBLISH;
    boolean weAreTheApplication = role == Role.SERVER;
    return applicationReceives == weAreTheApplication ? Direction.INBOUND : Direction.OUTBOUND;
  }

  /** The document keyword, {@code publish} or {@code subscribe}. */
  public String keyword() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
