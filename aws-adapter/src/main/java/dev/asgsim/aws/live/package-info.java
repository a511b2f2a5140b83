/** Reading one live group and everything attached to it into config records. */
package dev.asgsim.aws.live;
