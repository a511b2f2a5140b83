package dev.asgsim.aws.client;

/**
 * The account and Region a command works on, as AWS reports them: the account from STS GetCallerIdentity, the
 * Region the clients were built for. Printed in the header of plan, apply and drift so nobody changes the wrong
 * account; never holds credentials.
 */
public record AwsTarget(String account, String region) {

  /** {@code account 123456789012, Region us-east-1}. */
  public String describe() {
    return "account " + account + ", Region " + region;
  }
}
