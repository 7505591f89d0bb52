"""The review store: decisions, plans, referrals and an append-only audit log."""
