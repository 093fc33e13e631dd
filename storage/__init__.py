"""Encrypted storage for Baken: SQLCipher store, keys, audit log, migrations.

This package imports neither ``desktop`` nor ``ui`` and never PySide6.
"""
