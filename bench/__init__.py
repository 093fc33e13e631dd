"""Baken benchmarks: ``python -m bench`` (or ``./dev.sh bench``) writes bench/results.json."""
