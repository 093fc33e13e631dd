"""Qt user interface of Baken (widgets, item models, dialogs, operations)."""
