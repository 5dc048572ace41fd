"""Which corpus-wide questions the cards answer (lists, thresholds, comparisons, series) and their conditions."""
