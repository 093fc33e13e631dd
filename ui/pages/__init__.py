"""Pages of the main window (see ui/page_registry.py)."""
