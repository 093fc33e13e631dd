"""Privacy screens: bewaartermijnen/vernietiging and inzageverzoek."""
