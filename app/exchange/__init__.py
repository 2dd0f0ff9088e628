"""Exchange between units: unit cards and trust, sealed bundles, registers, receipts."""
