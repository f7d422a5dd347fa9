"""What the referral graph draws: one item class a module (card, Me, line, hint, band label)."""
