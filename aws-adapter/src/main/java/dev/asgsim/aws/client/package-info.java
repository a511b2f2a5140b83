/** The AWS SDK clients asgsim builds: settings (region, profile, endpoint, timeouts, retry strategy) and their construction. */
package dev.asgsim.aws.client;
