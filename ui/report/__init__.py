"""Rapportage screen (monitoring report)."""
