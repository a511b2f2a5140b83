/** Config records to SDK requests (ToRequests) and SDK replies to config records (ToConfig). */
package dev.asgsim.aws.mapping;
