/**
 * Operations: readiness for the load balancer, metrics for Prometheus, a request id in every log line, and the
 * embedded database's backup and restore commands.
 */
@NullMarked
package com.rapport.ops;

import org.jspecify.annotations.NullMarked;
