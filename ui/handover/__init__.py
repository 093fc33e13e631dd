"""UI for issue 7: handover import (first-run wizard), handover export, backups, transfer."""
