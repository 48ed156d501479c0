"""``make bench``: throughput and latency of ttsl against baselines measured in the same run."""
