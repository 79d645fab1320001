package io.netaudit.cli;

import io.netaudit.policy.Policy;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code netaudit policy}: prints the effective restricted-vendor list for compliance review. */
@Command(
    name = "policy",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Print the effective policy: each restricted or review vendor with its scope "
            + "and the advisories behind it (after --jurisdiction/--advisory).")
final class PolicyCommand implements Callable<Integer> {
  @ParentCommand NetauditCommand parent;
  @Mixin PolicyOptions policyOptions = new PolicyOptions();

  @Override
  public Integer call() {
    Policy policy = policyOptions.policy();
    PrintWriter out =
        new PrintWriter(
            new java.io.OutputStreamWriter(parent.context().out(), StandardCharsets.UTF_8));
    policy.print(out);
    out.flush();
    return ExitCodes.OK;
  }
}
