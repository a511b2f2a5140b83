package dev.asgsim.aws.it;

import dev.asgsim.aws.AwsAutoScaling;
import dev.asgsim.aws.client.AwsClients;
import dev.asgsim.core.config.ScalingConfig;
import java.net.URI;

/**
 * A moto_server with the seed group's surroundings created (launch template, target group: {@link AwsCli}), the seed
 * config pointing at them ({@link Seed#forMoto}) and an {@link AwsAutoScaling} on loopback: the start and stop every
 * integration test against one moto shares. Closing it stops the clients and the server it started.
 */
final class SeededMoto implements AutoCloseable {
  final MotoServer moto;
  /** The target group ARN moto gave the seed's target group. */
  final String targetGroupArn;
  final ScalingConfig seed;
  final AwsClients clients;
  final AwsAutoScaling aws;

  private SeededMoto(MotoServer moto, String targetGroupArn, ScalingConfig seed, AwsClients clients) {
    this.moto = moto;
    this.targetGroupArn = targetGroupArn;
    this.seed = seed;
    this.clients = clients;
    this.aws = new AwsAutoScaling(clients);
  }

  static SeededMoto start() throws Exception {
    MotoServer moto = MotoServer.start();
    try {
      String tg = new AwsCli(moto.endpoint()).createSeedResources();
      return new SeededMoto(moto, tg, Seed.forMoto(tg), moto.clients());
    } catch (Exception | Error e) {
      moto.close(); // a failed setup leaves no server behind
      throw e;
    }
  }

  URI endpoint() {
    return moto.endpoint();
  }

  @Override
  public void close() {
    try {
      aws.close();
    } finally {
      moto.close();
    }
  }
}
